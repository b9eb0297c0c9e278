import { useFormatter, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { PortalCertificate } from "@/lib/data/producer"
import CertificateStatusPill from "@/modules/common/components/certificate-status-pill"
import { PRIMARY_BUTTON } from "@/modules/common/components/form-field"
import StarBadge from "@/modules/common/components/star-badge"
import type { CertifiedStars, EffectiveCertificateStatus } from "@ocop/domain"
import ExpiryFigure from "../components/expiry-figure"
import { decided } from "./dashboard"

export function CertificateSummary({ c }: { c: PortalCertificate }) {
  const t = useTranslations("producer")
  const format = useFormatter()
  return (
    <span className="flex flex-col gap-1.5">
      <span className="flex flex-wrap items-center gap-2">
        <CertificateStatusPill status={(c.effective_status ?? c.status) as EffectiveCertificateStatus} />
        {decided(c.status) && c.stars ? <StarBadge stars={c.stars as CertifiedStars} size="sm" /> : null}
        {decided(c.status) && <ExpiryFigure days={c.days_to_expiry} />}
      </span>
      <span className="text-xs text-muted">
        {c.decision_number && t("certificates.decision", { number: c.decision_number })}
        {c.valid_until && <> · {t("expiry.validUntil", { date: format.dateTime(new Date(c.valid_until), { dateStyle: "medium" }) })}</>}
      </span>
    </span>
  )
}

export default function CertificateList({ certificates }: { certificates: PortalCertificate[] }) {
  const t = useTranslations("producer.certificates")
  const te = useTranslations("producer.expiry")
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="font-display text-2xl font-bold text-brand-900">{t("title")}</h1>
        <Link href="/producer/certificates/new" className={`${PRIMARY_BUTTON} w-full sm:w-auto`}>
          + {t("submit")}
        </Link>
      </div>
      {certificates.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-line p-6 text-center text-muted">{t("empty")}</p>
      ) : (
        <ul className="space-y-3" data-testid="portal-certificates">
          {certificates.map((c) => (
            <li key={c.id}>
              <Link
                href={`/producer/certificates/${c.id}`}
                className="block min-h-11 space-y-1 rounded-2xl border border-line bg-white p-4 shadow-sm hover:border-brand-300"
                data-testid="portal-certificate"
              >
                <span className="block font-semibold text-ink">{c.product_title ?? c.product?.title}</span>
                <CertificateSummary c={c} />
                {c.in_reevaluation_window && <span className="block text-xs font-semibold text-status-expiring-soon">{te("window")}</span>}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
