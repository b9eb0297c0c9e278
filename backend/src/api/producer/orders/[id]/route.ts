import type { MedusaResponse } from "@medusajs/framework/http"
import type { ProducerRequest } from "../../context"
import { loadOwnOrder } from "../own-orders"

export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  res.json({ order: await loadOwnOrder(req, req.params.id) })
}
