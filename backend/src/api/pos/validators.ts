import { z } from "@medusajs/framework/zod"
import { safeId, safeLongText } from "../../lib/safe-input"

export const PosLookupParams = z
  .object({
    code: z.string().trim().max(500).optional(),
    q: z.string().trim().max(200).optional(),
  })
  .refine((v) => !!v.code || (!!v.q && v.q.length >= 2), {
    message: "Cần mã quét (code) hoặc từ khoá ít nhất 2 ký tự (q) (code or q with at least 2 characters is required)",
  })
export type PosLookupParamsType = z.infer<typeof PosLookupParams>

const quantity = z.custom<number>(
  (n) => typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= 10000,
  "Số lượng phải là số nguyên từ 1 đến 10.000 (quantity must be an integer 1–10000)"
)
const items = z
  .array(z.object({ variant_id: safeId("Thiếu sản phẩm (variant_id is required)"), quantity }))
  .min(1, "Cần ít nhất một sản phẩm (at least one item)")
  .max(100)
  .refine((list) => new Set(list.map((i) => i.variant_id)).size === list.length, {
    message: "Mỗi sản phẩm chỉ xuất hiện một lần (each variant once)",
  })

export const PosCreateSale = z.object({
  items,
  payment: z.enum(["cash", "vietqr"], { message: "Hình thức thanh toán: cash hoặc vietqr (payment: cash or vietqr)" } as any),
  cash_received: z
    .custom<number>(
      (n) => typeof n === "number" && Number.isInteger(n) && n >= 0,
      "Tiền khách đưa phải là số nguyên đồng (cash_received: integer VND)"
    )
    .optional(),
})
export type PosCreateSaleType = z.infer<typeof PosCreateSale>

export const PosCreateStockMovement = z
  .object({
    kind: z.enum(["receive", "transfer", "return"], { message: "Loại: receive, transfer hoặc return (kind)" } as any),
    items,
    producer_id: safeId("Thiếu chủ thể (producer_id is empty)").optional(),
    to_point_id: safeId("Thiếu điểm nhận (to_point_id is empty)").optional(),
    note: safeLongText({ max: 500 }).optional(),
  })
  .refine((m) => m.kind !== "transfer" || !!m.to_point_id, {
    message: "Chuyển kho cần điểm nhận (to_point_id) (transfer needs to_point_id)",
    path: ["to_point_id"],
  })
  .refine((m) => m.kind !== "return" || !!m.producer_id, {
    message: "Trả hàng cần chủ thể nhận (producer_id) (return needs producer_id)",
    path: ["producer_id"],
  })
export type PosCreateStockMovementType = z.infer<typeof PosCreateStockMovement>

export const PosRequestConsignment = z.object({
  /** optional: the producer of the items when omitted (they must all be one producer's) */
  producer_id: z.string().min(1).max(100).optional(),
  items,
  note: z.string().max(500).optional(),
})
export type PosRequestConsignmentType = z.infer<typeof PosRequestConsignment>

/** Receiving takes exactly the confirmed lines: a body naming items or quantities is refused, not ignored. */
export const PosReceiveConsignment = z.custom<Record<string, never>>(
  (v) => v === undefined || v === null || (typeof v === "object" && Object.keys(v as object).length === 0),
  "Nhận hàng đúng số lượng chủ thể đã xác nhận: không gửi danh sách hàng hay số lượng (receive takes the confirmed lines; send no items)"
)

export const PosListParams = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})

export const PosTaskParams = z.object({ status: z.enum(["open", "done"]).optional() })

export const PosLabelParams = z.object({
  variant_ids: z
    .string()
    .min(1, "Cần variant_ids (variant_ids is required)")
    .transform((s) =>
      s
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean)
    )
    .refine((l) => l.length >= 1 && l.length <= 200, "Từ 1 đến 200 sản phẩm (1–200 variant ids)"),
  format: z.enum(["shelf", "qr"]).default("shelf"),
})
