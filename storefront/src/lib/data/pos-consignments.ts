import type { Consignment } from "./consignments"
import { posFetch } from "./pos"

/** The point's consignment requests, newest first. */
export async function listPointConsignments(pointId: string): Promise<Consignment[]> {
  const body = await posFetch<{ consignments: Consignment[] }>(`/pos/points/${encodeURIComponent(pointId)}/consignments`, {
    query: { limit: 50 },
  })
  return body.consignments ?? []
}
