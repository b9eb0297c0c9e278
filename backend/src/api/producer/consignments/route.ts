import type { MedusaResponse } from "@medusajs/framework/http"
import { consignmentViews } from "../../consignment-views"
import { producerOf, type ProducerRequest } from "../context"
import type { ProducerConsignmentParamsType } from "./validators"

/** What points of sale asked the producer to consign, newest first (its own only). */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  const { producer } = producerOf(req)
  const { status, limit, offset } = (req as any).validatedQuery as ProducerConsignmentParamsType
  const { consignments, count } = await consignmentViews(req.scope, { producer_id: producer.id, status }, { limit, offset })
  res.json({ consignments, count, limit, offset })
}
