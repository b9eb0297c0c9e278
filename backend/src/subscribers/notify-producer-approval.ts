import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCER_APPROVAL_CHANGED_EVENT } from "../lib/events"
import { PRODUCER_CONTACT_FIELDS, producerAddress } from "../notifications/recipients"
import { sendNotificationsOnce } from "../notifications/send-once"
import { EMAIL_TEMPLATES, type ProducerApprovalData } from "../notifications/templates"

/**
 * The office's decision on a producer (approved, rejected, suspended) reaches the producer by
 * e-mail, once per decision: the key names the decision's moment, so a later decision is a new
 * message and a redelivered event is not.
 */
export default async function notifyProducerApproval({ event, container }: SubscriberArgs<{ id: string; approval_status: string }>) {
  if (!["approved", "rejected", "suspended"].includes(event.data.approval_status)) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "producer",
    fields: [...PRODUCER_CONTACT_FIELDS, "approval_status", "rejection_reason", "approval_decided_at"],
    filters: { id: event.data.id },
  })
  const producer = data[0] as any
  const to = producerAddress(producer)
  if (!producer || !to) return
  const decidedAt = producer.approval_decided_at ? new Date(producer.approval_decided_at).toISOString() : "undated"
  const message: ProducerApprovalData = {
    producer_name: producer.name,
    approval_status: event.data.approval_status,
    reason: event.data.approval_status === "approved" ? null : (producer.rejection_reason ?? null),
  }
  await sendNotificationsOnce(container, [
    {
      to,
      channel: "email",
      template: EMAIL_TEMPLATES.producerApproval,
      idempotency_key: `producer-approval:${producer.id}:${event.data.approval_status}:${decidedAt}`,
      receiver_id: producer.id,
      resource_id: producer.id,
      resource_type: "producer",
      data: { ...message },
    },
  ])
}

export const config: SubscriberConfig = { event: PRODUCER_APPROVAL_CHANGED_EVENT, context: { subscriberId: "notify-producer-approval" } }
