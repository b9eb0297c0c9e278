import { useTranslations } from "next-intl"
import type { PortalProducer } from "@/lib/data/producer"

/** Shown on every portal page until the OCOP office has approved the producer. */
export default function ApprovalBanner({ producer }: { producer: PortalProducer }) {
  const t = useTranslations("producer.approval")
  const status = producer.approval_status
  if (status === "approved") return null
  const tone =
    status === "pending_approval"
      ? "border-status-pending-review/30 bg-status-pending-review/10 text-status-pending-review"
      : "border-status-expired/30 bg-status-expired/10 text-status-expired"
  return (
    <section role="status" data-testid="approval-banner" data-status={status} className={`rounded-xl border p-4 ${tone}`}>
      <h2 className="font-semibold">{t(`${status}.title`)}</h2>
      <p className="mt-1 text-sm">{t(`${status}.body`)}</p>
      {producer.rejection_reason && status !== "pending_approval" && (
        <p className="mt-1 text-sm font-medium">{t("reason", { reason: producer.rejection_reason })}</p>
      )}
    </section>
  )
}
