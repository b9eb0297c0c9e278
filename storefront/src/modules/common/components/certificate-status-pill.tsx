import { CERTIFICATE_STATUS_LABELS } from "@ocop/domain"
import { useLocale } from "next-intl"
import type { EffectiveCertificateStatus } from "@ocop/domain"

/** Classes per status, written out in full so Tailwind sees them; colours come from the theme. */
export const STATUS_CLASSES: Record<EffectiveCertificateStatus, string> = {
  pending_review: "bg-status-pending-review/10 text-status-pending-review ring-status-pending-review/30",
  valid: "bg-status-valid/10 text-status-valid ring-status-valid/30",
  expiring_soon: "bg-status-expiring-soon/10 text-status-expiring-soon ring-status-expiring-soon/30",
  reevaluation_pending: "bg-status-reevaluation-pending/10 text-status-reevaluation-pending ring-status-reevaluation-pending/30",
  extended: "bg-status-extended/10 text-status-extended ring-status-extended/30",
  suspended: "bg-status-suspended/10 text-status-suspended ring-status-suspended/30",
  expired: "bg-status-expired/10 text-status-expired ring-status-expired/30",
  revoked: "bg-status-revoked/10 text-status-revoked ring-status-revoked/30",
  superseded: "bg-status-superseded/10 text-status-superseded ring-status-superseded/30",
  rejected: "bg-status-rejected/10 text-status-rejected ring-status-rejected/30",
}

type Props = {
  status: EffectiveCertificateStatus
  className?: string
}

export default function CertificateStatusPill({ status, className = "" }: Props) {
  const locale = useLocale()
  const label = CERTIFICATE_STATUS_LABELS[status]?.[locale] ?? status
  const classes = STATUS_CLASSES[status] ?? STATUS_CLASSES.pending_review
  return (
    <span
      data-testid="certificate-status"
      data-status={status}
      className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${classes} ${className}`}
    >
      <span aria-hidden="true" className="size-1.5 rounded-full bg-current" />
      {label}
    </span>
  )
}
