import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CERTIFICATE_CHANGED_EVENT, LISTING_CHANGED_EVENT } from "../lib/events"

type Payload = { certificate_id?: string; product_id?: string }

/**
 * Drops the cached store reads of a product whose certificate or listing changed, and the cached
 * lists of listed products (lib/catalogue/listed-products.ts). Medusa's own
 * mutation events already drop entries holding a changed certificate or producer; a certificate
 * newly linked to a product (renewal, downgrade) is a link row those events do not name.
 */
export default async function dropProductCache({ event, container }: SubscriberArgs<Payload>) {
  // the key can be registered without a service when the Caching Module is off (tests): nothing to drop
  const caching = container.hasRegistration(Modules.CACHING) ? container.resolve(Modules.CACHING, { allowUnregistered: true }) : undefined
  if (!caching) {
    return
  }
  const productIds = new Set<string>(event.data.product_id ? [event.data.product_id] : [])
  if (event.data.certificate_id) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "certificate", fields: ["product.id"], filters: { id: event.data.certificate_id } })
    for (const c of data as any[]) if (c.product?.id) productIds.add(c.product.id)
  }
  // a certificate newly linked to a product, or a listing change, may change who is listed
  const tags = ["OcopListing:list:*", ...[...productIds].map((id) => `Product:${id}`)]
  await caching.clear({ tags })
}

export const config: SubscriberConfig = {
  event: [CERTIFICATE_CHANGED_EVENT, LISTING_CHANGED_EVENT],
  context: { subscriberId: "drop-product-cache" },
}
