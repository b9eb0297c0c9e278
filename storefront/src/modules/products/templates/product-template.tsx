import { productSet, sector as sectorOf } from "@ocop/domain"
import { useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import { browsePaths, productStockState, type StockState as State, variantStockState, type VariantStock } from "@/lib/browse"
import { productJsonLd } from "@/lib/json-ld"
import { provinceLabel } from "@/lib/labels"
import { localizedUrl } from "@/lib/seo"
import Breadcrumbs, { type Crumb } from "@/modules/common/components/breadcrumbs"
import JsonLd from "@/modules/common/components/json-ld"
import AddToCart from "@/modules/cart/components/add-to-cart"
import Price from "@/modules/common/components/price"
import StarBadge from "@/modules/common/components/star-badge"
import CertificatePanel from "@/modules/products/components/certificate-panel"
import ProducerBlock from "@/modules/products/components/producer-block"
import ProductGallery from "@/modules/products/components/product-gallery"
import RatingHistory from "@/modules/products/components/rating-history"
import StockState from "@/modules/products/components/stock-state"
import VariantList from "@/modules/products/components/variant-list"
import type { StoreProduct } from "@ocop/contract"

type Props = {
  product: StoreProduct
  /** Stock per variant from Medusa's store API; null when unknown. */
  stock?: VariantStock[] | null
}

export default function ProductTemplate({ product, stock = null }: Props) {
  const t = useTranslations("product")
  const tb = useTranslations("browse")
  const locale = useLocale() as AppLocale
  const amounts = product.variants.map((v) => v.calculated_price?.calculated_amount).filter((a): a is number => typeof a === "number")
  const from = amounts.length > 0 ? Math.min(...amounts) : null
  const varies = new Set(amounts).size > 1

  const stockByVariant: Record<string, State> = Object.fromEntries((stock ?? []).map((v) => [v.id, variantStockState(v)]))
  const overall = productStockState(stock)

  const set = product.certificate ? productSet(product.certificate.product_set) : undefined
  const sector = set ? sectorOf(set.sector) : undefined
  const crumbs: Crumb[] = [
    { label: tb("nav.home"), href: browsePaths.home() },
    ...(sector ? [{ label: sector[locale], href: browsePaths.sector(sector.code) }] : []),
    ...(set ? [{ label: set[locale], href: browsePaths.productSet(set) }] : []),
    { label: product.title },
  ]

  const producer = product.producer
  const place = producer ? [producer.commune, provinceLabel(producer.province_code)].filter(Boolean).join(", ") : ""
  const jsonLd = productJsonLd({
    product,
    lang: locale,
    url: localizedUrl(locale, browsePaths.product(product.handle)),
    verifyUrl: product.certificate ? localizedUrl(locale, browsePaths.verify(product.certificate.verification_code)) : null,
    producerUrl: producer?.handle ? localizedUrl(locale, browsePaths.producer(producer.handle)) : null,
    stock: stock ? stockByVariant : undefined,
  })

  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-10">
      <JsonLd data={jsonLd} id="product-jsonld" />
      <Breadcrumbs items={crumbs} className="mb-4" />

      <div className="grid gap-6 md:grid-cols-2 md:gap-10">
        <ProductGallery product={product} />

        <div className="space-y-5">
          <div className="space-y-2">
            {product.certificate && <StarBadge stars={product.certificate.stars} />}
            <h1 className="font-display text-2xl font-bold leading-tight text-ink sm:text-3xl">{product.title}</h1>
            {product.subtitle && <p className="text-muted">{product.subtitle}</p>}
            {producer && (
              <p className="text-sm text-muted">
                {producer.handle ? (
                  <Link
                    href={browsePaths.producer(producer.handle)}
                    className="font-medium text-brand-800 underline-offset-2 hover:underline"
                  >
                    {producer.name}
                  </Link>
                ) : (
                  producer.name
                )}
                {place && (
                  <>
                    {" · "}
                    <Link
                      href={browsePaths.province(producer.province_code)}
                      className="underline-offset-2 hover:text-brand-700 hover:underline"
                    >
                      {place}
                    </Link>
                  </>
                )}
              </p>
            )}
            <div className="flex flex-wrap items-center gap-3 pt-1">
              <p className="text-2xl font-bold text-brand-800">
                {varies && <span className="mr-1.5 text-base font-medium text-muted">{t("from")}</span>}
                <Price amount={from} />
              </p>
              {overall && <StockState state={overall} />}
            </div>
          </div>
          <VariantList variants={product.variants} stock={stock ? stockByVariant : undefined} />
          <AddToCart product={product} stock={stock} />
          <CertificatePanel certificate={product.certificate} />
        </div>
      </div>

      {product.description && (
        <section aria-labelledby="description-title" className="mt-10 max-w-3xl">
          <h2 id="description-title" className="font-display text-lg font-bold text-brand-900">
            {t("description")}
          </h2>
          <p className="mt-2 whitespace-pre-line leading-relaxed text-ink/90">{product.description}</p>
        </section>
      )}

      <div className="mt-10 grid gap-6 md:grid-cols-2">
        <ProducerBlock producer={product.producer} />
        <RatingHistory history={product.rating_history} />
      </div>
    </div>
  )
}
