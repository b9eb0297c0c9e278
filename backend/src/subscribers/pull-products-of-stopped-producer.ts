import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { RETAIL_MODULE } from "../modules/retail"
import type RetailModuleService from "../modules/retail/service"
import { createRetailTasksWorkflow } from "../workflows/create-retail-tasks"
import type { NewTask } from "../workflows/create-retail-tasks/steps/create-tasks"
import { PRODUCER_APPROVAL_CHANGED_EVENT } from "../workflows/decide-producer-approval"

const PRODUCER_STOP_LABELS: Record<string, string> = { suspended: "bị tạm ngừng", rejected: "không được duyệt" }

/**
 * A pull-list entry at every point holding a product of a producer the office suspended or
 * rejected: its products are no longer sold anywhere, whatever their certificates say.
 */
async function tasksForProducerStop(container: MedusaContainer, producerId: string, approvalStatus: string): Promise<NewTask[]> {
  const label = PRODUCER_STOP_LABELS[approvalStatus]
  if (!label) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "producer", fields: ["id", "products.id"], filters: { id: producerId } })
  const productIds = ((data[0] as any)?.products ?? []).filter(Boolean).map((p: { id: string }) => p.id)
  const reason = `Gỡ khỏi quầy: chủ thể OCOP ${label} — không được bán (pull from the shelf: producer ${approvalStatus})`
  const retail: RetailModuleService = container.resolve(RETAIL_MODULE)
  const held = await retail.listPointsHoldingProducts(productIds)
  return held.map((h) => ({
    kind: "pull",
    point_id: h.point_id,
    point_kind: h.kind,
    product_id: h.product_id,
    certificate_id: null,
    reason,
  }))
}

/** Points of sale and booths holding a suspended or rejected producer's products get a pull-list entry for each. */
export default async function pullProductsOfStoppedProducer({ event, container }: SubscriberArgs<{ id: string; approval_status: string }>) {
  const tasks = await tasksForProducerStop(container, event.data.id, event.data.approval_status)
  if (tasks.length) {
    await createRetailTasksWorkflow(container).run({ input: { tasks } })
  }
}

export const config: SubscriberConfig = { event: PRODUCER_APPROVAL_CHANGED_EVENT }
