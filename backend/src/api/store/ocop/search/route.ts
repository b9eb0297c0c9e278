import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { searchStoreProducts } from "../../../../lib/product-search"
import type { StoreOcopSearchParamsType } from "./validators"

/** Product search of the certified catalogue in the publishable key's sales channels, with facets. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const salesChannelIds = (req as any).publishable_key_context?.sales_channel_ids ?? []
  const params = req.validatedQuery as unknown as StoreOcopSearchParamsType
  const { engine, ...result } = await searchStoreProducts(req.scope, params, salesChannelIds)
  if (engine) {
    // which engine answered (the bench reports it; an in-memory index still loading answers from Postgres)
    res.setHeader("X-Search-Engine", engine)
  }
  res.json(result)
}
