import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ERROR_CODES, ocopError } from "../../../lib/errors"
import { RETAIL_MODULE } from "../../../modules/retail"
import type { RetailPoint } from "../../../modules/retail/points"
import { NO_SALE_FACTS, sellabilityOf } from "../../../modules/retail/sellability"
import type RetailModuleService from "../../../modules/retail/service"

export type SaleLine = {
  variant_id: string
  quantity: number
  unit_price: number
  title: string
  verification_code: string | null
  stars: number | null
}

/**
 * Checks a counter sale before anything is written: the point is open (booths: fair dates), every
 * product may be sold now (the shared listability rule; a local non-OCOP product never as OCOP),
 * every price is known and the cash covers the total.
 */
export const validateSaleStep = createStep(
  "validate-point-sale",
  async (
    input: {
      point: RetailPoint
      items: Array<{ variant_id: string; quantity: number }>
      cash_received?: number
      payment: string
      now?: Date
    },
    { container }
  ) => {
    const now = input.now ?? new Date()
    if (!input.point.open) {
      throw ocopError(
        "NOT_ALLOWED",
        ERROR_CODES.POS_POINT_CLOSED,
        "Gian hàng đang đóng: ngoài thời gian hội chợ",
        "The booth is closed outside the fair's dates"
      )
    }
    if (!input.point.stock_location_id || !input.point.sales_channel_id) {
      throw ocopError(
        "NOT_ALLOWED",
        ERROR_CODES.POS_POINT_NOT_READY,
        "Điểm bán chưa có kho hoặc kênh bán",
        "Point has no stock location or sales channel"
      )
    }
    const retail: RetailModuleService = container.resolve(RETAIL_MODULE)
    const rows = await retail.listVariantRows(input.items.map((i) => i.variant_id))
    if (rows.length !== input.items.length) {
      throw ocopError("INVALID_DATA", ERROR_CODES.POS_UNKNOWN_VARIANT, "Có sản phẩm không tồn tại", "Unknown variant")
    }
    const facts = await retail.listSaleFacts(rows.map((r) => r.product_id))
    const refused: string[] = []
    const lines: SaleLine[] = []
    for (const item of input.items) {
      const row = rows.find((r) => r.variant_id === item.variant_id)!
      const s = sellabilityOf(facts.get(row.product_id) ?? NO_SALE_FACTS, now)
      if (!s.sellable) {
        refused.push(`«${row.title}» ${s.reason_vi}`)
        continue
      }
      if (row.price == null) {
        throw ocopError("INVALID_DATA", ERROR_CODES.POS_NO_PRICE, `Sản phẩm chưa có giá: «${row.title}»`, "Variant has no VND price")
      }
      lines.push({
        variant_id: row.variant_id,
        quantity: item.quantity,
        unit_price: row.price,
        title: row.title,
        verification_code: s.ocop?.listable ? s.ocop.verification_code : null,
        stars: s.ocop?.listable ? s.ocop.stars : null,
      })
    }
    if (refused.length) {
      throw ocopError("NOT_ALLOWED", ERROR_CODES.POS_NOT_SELLABLE, refused.join("; "), "Not for sale: the OCOP certificate is not valid")
    }
    const total = lines.reduce((s, l) => s + l.unit_price * l.quantity, 0)
    if (input.payment === "cash" && input.cash_received != null && input.cash_received < total) {
      throw ocopError(
        "INVALID_DATA",
        ERROR_CODES.POS_CASH_SHORT,
        `Tiền khách đưa ít hơn tổng tiền (${total} ₫)`,
        "Cash received is less than the total"
      )
    }
    const [region] = await container.resolve(Modules.REGION).listRegions({ currency_code: "vnd" }, { take: 1 })
    if (!region) {
      throw ocopError("NOT_ALLOWED", ERROR_CODES.POS_NO_REGION, "Chưa có vùng bán VND", "No VND region")
    }
    return new StepResponse({ lines, total, region_id: region.id })
  }
)
