import { useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { formatDate } from "@/lib/format"
import { issuerLevelName, producerTypeName, productSetName, provinceLabel } from "@/lib/labels"
import StarBadge from "@/modules/common/components/star-badge"
import QrCode from "@/modules/verify/components/qr-code"
import VerifyStatus from "@/modules/verify/components/verify-status"
import type { VerifiedCertificate } from "@ocop/contract"

type Props = {
  certificate: VerifiedCertificate
  /** Absolute URL of this page, encoded in the QR code. */
  pageUrl: string
}

export default function VerifyTemplate({ certificate, pageUrl }: Props) {
  const t = useTranslations("verify")
  const tc = useTranslations("product.certificate")
  const tp = useTranslations("product.producer")
  const locale = useLocale()
  const { product, producer } = certificate

  const rows: [string, React.ReactNode][] = [
    [tc("stars"), <StarBadge key="stars" stars={certificate.stars} />],
    [tc("issuer"), certificate.issuer],
    // the level follows the stars (Decision 26/2026 Art. 4.1), whatever the issuer text says
    [
      tc("issuerLevel"),
      <span key="issuer-level" data-testid="verify-issuer-level">
        {issuerLevelName(certificate.stars, locale)}
      </span>,
    ],
    [tc("decision"), certificate.decision_number],
    [
      tc("issuedAt"),
      <time key="issued" dateTime={certificate.issued_at}>
        {formatDate(certificate.issued_at, locale)}
      </time>,
    ],
    [
      tc("validUntil"),
      <time key="valid" dateTime={certificate.valid_until}>
        {formatDate(certificate.valid_until, locale)}
      </time>,
    ],
  ]
  if (certificate.extension_until) {
    rows.push([
      tc("extensionUntil"),
      <time key="ext" dateTime={certificate.extension_until}>
        {formatDate(certificate.extension_until, locale)}
      </time>,
    ])
  }
  rows.push([tc("productSet"), productSetName(certificate.product_set, locale)])
  if (producer) {
    rows.push([
      t("producer"),
      <span key="producer">
        {producer.name}
        <span className="block text-xs font-normal text-muted">
          {[producerTypeName(producer.type, locale), producer.commune, provinceLabel(producer.province_code)].filter(Boolean).join(" · ")}
        </span>
        {producer.tax_code && (
          <span className="block text-xs font-normal text-muted">
            {tp("taxCode")}: {producer.tax_code}
          </span>
        )}
      </span>,
    ])
  }

  return (
    <div className="mx-auto max-w-4xl px-4 py-6 sm:px-6 sm:py-10">
      <p className="text-xs font-semibold uppercase tracking-wider text-brand-700">{t("eyebrow")}</p>
      <h1 className="mt-1 font-display text-2xl font-bold leading-tight text-ink sm:text-3xl">
        {product?.title ?? certificate.verification_code}
      </h1>
      <p className="mt-1 font-mono text-sm text-muted">{t("code", { code: certificate.verification_code })}</p>

      <div className="mt-5">
        <VerifyStatus certificate={certificate} />
      </div>

      <div className="mt-6 grid gap-6 md:grid-cols-[1fr_auto]">
        <section aria-label={tc("title")} data-testid="verify-details" className="rounded-2xl bg-white p-4 ring-1 ring-line sm:p-5">
          <dl className="divide-y divide-line/70">
            {product && (
              <div className="flex flex-col gap-0.5 py-2 sm:flex-row sm:gap-4">
                <dt className="shrink-0 text-sm text-muted sm:w-40">{t("product")}</dt>
                <dd className="text-sm font-medium text-ink">{product.title}</dd>
              </div>
            )}
            {rows.map(([label, value]) => (
              <div key={label} className="flex flex-col gap-0.5 py-2 sm:flex-row sm:gap-4">
                <dt className="shrink-0 text-sm text-muted sm:w-40">{label}</dt>
                <dd className="text-sm font-medium text-ink">{value}</dd>
              </div>
            ))}
          </dl>
          {product && certificate.listable && product.on_sale === false && (
            <p data-testid="verify-not-on-sale" className="mt-4 rounded-lg bg-clay-50 p-3 text-sm text-clay-700 ring-1 ring-clay-100">
              {t("notOnSale")}
            </p>
          )}
          {product && certificate.listable && product.on_sale !== false && (
            <Link
              href={`/products/${product.handle}`}
              className="mt-4 inline-flex rounded-full bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800"
            >
              {t("viewProduct")}
            </Link>
          )}
          <p className="mt-4 text-xs text-muted">{t("checkedAt")}</p>
        </section>
        <div className="md:w-56">
          <QrCode url={pageUrl} />
        </div>
      </div>
    </div>
  )
}
