import type { MedusaResponse } from "@medusajs/framework/http"
import { RETAIL_MODULE } from "../../../modules/retail"
import type RetailModuleService from "../../../modules/retail/service"
import { decideConsignmentWorkflow } from "../../../workflows/decide-consignment"
import { consignmentViews } from "../../consignment-views"
import { notFound, producerOf, type ProducerRequest } from "../context"

/** Confirms or refuses one of the producer's own consignment requests (another's answers 404). */
export async function decideOwnConsignment(req: ProducerRequest, res: MedusaResponse, decision: "confirm" | "refuse", reason?: string) {
  const { producer, member } = producerOf(req)
  const retail: RetailModuleService = req.scope.resolve(RETAIL_MODULE)
  const [mine] = await retail.listConsignments({ id: req.params.id, producer_id: producer.id }, { select: ["id"], take: 1 })
  if (!mine) throw notFound("phiếu ký gửi")
  await decideConsignmentWorkflow(req.scope).run({
    input: { id: req.params.id, decision, reason: reason ?? null, producer_id: producer.id, actor_id: member.id },
  })
  const { consignments } = await consignmentViews(req.scope, { producer_id: producer.id, ids: [req.params.id] })
  res.json({ consignment: consignments[0] })
}
