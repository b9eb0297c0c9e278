import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { changedCatalogueTags, revalidateStorefront, storefrontRevalidationConfigured } from "../lib/storefront-revalidation"
import { CERTIFICATE_CHANGED_EVENT, LISTING_CHANGED_EVENT } from "../lib/events"

type Payload = { certificate_id?: string; product_id?: string }

/** Drops the storefront's cached catalogue, product and verification pages a change touched. */
export default async function revalidateStorefrontOnChange({ event, container }: SubscriberArgs<Payload>) {
  if (!storefrontRevalidationConfigured()) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const certificateCodes: string[] = []
  const productHandles: (string | undefined)[] = []
  if (event.data.certificate_id) {
    const { data } = await query.graph({
      entity: "certificate",
      fields: ["verification_code", "product.handle"],
      filters: { id: event.data.certificate_id },
    })
    for (const c of data as any[]) {
      certificateCodes.push(c.verification_code)
      productHandles.push(c.product?.handle)
    }
  }
  if (event.data.product_id) {
    const { data } = await query.graph({ entity: "product", fields: ["handle"], filters: { id: event.data.product_id } })
    for (const p of data as any[]) productHandles.push(p.handle)
  }
  await revalidateStorefront(
    changedCatalogueTags({ certificateCodes, productHandles }),
    container.resolve(ContainerRegistrationKeys.LOGGER)
  )
}

export const config: SubscriberConfig = {
  event: [CERTIFICATE_CHANGED_EVENT, LISTING_CHANGED_EVENT],
}
