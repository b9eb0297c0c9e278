import type { MedusaResponse } from "@medusajs/framework/http"
import { loadConsignments } from "../../../lib/retail/consignments"
import { decideConsignmentWorkflow } from "../../../workflows/decide-consignment"
import { notFound, producerOf, type ProducerRequest } from "../context"

/** Confirms or refuses one of the producer's own consignment requests (another's answers 404). */
export async function decideOwnConsignment(req: ProducerRequest, res: MedusaResponse, decision: "confirm" | "refuse", reason?: string) {
  const { producer, member } = producerOf(req)
  const mine = await loadConsignments(req.scope, { producer_id: producer.id, ids: [req.params.id] })
  if (!mine.consignments.length) throw notFound("phiếu ký gửi")
  await decideConsignmentWorkflow(req.scope).run({
    input: { id: req.params.id, decision, reason: reason ?? null, producer_id: producer.id, actor_id: member.id },
  })
  const { consignments } = await loadConsignments(req.scope, { producer_id: producer.id, ids: [req.params.id] })
  res.json({ consignment: consignments[0] })
}
