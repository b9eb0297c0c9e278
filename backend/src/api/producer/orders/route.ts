import type { MedusaResponse } from "@medusajs/framework/http"
import type { ProducerRequest } from "../context"
import type { ProducerListParamsType } from "../validators"
import { loadPortalOrders, ownOrderIds } from "./own-orders"

/** Orders with the producer's products, newest first; each shows only the producer's own lines. */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  const params = (req as any).validatedQuery as ProducerListParamsType
  const { ids, count } = await ownOrderIds(req, params)
  res.json({ orders: await loadPortalOrders(req, ids), count, limit: params.limit, offset: params.offset })
}
