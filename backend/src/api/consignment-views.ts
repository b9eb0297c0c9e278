import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CONSIGNMENT_TRANSITIONS, type ConsignmentStatus } from "@ocop/domain"
import { RETAIL_MODULE } from "../modules/retail"
import type { ConsignmentScope } from "../modules/retail/queries/consignments"
import type RetailModuleService from "../modules/retail/service"

/** A consignment as the counter, the producer portal and the office read it. */
export type ConsignmentView = {
  id: string
  status: ConsignmentStatus
  allowed_transitions: readonly ConsignmentStatus[]
  point: { id: string; kind: string; name: string | null }
  producer: { id: string; name: string | null }
  note: string | null
  decided_as: string | null
  decided_at: string | null
  refusal_reason: string | null
  received_at: string | null
  created_at: string
  lines: Array<{ variant_id: string; quantity: number; product_title: string | null; variant_title: string | null; sku: string | null }>
}

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null)

/**
 * Consignments in the caller's scope (a point, a producer, or the office's every point), newest
 * first: the retail module's records, with the producer's name and the products' titles read through
 * Query (kept for a producer or product deleted since, as the request was made for them).
 */
export async function consignmentViews(
  container: MedusaContainer,
  scope: ConsignmentScope,
  page: { limit: number; offset: number } = { limit: 50, offset: 0 }
): Promise<{ consignments: ConsignmentView[]; count: number }> {
  const retail: RetailModuleService = container.resolve(RETAIL_MODULE)
  const { consignments, count } = await retail.listConsignmentRecords(scope, page)
  const producerIds = [...new Set(consignments.map((c) => c.producer_id))]
  const variantIds = [...new Set(consignments.flatMap((c) => c.lines.map((l) => l.variant_id)))]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: producers }, { data: variants }] = await Promise.all([
    producerIds.length
      ? query.graph({ entity: "producer", fields: ["id", "name"], filters: { id: producerIds }, withDeleted: true })
      : { data: [] as any[] },
    variantIds.length
      ? query.graph({
          entity: "product_variant",
          fields: ["id", "title", "sku", "product.title"],
          filters: { id: variantIds },
          withDeleted: true,
        })
      : { data: [] as any[] },
  ])
  const producerName = new Map((producers as any[]).map((p): [string, string | null] => [p.id, p.name ?? null]))
  const variantOf = new Map((variants as any[]).map((v): [string, any] => [v.id, v]))
  return {
    count,
    consignments: consignments.map((c) => ({
      id: c.id,
      status: c.status,
      allowed_transitions: CONSIGNMENT_TRANSITIONS[c.status] ?? [],
      point: { id: c.point_id, kind: c.point_kind, name: c.point_name },
      producer: { id: c.producer_id, name: producerName.get(c.producer_id) ?? null },
      note: c.note,
      decided_as: c.decided_as,
      decided_at: iso(c.decided_at),
      refusal_reason: c.refusal_reason,
      received_at: iso(c.received_at),
      created_at: iso(c.created_at)!,
      lines: c.lines.map((l) => {
        const variant = variantOf.get(l.variant_id)
        return {
          variant_id: l.variant_id,
          quantity: l.quantity,
          product_title: variant?.product?.title ?? null,
          variant_title: variant?.title ?? null,
          sku: variant?.sku ?? null,
        }
      }),
    })),
  }
}
