import { z } from "@medusajs/framework/zod"

/**
 * A SePay transaction (developer.sepay.vn, "Integrate webhook"): what we read of it. Other fields
 * SePay sends (gateway, accumulated, subAccount…) are left alone and kept in the record.
 */
export const SepayTransaction = z.object({
  id: z.number({ error: "Thiếu mã giao dịch SePay 'id' (SePay transaction id missing)" }).int().positive(),
  transferType: z.enum(["in", "out"]),
  transferAmount: z
    .number({ error: "Số tiền chuyển 'transferAmount' phải là số (transferAmount must be a number)" })
    .int("Số tiền phải là số đồng nguyên (amount must be whole đồng)")
    .nonnegative("Số tiền không được âm (amount must not be negative)"),
  content: z.string().max(1000).nullish(),
  code: z.string().max(100).nullish(),
  referenceCode: z.string().max(100).nullish(),
  accountNumber: z.string().max(50).nullish(),
})
export type SepayTransaction = z.infer<typeof SepayTransaction>
