import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CERTIFICATE_CHANGED_EVENT } from "../lib/events"
import { tasksForCertificateChange } from "../lib/retail/tasks"
import { createRetailTasksWorkflow } from "../workflows/create-retail-tasks"
import type { NewTask } from "../workflows/create-retail-tasks/steps/create-tasks"

type Change = { certificate_id: string; to: string }

/** Points of sale and booths holding a product get a pull-list entry or a relabel task when its certificate changes. */
export default async function createPointOfSaleTasks({ event, container }: SubscriberArgs<Change | Change[]>) {
  const changes = Array.isArray(event.data) ? event.data : [event.data]
  const tasks: NewTask[] = []
  for (const change of changes) {
    if (change?.certificate_id) tasks.push(...(await tasksForCertificateChange(container, change.certificate_id, change.to)))
  }
  if (tasks.length) {
    await createRetailTasksWorkflow(container).run({ input: { tasks } })
  }
}

export const config: SubscriberConfig = { event: CERTIFICATE_CHANGED_EVENT }
