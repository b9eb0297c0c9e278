import { useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { formatDate } from "@/lib/format"
import { productSetName } from "@/lib/labels"
import CertificateStatusPill from "@/modules/common/components/certificate-status-pill"
import StarBadge from "@/modules/common/components/star-badge"
import type { PublicCertificate } from "@ocop/contract"

type Props = {
  certificate: PublicCertificate | null
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5 py-2 sm:flex-row sm:gap-4">
      <dt className="shrink-0 text-sm text-muted sm:w-40">{label}</dt>
      <dd className="text-sm font-medium text-ink">{children}</dd>
    </div>
  )
}

/** The live OCOP certificate of a product, with the way to verify it independently. */
export default function CertificatePanel({ certificate }: Props) {
  const t = useTranslations("product.certificate")
  const locale = useLocale()

  return (
    <section
      data-testid="certificate-panel"
      aria-labelledby="certificate-panel-title"
      className="rounded-2xl border border-star/40 bg-gradient-to-b from-star-soft to-white p-4 sm:p-5"
    >
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="certificate-panel-title" className="font-display text-lg font-bold text-brand-900">
          {t("title")}
        </h2>
        {certificate && <CertificateStatusPill status={certificate.effective_status} />}
      </div>

      {certificate ? (
        <>
          <div className="mt-3">
            <StarBadge stars={certificate.stars} size="lg" />
          </div>
          <dl className="mt-3 divide-y divide-line/70">
            <Row label={t("issuer")}>{certificate.issuer}</Row>
            <Row label={t("decision")}>{certificate.decision_number}</Row>
            <Row label={t("issuedAt")}>
              <time dateTime={certificate.issued_at}>{formatDate(certificate.issued_at, locale)}</time>
            </Row>
            <Row label={t("validUntil")}>
              <time dateTime={certificate.valid_until}>{formatDate(certificate.valid_until, locale)}</time>
            </Row>
            {certificate.extension_until && (
              <Row label={t("extensionUntil")}>
                <time dateTime={certificate.extension_until}>{formatDate(certificate.extension_until, locale)}</time>
              </Row>
            )}
            <Row label={t("productSet")}>{productSetName(certificate.product_set, locale)}</Row>
          </dl>
          <Link
            href={`/verify/${encodeURIComponent(certificate.verification_code)}`}
            className="mt-4 inline-flex items-center gap-2 rounded-full bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800"
          >
            <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-current">
              <path d="M10 1l7 3v5c0 4.4-3 8.3-7 9.5C6 17.3 3 13.4 3 9V4l7-3zm-1 11.6l5-5-1.4-1.4L9 9.8 7.4 8.2 6 9.6l3 3z" />
            </svg>
            {t("verify")}
          </Link>
        </>
      ) : (
        <p className="mt-3 text-sm text-muted">{t("none")}</p>
      )}
    </section>
  )
}
