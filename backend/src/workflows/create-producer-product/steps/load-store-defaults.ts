import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type StoreDefaults = { sales_channel_id?: string; shipping_profile_id?: string }

/**
 * Where a producer's products are sold and shipped from (read only): the store's default sales
 * channel, and the shipping profile the store's shipping options serve. Medusa's own "Default
 * Shipping Profile" is also of type default, and a product on it cannot be checked out with the
 * seeded options.
 */
export const loadStoreDefaultsStep = createStep("load-store-defaults", async (_: void, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: stores } = await query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [option] = await fulfillment.listShippingOptions({}, { take: 1, select: ["id", "shipping_profile_id"] })
  const profileId =
    (option as any)?.shipping_profile_id ?? (await fulfillment.listShippingProfiles({ type: "default" }, { take: 1 }))[0]?.id
  return new StepResponse<StoreDefaults>({
    sales_channel_id: ((stores[0] as any)?.default_sales_channel_id as string | undefined) ?? undefined,
    shipping_profile_id: (profileId as string | undefined) ?? undefined,
  })
})
