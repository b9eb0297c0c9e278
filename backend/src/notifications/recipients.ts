import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type ProducerRecipient = { id: string; name: string; email: string }

export const PRODUCER_CONTACT_FIELDS = ["id", "name", "email", "members.email", "members.role"]

/** Where a producer's mail goes: its contact address, else its owner's (then any member's) login. */
export function producerAddress(producer: any): string | null {
  if (producer?.email) return producer.email
  const members = ((producer?.members ?? []) as any[]).filter((m) => m?.email)
  return (members.find((m) => m.role === "owner") ?? members[0])?.email ?? null
}

/** The producers of the given products, each with the ids of its products among them. */
export async function producersOfProducts(container: MedusaContainer, productIds: string[]) {
  const byProducer = new Map<string, ProducerRecipient & { product_ids: Set<string> }>()
  if (!productIds.length) return byProducer
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", ...PRODUCER_CONTACT_FIELDS.map((f) => `producer.${f}`)],
    filters: { id: productIds },
  })
  for (const product of data as any[]) {
    const producer = product.producer
    const email = producerAddress(producer)
    if (!producer?.id || !email) continue
    const entry = byProducer.get(producer.id) ?? { id: producer.id, name: producer.name, email, product_ids: new Set<string>() }
    entry.product_ids.add(product.id)
    byProducer.set(producer.id, entry)
  }
  return byProducer
}
