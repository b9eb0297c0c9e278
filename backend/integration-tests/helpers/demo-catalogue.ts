import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import seedOcopDemo from "../../src/scripts/seed"

/** Seeds the demo catalogue with the same script `npm run dev` uses, and returns what tests need. */
export async function seedDemoCatalogue(container: MedusaContainer) {
  await seedOcopDemo({ container, args: [] } as any)
  // Medusa makes a default key of its own; the storefront uses the one the seed links to the online channel.
  const [apiKey] = await container.resolve(Modules.API_KEY).listApiKeys({ type: "publishable", title: "Storefront OCOP Market" })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: regions } = await query.graph({ entity: "region", fields: ["id"] })
  const [salesChannel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({ name: "Chợ OCOP trực tuyến" })
  return {
    storeHeaders: { "x-publishable-api-key": apiKey.token },
    regionId: regions[0].id as string,
    salesChannelId: salesChannel.id as string,
  }
}

/** The demo product of a dataset record (HT05, HT41, …) with its variants and certificates. */
export async function demoProduct(container: MedusaContainer, demoId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "title", "status", "metadata", "variants.id", "certificates.*"],
    filters: {},
  })
  const product = data.find((p: any) => p.metadata?.ocop_demo_id === demoId)
  if (!product) {
    throw new Error(`demo product ${demoId} not seeded`)
  }
  return product as any
}
