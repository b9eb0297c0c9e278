import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { suggestStoreProducts } from "../../../../../lib/product-search"

/** Up to six products for the search box while the shopper types. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const salesChannelIds = (req as any).publishable_key_context?.sales_channel_ids ?? []
  const { q } = req.validatedQuery as { q: string }
  res.json({ suggestions: await suggestStoreProducts(req.scope, q, salesChannelIds) })
}
