import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { LISTING_CHANGED_EVENT } from "../lib/events"
import { listabilityOfProducts } from "../lib/product-listability"
import { flagOrdersOfDelistedProductsWorkflow } from "../workflows/flag-orders-of-delisted-products"

/** When a product leaves the catalogue, its open orders are flagged for the OCOP office. */
export default async function flagOrdersOnDelisting({ event, container }: SubscriberArgs<{ product_id: string; status: string }>) {
  if (event.data.status !== "draft") {
    return
  }
  const [listability] = await listabilityOfProducts(container, [event.data.product_id], new Date())
  await flagOrdersOfDelistedProductsWorkflow(container).run({
    input: { product_ids: [event.data.product_id], certificate_status: listability?.certificate_status ?? null },
  })
}

export const config: SubscriberConfig = { event: LISTING_CHANGED_EVENT }
