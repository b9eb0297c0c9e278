import type { SearchTypes } from "@medusajs/framework/types"
import { CERTIFICATE_CHANGED_EVENT, LISTING_CHANGED_EVENT } from "../lib/events"

type IndexEvent = { name: string; data: any }

const asArray = <T>(value: T | T[] | undefined | null): T[] => (Array.isArray(value) ? value : value == null ? [] : [value])

/** The products an event touches: its own id, the product of a variant, or the products of a certificate. */
export async function productIdsOfEvent(event: IndexEvent, context: SearchTypes.SearchIngestionContext): Promise<string[]> {
  const items = asArray(event.data)
  const query = context.container.query
  if (event.name === LISTING_CHANGED_EVENT) {
    return items.map((i) => i.product_id).filter(Boolean)
  }
  if (event.name === CERTIFICATE_CHANGED_EVENT) {
    const ids = items.map((i) => i.certificate_id).filter(Boolean)
    if (!ids.length) {
      return []
    }
    const { data } = await query.graph({ entity: "certificate", fields: ["id", "product.id"], filters: { id: ids } })
    return data.map((c: any) => c.product?.id).filter(Boolean)
  }
  if (event.name.startsWith("product-variant.")) {
    const known = items.map((i) => i.product_id).filter(Boolean)
    const variantIds = items.filter((i) => !i.product_id).map((i) => i.id)
    if (!variantIds.length) {
      return known
    }
    const { data } = await query.graph({
      entity: "variant",
      fields: ["id", "product_id"],
      filters: { id: variantIds },
      withDeleted: true,
    } as any)
    return [...known, ...data.map((v: any) => v.product_id).filter(Boolean)]
  }
  return items.map((i) => i.id).filter(Boolean)
}
