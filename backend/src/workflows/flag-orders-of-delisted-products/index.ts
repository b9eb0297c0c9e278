import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { findOpenOrdersWithProductsStep } from "./steps/find-open-orders-with-products"
import { flagOrdersStep } from "./steps/flag-orders"

export type FlagOrdersInput = {
  product_ids: string[]
  /** effective certificate status that caused the delisting, e.g. revoked */
  certificate_status: string | null
  now?: Date
}

/**
 * A delisted product's open orders are kept (a paid order is the shopper's) but flagged so the OCOP
 * office decides: fulfil, contact the shopper, or cancel and refund.
 */
export const flagOrdersOfDelistedProductsWorkflow = createWorkflow(
  "flag-orders-of-delisted-products",
  (input: WorkflowData<FlagOrdersInput>) => {
    const orders = findOpenOrdersWithProductsStep(transform({ input }, ({ input }) => input.product_ids))
    const flags = transform({ orders, input }, ({ orders, input }) =>
      orders.map((o) => ({
        id: o.id,
        metadata: o.metadata,
        flag: {
          reason: "certificate_not_listable",
          certificate_status: input.certificate_status,
          product_ids: o.product_ids,
          flagged_at: (input.now ?? new Date()).toISOString(),
          message: "Sản phẩm trong đơn không còn chứng nhận OCOP hợp lệ: cần văn phòng OCOP xem xét",
        },
      }))
    )
    return new WorkflowResponse(flagOrdersStep(flags))
  }
)
