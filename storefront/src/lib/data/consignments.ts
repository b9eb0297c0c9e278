import type { ConsignmentStatus } from "@ocop/domain"
import { producerGet } from "./producer"

/** A point of sale's consignment request as the backend answers it (/producer and /pos). */
export type Consignment = {
  id: string
  status: ConsignmentStatus
  allowed_transitions: ConsignmentStatus[]
  point: { id: string; kind: string; name: string | null }
  producer: { id: string; name: string | null }
  note: string | null
  refusal_reason: string | null
  decided_at: string | null
  received_at: string | null
  created_at: string
  lines: Array<{ variant_id: string; quantity: number; product_title: string | null; variant_title: string | null; sku: string | null }>
}

/** What points asked the producer to consign, newest first. */
export async function listProducerConsignments(): Promise<Consignment[]> {
  const body = await producerGet<{ consignments: Consignment[] }>("/producer/consignments", { limit: 100 })
  return body.consignments ?? []
}
