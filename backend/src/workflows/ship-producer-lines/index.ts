import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderFulfillmentWorkflow, createOrderShipmentWorkflow } from "@medusajs/medusa/core-flows"

export type ShipProducerLinesInput = {
  order_id: string
  /** the producer's open lines and how many of each still go out */
  items: { id: string; quantity: number }[]
  /** the warehouse holding the reservations, when they are all at one */
  location_id?: string
  tracking_number: string
  carrier: string | null
  producer_id: string
  /** the member shipping */
  created_by: string
}

/**
 * A producer hands its own lines of an order to the carrier: Medusa's order fulfilment (from the
 * warehouse holding the reservation, with the tracking number), then its shipment. Both are
 * Medusa's workflows with their own compensation, so a shipment that fails cancels the fulfilment.
 */
export const shipProducerLinesWorkflow = createWorkflow("ship-producer-lines", (input: WorkflowData<ShipProducerLinesInput>) => {
  const labels = transform({ input }, ({ input }) => [{ tracking_number: input.tracking_number, tracking_url: "#", label_url: "#" }])
  const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
    input: transform({ input, labels }, ({ input, labels }) => ({
      order_id: input.order_id,
      items: input.items,
      ...(input.location_id ? { location_id: input.location_id } : {}),
      labels,
      created_by: input.created_by,
      metadata: { producer_id: input.producer_id, carrier: input.carrier, tracking_number: input.tracking_number },
    })) as any,
  })
  createOrderShipmentWorkflow.runAsStep({
    input: transform({ input, labels, fulfillment }, ({ input, labels, fulfillment }) => ({
      order_id: input.order_id,
      fulfillment_id: (fulfillment as any).id,
      items: input.items,
      labels,
      created_by: input.created_by,
    })) as any,
  })
  return new WorkflowResponse(fulfillment)
})
