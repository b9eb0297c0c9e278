import type { MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { ERROR_CODES, ocopError } from "../../../../../lib/errors"
import { shipProducerLinesWorkflow } from "../../../../../workflows/ship-producer-lines"
import { notFound, producerOf, type ProducerRequest } from "../../../context"
import type { ProducerCreateFulfillmentType } from "../../../validators"
import { loadOwnOrder } from "../../own-orders"

/**
 * The producer ships its own lines of an order (all its open lines, or the ones named) with a
 * tracking number: a Medusa fulfilment from the warehouse that holds the reservation, marked shipped.
 */
export const POST = async (req: ProducerRequest<ProducerCreateFulfillmentType>, res: MedusaResponse) => {
  const { producer, member } = producerOf(req)
  const order = await loadOwnOrder(req, req.params.id)
  const body = req.validatedBody
  const lines = body.line_item_ids
    ? body.line_item_ids.map((id) => {
        const line = order.items.find((i: any) => i.id === id)
        if (!line) throw notFound("dòng hàng")
        return line
      })
    : order.items.filter((i: any) => !i.fulfilled)
  const open = lines.filter((l: any) => !l.fulfilled)
  if (!open.length || open.length < lines.length) {
    throw ocopError(
      "NOT_ALLOWED",
      ERROR_CODES.ORDER_ALREADY_FULFILLED,
      "Các dòng hàng này đã được giao cho đơn vị vận chuyển",
      "These lines are already fulfilled"
    )
  }
  if (order.status === "canceled") {
    throw ocopError("NOT_ALLOWED", ERROR_CODES.ORDER_CANCELED, "Đơn hàng đã bị huỷ", "The order was canceled")
  }
  const reservations = await req.scope
    .resolve(Modules.INVENTORY)
    .listReservationItems({ line_item_id: open.map((l: any) => l.id) }, { select: ["line_item_id", "location_id"] })
  const locations = [...new Set(reservations.map((r) => r.location_id))]
  await shipProducerLinesWorkflow(req.scope).run({
    input: {
      order_id: order.id,
      items: open.map((l: any) => ({ id: l.id, quantity: l.quantity - l.fulfilled_quantity })),
      ...(locations.length === 1 ? { location_id: locations[0] } : {}),
      tracking_number: body.tracking_number,
      carrier: body.carrier ?? null,
      producer_id: producer.id,
      created_by: member.id,
    },
  })
  res.status(201).json({ order: await loadOwnOrder(req, order.id) })
}
