import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { tasksForProducerStop } from "../lib/retail/tasks"
import { createRetailTasksWorkflow } from "../workflows/create-retail-tasks"
import { PRODUCER_APPROVAL_CHANGED_EVENT } from "../workflows/decide-producer-approval"

/** Points of sale and booths holding a suspended or rejected producer's products get a pull-list entry for each. */
export default async function pullProductsOfStoppedProducer({ event, container }: SubscriberArgs<{ id: string; approval_status: string }>) {
  const tasks = await tasksForProducerStop(container, event.data.id, event.data.approval_status)
  if (tasks.length) {
    await createRetailTasksWorkflow(container).run({ input: { tasks } })
  }
}

export const config: SubscriberConfig = { event: PRODUCER_APPROVAL_CHANGED_EVENT }
