import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CERTIFICATE_EXPIRING_EVENT } from "../lib/events"
import { PRODUCER_CONTACT_FIELDS, producerAddress } from "../notifications/recipients"
import { sendNotificationsOnce } from "../notifications/send-once"
import { type CertificateExpiringData, EMAIL_TEMPLATES } from "../notifications/templates"

type Payload = { certificate_id: string; band_days: number; days_left: number; ends_on: string }

/**
 * The certificate clock's expiring-soon notice (180, 120, 30 and 7 days before the end) also goes
 * to the producer by e-mail, once per certificate and band (key certificate-expiring:<id>:<band>).
 */
export default async function notifyCertificateExpiring({ event, container }: SubscriberArgs<Payload>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "certificate",
    fields: ["id", "verification_code", "product.title", ...PRODUCER_CONTACT_FIELDS.map((f) => `product.producer.${f}`)],
    filters: { id: event.data.certificate_id },
  })
  const certificate = data[0] as any
  const producer = certificate?.product?.producer
  const to = producerAddress(producer)
  if (!certificate || !to) return
  const message: CertificateExpiringData = {
    producer_name: producer.name,
    product_title: certificate.product?.title ?? null,
    verification_code: certificate.verification_code,
    ends_on: event.data.ends_on,
    days_left: event.data.days_left,
  }
  await sendNotificationsOnce(container, [
    {
      to,
      channel: "email",
      template: EMAIL_TEMPLATES.certificateExpiring,
      idempotency_key: `certificate-expiring:${certificate.id}:${event.data.band_days}`,
      receiver_id: producer.id,
      resource_id: certificate.id,
      resource_type: "certificate",
      data: { ...message, certificate_id: certificate.id },
    },
  ])
}

export const config: SubscriberConfig = { event: CERTIFICATE_EXPIRING_EVENT, context: { subscriberId: "notify-certificate-expiring" } }
