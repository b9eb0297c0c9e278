import { ClientMessages } from "@/i18n/client-messages"
import { formatVnd, STAR_LABELS } from "@ocop/domain"
import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { browsePaths } from "@/lib/browse"
import { localeOf } from "@/lib/browse-page"
import { getProductByHandle, getProductStock } from "@/lib/data/products"
import { provinceLabel } from "@/lib/labels"
import { clip, pageMetadata } from "@/lib/seo"
import ProductTemplate from "@/modules/products/templates/product-template"

type Props = {
  params: Promise<{ locale: string; handle: string }>
}

/*
 * Cached and served to everyone (ISR, rendered on the first request, none at build time):
 * `Cache-Control: s-maxage=5, stale-while-revalidate=…` lets a CDN absorb a livestream spike while
 * a delisting still reaches it within seconds; the storefront's own copy is dropped at once by the
 * backend's tag revalidation (product-<handle>, listing).
 */
export const revalidate = 5
export const generateStaticParams = async (): Promise<{ locale: string; handle: string }[]> => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: rawLocale, handle } = await params
  const locale = localeOf(rawLocale)
  const product = await getProductByHandle(handle)
  if (!product) return {}
  const t = await getTranslations({ locale })
  const prices = product.variants.map((v) => v.calculated_price?.calculated_amount).filter((a): a is number => typeof a === "number")
  const cert = product.certificate
  const summary = cert
    ? t("browse.product.metaDescription", {
        title: product.title,
        stars: STAR_LABELS[cert.stars][locale],
        producer: product.producer?.name ?? "",
        place: product.producer ? provinceLabel(product.producer.province_code) : "",
        price: prices.length ? formatVnd(Math.min(...prices)) : t("common.priceOnRequest"),
        code: cert.verification_code,
      })
    : product.title
  const images = [product.thumbnail, ...product.images.map((i) => i.url)].filter((u): u is string => !!u)
  return pageMetadata({
    locale,
    path: browsePaths.product(product.handle),
    title: product.title,
    description: clip(`${summary} ${product.subtitle ?? ""}`),
    siteName: t("metadata.siteName"),
    images: images.slice(0, 1),
  })
}

export default async function ProductPage({ params }: Props) {
  const { locale, handle } = await params
  setRequestLocale(localeOf(locale))
  const [product, stock] = await Promise.all([getProductByHandle(handle), getProductStock(handle)])
  if (!product) notFound()
  return (
    <ClientMessages area="product">
      <ProductTemplate product={product} stock={stock} />
    </ClientMessages>
  )
}
