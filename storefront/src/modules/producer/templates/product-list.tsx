import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { variantPrice, type PortalProduct } from "@/lib/data/producer"
import { vnd } from "@/lib/shop"
import CertificateStatusPill from "@/modules/common/components/certificate-status-pill"
import { INPUT_CLASS, PRIMARY_BUTTON, SECONDARY_BUTTON } from "@/modules/common/components/form-field"
import { decided } from "./dashboard"
import StarBadge from "@/modules/common/components/star-badge"
import type { CertifiedStars, EffectiveCertificateStatus } from "@ocop/domain"

export default function ProductList({ products, count, q }: { products: PortalProduct[]; count: number; q: string }) {
  const t = useTranslations("producer.products")
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="font-display text-2xl font-bold text-brand-900">
          {t("title")} <span className="text-base font-normal text-muted">({count})</span>
        </h1>
        <Link href="/producer/products/new" className={`${PRIMARY_BUTTON} w-full sm:w-auto`} data-testid="add-product">
          + {t("add")}
        </Link>
      </div>
      <form role="search" className="flex gap-2">
        <label htmlFor="product-search" className="sr-only">
          {t("search")}
        </label>
        <input id="product-search" name="q" type="search" defaultValue={q} placeholder={t("search")} className={INPUT_CLASS} />
        <button type="submit" className={SECONDARY_BUTTON}>
          {t("searchSubmit")}
        </button>
      </form>
      {products.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-line p-6 text-center text-muted">{t("empty")}</p>
      ) : (
        <ul className="space-y-3" data-testid="portal-products">
          {products.map((p) => {
            const prices = (p.variants ?? []).map(variantPrice).filter((n): n is number => typeof n === "number")
            const min = prices.length ? Math.min(...prices) : null
            const cert = p.certificate
            return (
              <li key={p.id}>
                <Link
                  href={`/producer/products/${p.id}`}
                  className="flex min-h-11 gap-3 rounded-2xl border border-line bg-white p-3 shadow-sm hover:border-brand-300"
                  data-testid="portal-product"
                >
                  {p.thumbnail ? (
                    // eslint-disable-next-line @next/next/no-img-element
                    <img src={p.thumbnail} alt="" className="size-16 shrink-0 rounded-lg object-cover" />
                  ) : (
                    <span aria-hidden="true" className="size-16 shrink-0 rounded-lg bg-brand-50" />
                  )}
                  <span className="min-w-0 flex-1 space-y-1">
                    <span className="block font-semibold text-ink">{p.title}</span>
                    <span className="block text-xs text-muted">
                      {t("variants", { count: p.variants?.length ?? 0 })}
                      {min != null && <> · {vnd(min)}</>}
                    </span>
                    <span className="flex flex-wrap items-center gap-2">
                      {cert ? (
                        <>
                          <CertificateStatusPill status={(cert.effective_status ?? cert.status) as EffectiveCertificateStatus} />
                          {decided(cert.status) && cert.stars ? <StarBadge stars={cert.stars as CertifiedStars} size="sm" /> : null}
                        </>
                      ) : (
                        <span className="text-xs font-medium text-muted">{t("noCertificate")}</span>
                      )}
                      <span
                        className={`rounded-full px-2 py-0.5 text-xs font-semibold ${p.listable ? "bg-status-valid/10 text-status-valid" : "bg-line/60 text-muted"}`}
                        data-testid="listing-state"
                      >
                        {p.listable ? t("listed") : t("notListed")}
                      </span>
                    </span>
                  </span>
                </Link>
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
