/**
 * schema.org structured data for search engines: a Product with its offers in VND and its live
 * OCOP certificate as `hasCertification` (schema.org Certification), and BreadcrumbList trails.
 * Pure: the page passes the data and absolute URLs in.
 */
import { CERTIFICATE_STATUS_LABELS, LISTABLE_STATUSES, productSet, provinceName, STAR_LABELS } from "@ocop/domain"
import type { StockState } from "@/lib/browse"
import type { Lang } from "@/lib/labels"
import type { StoreProduct } from "@ocop/contract"

type JsonLd = Record<string, unknown>

const AVAILABILITY: Record<StockState, string> = {
  in_stock: "https://schema.org/InStock",
  low_stock: "https://schema.org/LimitedAvailability",
  out_of_stock: "https://schema.org/OutOfStock",
}

export type ProductJsonLdInput = {
  product: StoreProduct
  lang: Lang
  /** Absolute URL of the product page. */
  url: string
  /** Absolute URL of the certificate's public verification page. */
  verifyUrl: string | null
  /** Absolute URL of the producer's page. */
  producerUrl: string | null
  /** Stock per variant id, when known. */
  stock?: Record<string, StockState>
}

/** Stars as schema.org Rating: 3 to 5 (only 3★ and above are certified). */
function starRating(stars: number, lang: Lang): JsonLd {
  return {
    "@type": "Rating",
    ratingValue: stars,
    bestRating: 5,
    worstRating: 3,
    name: `OCOP ${STAR_LABELS[stars as 3 | 4 | 5]?.[lang] ?? stars}`,
  }
}

export function productJsonLd({ product, lang, url, verifyUrl, producerUrl, stock }: ProductJsonLdInput): JsonLd {
  const producer = product.producer
  const cert = product.certificate
  const images = [product.thumbnail, ...product.images.map((i) => i.url)].filter((u, i, all): u is string => !!u && all.indexOf(u) === i)

  const manufacturer: JsonLd | undefined = producer
    ? {
        "@type": "Organization",
        name: producer.name,
        ...(producer.tax_code ? { taxID: producer.tax_code } : {}),
        ...(producer.phone ? { telephone: producer.phone } : {}),
        ...(producerUrl ? { url: producerUrl } : {}),
        address: {
          "@type": "PostalAddress",
          ...(producer.address ? { streetAddress: producer.address } : {}),
          ...(producer.commune ? { addressLocality: producer.commune } : {}),
          ...(provinceName(producer.province_code) ? { addressRegion: provinceName(producer.province_code) } : {}),
          addressCountry: "VN",
        },
      }
    : undefined

  const offers = product.variants
    .filter((v) => typeof v.calculated_price?.calculated_amount === "number")
    .map((v) => {
      const state = stock?.[v.id]
      return {
        "@type": "Offer",
        name: v.title,
        ...(v.sku ? { sku: v.sku } : {}),
        url,
        // integer đồng: VND has no minor unit
        price: v.calculated_price!.calculated_amount,
        priceCurrency: "VND",
        ...(state ? { availability: AVAILABILITY[state] } : {}),
        itemCondition: "https://schema.org/NewCondition",
        ...(manufacturer ? { seller: { "@type": "Organization", name: producer!.name } } : {}),
      }
    })
  const prices = offers.map((o) => o.price)

  const set = cert ? productSet(cert.product_set) : undefined
  const certification: JsonLd | undefined = cert
    ? {
        "@type": "Certification",
        name: `OCOP ${STAR_LABELS[cert.stars]?.[lang] ?? cert.stars}`,
        certificationIdentification: cert.verification_code,
        issuedBy: { "@type": "Organization", name: cert.issuer },
        validFrom: cert.issued_at,
        expires: cert.extension_until ?? cert.valid_until,
        certificationRating: starRating(cert.stars, lang),
        certificationStatus: (LISTABLE_STATUSES as readonly string[]).includes(cert.effective_status)
          ? "https://schema.org/CertificationActive"
          : "https://schema.org/CertificationInactive",
        ...(verifyUrl ? { url: verifyUrl } : {}),
        description: `${CERTIFICATE_STATUS_LABELS[cert.effective_status]?.[lang] ?? cert.effective_status} · ${cert.decision_number}`,
      }
    : undefined

  return {
    "@context": "https://schema.org",
    "@type": "Product",
    "@id": `${url}#product`,
    name: product.title,
    url,
    ...(product.description || product.subtitle ? { description: product.description ?? product.subtitle } : {}),
    ...(images.length > 0 ? { image: images } : {}),
    ...(product.variants[0]?.sku ? { sku: product.variants[0].sku } : {}),
    ...(set ? { category: set[lang] } : {}),
    ...(producer ? { brand: { "@type": "Brand", name: producer.name } } : {}),
    ...(manufacturer ? { manufacturer } : {}),
    countryOfOrigin: { "@type": "Country", name: lang === "vi" ? "Việt Nam" : "Vietnam", identifier: "VN" },
    ...(offers.length === 1
      ? { offers: offers[0] }
      : offers.length > 1
        ? {
            offers: {
              "@type": "AggregateOffer",
              priceCurrency: "VND",
              lowPrice: Math.min(...prices),
              highPrice: Math.max(...prices),
              offerCount: offers.length,
              offers,
            },
          }
        : {}),
    ...(certification ? { hasCertification: certification } : {}),
  }
}

/** A step of the trail; the current page (the last step) may have no URL. */
export type Crumb = { name: string; url?: string }

export function breadcrumbJsonLd(crumbs: Crumb[]): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((c, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: c.name,
      ...(c.url ? { item: c.url } : {}),
    })),
  }
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is escaped so that no text from the
 * catalogue (a title with "</script>") can end the script element.
 */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029")
}
