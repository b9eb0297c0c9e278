import type { HttpTypes } from "@medusajs/types"
import { CERTIFICATE_STATUS_LABELS, isCertifiedStars, type EffectiveCertificateStatus } from "@ocop/domain"
import { getLocale, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { formatDate } from "@/lib/format"
import { lineSnapshot, vnd } from "@/lib/shop"
import ProductImage from "@/modules/common/components/product-image"
import StarBadge from "@/modules/common/components/star-badge"

/**
 * Order lines with, for each, the OCOP certificate and the producer's legal identity it was
 * sold under (a snapshot: later renewals or revocations do not change it). The snapshot is
 * written by the backend a moment after the order is placed; until then the line says so.
 */
export default async function OrderLines({ order, withSnapshot = true }: { order: HttpTypes.StoreOrder; withSnapshot?: boolean }) {
  const t = await getTranslations("order.lines")
  const locale = await getLocale()
  const lang = locale === "en" ? "en" : "vi"
  return (
    <ul className="divide-y divide-line overflow-hidden rounded-2xl bg-white ring-1 ring-line" data-testid="order-lines">
      {(order.items ?? []).map((item) => {
        const { certificate, producer } = lineSnapshot(item.metadata as Record<string, unknown> | null)
        const status = certificate?.status as EffectiveCertificateStatus | null
        return (
          <li key={item.id} data-testid="order-line" className="space-y-3 p-4">
            <div className="flex gap-3">
              <div className="w-16 shrink-0 overflow-hidden rounded-lg">
                <ProductImage src={item.thumbnail} alt="" />
              </div>
              <div className="min-w-0 flex-1">
                <p className="font-semibold text-ink">{item.product_title ?? item.title}</p>
                <p className="text-sm text-muted">
                  {item.variant_title} · {vnd(item.unit_price)} × {item.quantity}
                </p>
              </div>
              <p className="shrink-0 font-bold tabular-nums text-brand-800">
                {vnd(item.total ?? (item.unit_price ?? 0) * (item.quantity ?? 0))}
              </p>
            </div>
            {withSnapshot &&
              (certificate ? (
                <div
                  data-testid="certificate-snapshot"
                  className="grid gap-3 rounded-xl bg-star-soft/60 p-3 text-sm ring-1 ring-star/30 sm:grid-cols-2"
                >
                  <div className="space-y-1">
                    <p className="text-xs font-semibold uppercase tracking-wide text-muted">{t("certificateAtSale")}</p>
                    {isCertifiedStars(certificate.stars) && <StarBadge stars={certificate.stars} size="sm" />}
                    <p>
                      {t("code")}{" "}
                      <Link
                        href={`/verify/${encodeURIComponent(certificate.verification_code)}`}
                        className="font-semibold text-brand-800 underline underline-offset-2"
                        data-testid="certificate-snapshot-verify"
                      >
                        {certificate.verification_code}
                      </Link>
                    </p>
                    {certificate.decision_number && (
                      <p>
                        {t("decision")} {certificate.decision_number}
                      </p>
                    )}
                    {certificate.issuer && (
                      <p>
                        {t("issuer")} {certificate.issuer}
                      </p>
                    )}
                    <p>
                      {t("validity", {
                        from: formatDate(certificate.issued_at, locale),
                        until: formatDate(certificate.valid_until, locale),
                      })}
                    </p>
                    {status && <p>{t("statusAtSale", { status: CERTIFICATE_STATUS_LABELS[status]?.[lang] ?? status })}</p>}
                  </div>
                  {producer && (
                    <div className="space-y-1" data-testid="producer-snapshot">
                      <p className="text-xs font-semibold uppercase tracking-wide text-muted">{t("producer")}</p>
                      <p className="font-semibold">{producer.name}</p>
                      <p>
                        {t("taxCode")} {producer.tax_code ?? t("notProvided")}
                      </p>
                      {producer.address && (
                        <p>
                          {t("address")} {producer.address}
                        </p>
                      )}
                    </div>
                  )}
                </div>
              ) : (
                <p className="text-xs text-muted" data-testid="certificate-snapshot-pending">
                  {t("snapshotPending")}
                </p>
              ))}
          </li>
        )
      })}
    </ul>
  )
}
