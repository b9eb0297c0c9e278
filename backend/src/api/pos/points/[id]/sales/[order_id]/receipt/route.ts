import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { RETAIL_MODULE } from "../../../../../../../modules/retail"
import type RetailModuleService from "../../../../../../../modules/retail/service"
import { paymentStatusOf, saleOfPoint } from "../sale-of-point"

/** Receipt data of a counter sale (printable on 80 mm paper by the UI). An order of another point → 404. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const retail: RetailModuleService = req.scope.resolve(RETAIL_MODULE)
  const point = await retail.retrieveStaffedPoint(req.auth_context.actor_id, req.params.id)
  const order = await saleOfPoint(req.scope, point, req.params.order_id, [
    "display_id",
    "created_at",
    "total",
    "items.*",
    "payment_collections.status",
  ])
  const certificates: any[] = order.metadata?.certificates ?? []
  const [staff] = order.metadata?.staff_id ? await retail.listStaff({ id: order.metadata.staff_id }) : []
  const lines = (order.items ?? []).map((i: any) => {
    const cert = certificates.find((c) => c.variant_id === i.variant_id)
    const quantity = Number(i.quantity)
    const unit = Number(i.unit_price)
    return {
      title: i.product_title ?? i.title,
      variant_title: i.variant_title ?? null,
      sku: i.variant_sku ?? null,
      quantity,
      unit_price: unit,
      total: unit * quantity,
      verification_code: cert?.verification_code ?? null,
      stars: cert?.stars ?? null,
    }
  })
  const total = lines.reduce((s: number, l: any) => s + l.total, 0)
  const cash = order.metadata?.cash_received
  res.json({
    receipt: {
      order_id: order.id,
      display_id: order.display_id,
      created_at: order.created_at,
      point: { id: point.id, name: point.name, address: point.address },
      staff: staff ? { name: staff.name } : null,
      lines,
      total,
      payment: order.metadata?.payment ?? "cash",
      payment_status: paymentStatusOf(order),
      ...(cash != null ? { cash_received: cash, change_due: cash - total } : {}),
    },
  })
}
