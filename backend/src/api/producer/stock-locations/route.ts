import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { producerOf, type ProducerRequest } from "../context"

/** The producer's own warehouses (producer ↔ stock location link). */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  const { producer } = producerOf(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "producer",
    fields: ["id", "stock_locations.id", "stock_locations.name", "stock_locations.address.*"],
    filters: { id: producer.id },
  })
  const locations = ((data[0] as any)?.stock_locations ?? []).filter(Boolean)
  res.json({
    stock_locations: locations.map((l: any) => ({
      id: l.id,
      name: l.name,
      address: l.address ? { address_1: l.address.address_1 ?? null, city: l.address.city ?? null, phone: l.address.phone ?? null } : null,
    })),
  })
}
