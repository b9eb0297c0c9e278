import { useLocale, useTranslations } from "next-intl"
import { formatDate } from "@/lib/format"
import CertificateStatusPill from "@/modules/common/components/certificate-status-pill"
import StarBadge from "@/modules/common/components/star-badge"
import type { PublicCertificate } from "@ocop/contract"

type Props = {
  history: PublicCertificate[]
}

/** Every certificate the product has held, newest first (a downgrade is a new certificate). */
export default function RatingHistory({ history }: Props) {
  const t = useTranslations("product.history")
  const locale = useLocale()

  return (
    <section
      data-testid="rating-history"
      aria-labelledby="rating-history-title"
      className="rounded-2xl bg-white p-4 ring-1 ring-line sm:p-5"
    >
      <h2 id="rating-history-title" className="font-display text-lg font-bold text-brand-900">
        {t("title")}
      </h2>
      {history.length === 0 ? (
        <p className="mt-3 text-sm text-muted">{t("empty")}</p>
      ) : (
        <ol className="mt-4 space-y-4 border-l-2 border-brand-100 pl-4">
          {history.map((cert) => (
            <li key={cert.id} className="relative">
              <span aria-hidden="true" className="absolute -left-[23px] top-1.5 size-3 rounded-full border-2 border-white bg-brand-500" />
              <div className="flex flex-wrap items-center gap-2">
                <StarBadge stars={cert.stars} size="sm" />
                <CertificateStatusPill status={cert.effective_status} />
              </div>
              <p className="mt-1 text-sm text-ink">
                {t("entry", {
                  decision: cert.decision_number,
                  issued: formatDate(cert.issued_at, locale),
                  validUntil: formatDate(cert.valid_until, locale),
                })}
              </p>
              <p className="text-xs text-muted">{cert.issuer}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
