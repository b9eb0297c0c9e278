import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  effectiveStatus,
  isInReevaluationWindow,
  isListable,
  isProductListable,
  liveCertificate,
  reevaluationWindow,
  daysUntil,
} from "@ocop/domain"

export const PORTAL_PRODUCT_FIELDS = [
  "id",
  "title",
  "subtitle",
  "description",
  "handle",
  "status",
  "thumbnail",
  "metadata",
  "created_at",
  "images.id",
  "images.url",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.barcode",
  "variants.metadata",
  "variants.created_at",
  "variants.variant_rank",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory_item_id",
  "certificates.*",
  "producer.id",
  "producer.approval_status",
]

/** A certificate as the producer sees it: status by date, days left, the re-evaluation window. */
export function toPortalCertificate(c: any, now: Date, product?: { id: string; title: string } | null) {
  let effective: string = c.status
  try {
    effective = effectiveStatus(c, now)
  } catch {
    /* unknown status: shown as stored */
  }
  return {
    id: c.id,
    product_id: product?.id ?? c.product?.id ?? null,
    product_title: product?.title ?? c.product?.title ?? null,
    decision_number: c.decision_number,
    issuer: c.issuer,
    stars: c.stars,
    score: c.score ?? null,
    product_set: c.product_set,
    issued_at: c.issued_at,
    valid_until: c.valid_until,
    extension_until: c.extension_until ?? null,
    status: c.status,
    effective_status: effective,
    listable: isListable(c, now),
    days_to_expiry: c.valid_until ? daysUntil(c.valid_until, now) : null,
    in_reevaluation_window: c.status === "valid" && c.valid_until ? isInReevaluationWindow(c.valid_until, now) : false,
    reevaluation_window: c.valid_until ? reevaluationWindow(c.valid_until) : null,
    document_url: c.document_url ?? null,
    verification_code: c.verification_code,
    created_at: c.created_at ?? null,
  }
}

const vndPrice = (v: any): number | null => {
  const price = (v.prices ?? []).find((p: any) => p?.currency_code === "vnd")
  return price ? Number(price.amount) : null
}

export function toPortalProduct(p: any, now = new Date()) {
  const certificates = (p.certificates ?? []).filter(Boolean)
  const live = liveCertificate(certificates) as any
  return {
    id: p.id,
    title: p.title,
    subtitle: p.subtitle ?? null,
    description: p.description ?? null,
    handle: p.handle,
    status: p.status,
    listable: p.status === "published" && isProductListable(live as any, p.producer ?? null, now),
    product_set_code: p.metadata?.product_set ?? live?.product_set ?? null,
    thumbnail: p.thumbnail ?? null,
    images: (p.images ?? []).filter(Boolean).map((i: any) => ({ id: i.id, url: i.url })),
    certificate: live ? toPortalCertificate(live, now, { id: p.id, title: p.title }) : null,
    variants: (p.variants ?? [])
      .filter(Boolean)
      .sort(
        (a: any, b: any) =>
          Number(a.variant_rank ?? 0) - Number(b.variant_rank ?? 0) ||
          String(a.created_at).localeCompare(String(b.created_at)) ||
          String(a.id).localeCompare(String(b.id))
      )
      .map((v: any) => ({
        id: v.id,
        title: v.title,
        sku: v.sku ?? null,
        barcode: v.barcode ?? null,
        price: vndPrice(v),
        pack_size: v.metadata?.pack_size ?? null,
        inventory_item_id: v.inventory_items?.[0]?.inventory_item_id ?? null,
      })),
    created_at: p.created_at,
  }
}

export async function loadPortalProduct(container: MedusaContainer, productId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: PORTAL_PRODUCT_FIELDS, filters: { id: productId } })
  return data[0] ? toPortalProduct(data[0]) : null
}
