import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderPaymentCollectionWorkflow, createOrderWorkflow, markPaymentCollectionAsPaid } from "@medusajs/medusa/core-flows"
import type { RetailPoint } from "../../modules/retail/points"
import { adjustStockStep } from "../move-retail-stock/steps/adjust-stock"
import { recordMovementsStep, type NewMovement } from "../move-retail-stock/steps/record-movements"
import { validateSaleStep } from "./steps/validate-sale"

export type SellAtPointInput = {
  point: RetailPoint
  staff_id: string
  items: Array<{ variant_id: string; quantity: number }>
  payment: "cash" | "vietqr"
  cash_received?: number
  now?: Date
}

/**
 * A sale over the counter: checked (open, sellable, priced), placed as an order in the point's own
 * sales channel, taken from the point's stock location and journalled as sale movements. A failure
 * at any step undoes the order and the stock change.
 */
export const sellAtPointWorkflow = createWorkflow("sell-at-point", (input: WorkflowData<SellAtPointInput>) => {
  const sale = validateSaleStep(input)
  const order = createOrderWorkflow.runAsStep({
    input: transform(
      { input, sale },
      ({ input, sale }) =>
        ({
          region_id: sale.region_id,
          sales_channel_id: input.point.sales_channel_id!,
          currency_code: "vnd",
          // handed over at the counter: nothing left to fulfil
          status: "completed",
          items: sale.lines.map((l) => ({
            variant_id: l.variant_id,
            quantity: l.quantity,
            unit_price: l.unit_price,
            is_tax_inclusive: true,
          })),
          metadata: {
            pos: true,
            point_id: input.point.id,
            point_kind: input.point.kind,
            point_name: input.point.name,
            staff_id: input.staff_id,
            payment: input.payment,
            cash_received: input.cash_received ?? null,
            certificates: sale.lines.map((l) => ({ variant_id: l.variant_id, verification_code: l.verification_code, stars: l.stars })),
          },
        }) as any
    ),
  })
  adjustStockStep(
    transform({ input, sale }, ({ input, sale }) =>
      sale.lines.map((l) => ({
        variant_id: l.variant_id,
        quantity: l.quantity,
        from_location_id: input.point.stock_location_id,
        to_location_id: null,
      }))
    )
  )
  recordMovementsStep(
    transform({ input, sale, order }, ({ input, sale, order }) =>
      sale.lines.map(
        (l): NewMovement => ({
          kind: "sale",
          variant_id: l.variant_id,
          quantity: l.quantity,
          from_location_id: input.point.stock_location_id,
          to_location_id: null,
          point_id: input.point.id,
          staff_id: input.staff_id,
          order_id: (order as any).id,
        })
      )
    )
  )
  // every counter sale has a payment collection, so the order shows what is owed; cash is in the drawer and
  // paid at once (Medusa's system provider, captured by the staff member); a VietQR sale stays awaiting until
  // the staff member sees the transfer arrive (/pos/.../payment) or the office marks it paid in admin
  const collections = createOrderPaymentCollectionWorkflow.runAsStep({
    input: transform({ order, sale }, ({ order, sale }) => ({ order_id: (order as any).id as string, amount: sale.total })),
  })
  when("cash-sale-is-paid", { input }, ({ input }) => input.payment === "cash").then(() => {
    markPaymentCollectionAsPaid.runAsStep({
      input: transform({ collections, order, input }, ({ collections, order, input }) => ({
        payment_collection_id: collections[0].id,
        order_id: (order as any).id as string,
        captured_by: input.staff_id,
      })),
    })
  })
  return new WorkflowResponse(
    transform({ order, sale }, ({ order, sale }) => ({
      order_id: (order as any).id as string,
      display_id: (order as any).display_id as number,
      total: sale.total,
    }))
  )
})
