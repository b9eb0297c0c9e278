import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  CERTIFICATE_STATUS_LABELS,
  effectiveStatus,
  isProductListable,
  liveCertificate,
  type EffectiveCertificateStatus,
  type ProducerLike,
} from "@ocop/domain"
import { LINK_TABLE } from "../links/table-names"
import { ERROR_CODES, ocopError } from "./errors"
import type { StoredCertificate } from "./public-certificate"

/** The certificate columns the sale rules read (the live pick, its status and dates, its product set). */
export type CartCertificate = Pick<
  StoredCertificate,
  "id" | "status" | "stars" | "product_set" | "issued_at" | "valid_until" | "extension_until" | "verification_code" | "superseded_by_id"
>

/** What the sale rules of a cart need to know of the product behind a variant. */
export type CartProductFacts = {
  product_id: string
  title: string
  /** every certificate the product holds (the rule picks the live one) */
  certificates: CartCertificate[]
  /** the product's producer, null for an office-entered product without one */
  producer: ProducerLike | null
}

/**
 * The products behind `variantIds` with their certificates and producer, in one statement that
 * starts from the variants. The cart hooks run on every add-to-cart and checkout: two Query graphs
 * (variant → product, then product → certificates and producer) cost eight statements and two
 * remote-joiner plans per request, the largest share of the add-to-cart time that is OCOP's.
 * Deleted rows count as absent, as Query would leave them out.
 */
export async function cartProductFactsOfVariants(container: MedusaContainer, variantIds: string[]): Promise<CartProductFacts[]> {
  const ids = [...new Set(variantIds.filter(Boolean))]
  if (!ids.length) {
    return []
  }
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(
    `SELECT p.id AS product_id, p.title, producer.approval_status, producer.id IS NOT NULL AS has_producer,
            coalesce((
              SELECT json_agg(json_build_object(
                       'id', c.id, 'status', c.status, 'stars', c.stars, 'product_set', c.product_set,
                       'issued_at', c.issued_at, 'valid_until', c.valid_until, 'extension_until', c.extension_until,
                       'verification_code', c.verification_code, 'superseded_by_id', c.superseded_by_id
                     ) ORDER BY c.id)
              FROM ${LINK_TABLE.productCertificate} l
              JOIN certificate c ON c.id = l.certificate_id AND c.deleted_at IS NULL
              WHERE l.product_id = p.id AND l.deleted_at IS NULL), '[]'::json) AS certificates
     FROM product p
     LEFT JOIN LATERAL (
       SELECT pr.id, pr.approval_status FROM ${LINK_TABLE.producerProduct} pp
       JOIN producer pr ON pr.id = pp.producer_id AND pr.deleted_at IS NULL
       WHERE pp.product_id = p.id AND pp.deleted_at IS NULL
       LIMIT 1
     ) producer ON true
     WHERE p.deleted_at IS NULL
       AND p.id IN (SELECT v.product_id FROM product_variant v WHERE v.id = ANY(?) AND v.deleted_at IS NULL)`,
    [ids]
  )
  return rows.map((row: any) => ({
    product_id: row.product_id,
    title: row.title,
    certificates: row.certificates as CartCertificate[],
    producer: row.has_producer ? { approval_status: row.approval_status } : null,
  }))
}

/**
 * Refuses to sell variants whose product has no listable certificate right now. Called from the cart
 * hooks so a certificate that lapsed after the item was added is caught at that moment, not at the
 * next run of the clock job. The rule is the shared `isProductListable` (live certificate valid
 * today, producer approved), the same one the catalogue lists by.
 */
export async function assertVariantsSellable(container: MedusaContainer, variantIds: string[], now = new Date()) {
  const unsellable = (await cartProductFactsOfVariants(container, variantIds))
    .map((product) => ({ product, live: liveCertificate(product.certificates) }))
    .filter(({ product, live }) => !isProductListable(live, product.producer, now))
  if (!unsellable.length) {
    return
  }
  const describe = (lang: "vi" | "en") =>
    unsellable
      .map(({ product, live }) => {
        let status: string | null = null
        if (live) {
          try {
            status = effectiveStatus(live, now)
          } catch {
            status = live.status
          }
        }
        const state = status
          ? (CERTIFICATE_STATUS_LABELS[status as EffectiveCertificateStatus]?.[lang] ?? status)
          : lang === "vi"
            ? "chưa có chứng nhận OCOP"
            : "no OCOP certificate"
        return `«${product.title}» (${state})`
      })
      .join(", ")
  throw ocopError(
    "NOT_ALLOWED",
    ERROR_CODES.PRODUCT_NOT_SELLABLE,
    `Sản phẩm không còn được bán vì chứng nhận OCOP không còn hiệu lực: ${describe("vi")}`,
    `Not for sale, the OCOP certificate is not valid: ${describe("en")}`
  )
}
