import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { VNPAY_PROVIDER_ID, vnpaySettings } from "../../modules/payment-vnpay/settings"

/** The storefront's publishable key is found again by this title (Medusa creates a default key of its own). */
export const STOREFRONT_KEY_TITLE = "Storefront OCOP Market"

/**
 * What any OCOP Market needs before its first shopper, demo or not: the online sales channel, the
 * Việt Nam region in VND with its payment providers, the store's defaults, Vietnamese tax, and the
 * storefront's publishable key (the only credential the storefront holds).
 */
export async function createStoreBasics(container: MedusaContainer) {
  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores()
  const {
    result: [salesChannel],
  } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Chợ OCOP trực tuyến", description: "Kênh bán trực tuyến" }] },
  })
  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: "Việt Nam",
          currency_code: "vnd",
          countries: ["vn"],
          // cash on delivery, VietQR transfer; cards when Stripe is configured; VNPay when configured
          payment_providers: [
            "pp_cod_ocop",
            "pp_vietqr_ocop",
            ...(process.env.STRIPE_API_KEY ? ["pp_stripe_stripe"] : []),
            ...(vnpaySettings() ? [VNPAY_PROVIDER_ID] : []),
          ],
        },
      ],
    },
  })
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "OCOP Market",
        supported_currencies: [{ currency_code: "vnd", is_default: true }],
        default_sales_channel_id: salesChannel.id,
        default_region_id: region.id,
      },
    },
  })
  await createTaxRegionsWorkflow(container).run({ input: [{ country_code: "vn", provider_id: "tp_system" }] })
  const {
    result: [apiKey],
  } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: STOREFRONT_KEY_TITLE, type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: apiKey.id, add: [salesChannel.id] } })
  return { store, salesChannel, region, apiKey }
}
