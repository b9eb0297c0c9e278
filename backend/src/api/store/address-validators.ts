import { z } from "@medusajs/framework/zod"
import { isVnMobilePhone } from "@ocop/domain"
import { safeText } from "../../lib/safe-input"

/**
 * What a shopper may send in an address or a customer profile through Medusa's own store routes
 * (cart update, customer addresses, customer profile). Medusa's validators accept any string of any
 * length; these add our limits and the Vietnamese mobile rule from @ocop/domain, and leave every
 * other field to Medusa's validator.
 */

const PHONE_MESSAGE = "Số điện thoại di động Việt Nam không hợp lệ, ví dụ 0912 345 678 (invalid Vietnamese mobile number)"

/** Empty means "not given" (Medusa stores null); anything else must be a Vietnamese mobile number. */
const phone = z
  .string({ message: PHONE_MESSAGE })
  .refine((p) => p.trim() === "" || isVnMobilePhone(p), PHONE_MESSAGE)
  .nullish()

const line = (max: number) => safeText({ max }).nullish()

/** Metadata a storefront attaches (province and commune codes): a few short values. */
const metadata = z
  .record(z.string(), z.union([safeText({ max: 200 }), z.number(), z.boolean(), z.null()]), {
    message: "metadata phải là đối tượng với giá trị ngắn (metadata must be an object of short values)",
  })
  .refine((m) => Object.keys(m).length <= 20, "metadata tối đa 20 khóa (metadata: at most 20 keys)")
  .nullish()

export const ShopperAddress = z.looseObject({
  first_name: line(100),
  last_name: line(100),
  company: line(200),
  address_1: line(300),
  address_2: line(300),
  city: line(100),
  province: line(100),
  postal_code: line(20),
  country_code: line(2),
  address_name: line(100),
  phone,
  metadata,
})

const email = safeText({ max: 254 }).nullish()

/** An address object is checked field by field; a string (an address id) is left to Medusa. */
const addressOrId = z.unknown().superRefine((value, ctx) => {
  if (typeof value === "string" && value.length > 100) {
    ctx.addIssue({ code: "custom", message: "Mã địa chỉ không hợp lệ (invalid address id)" })
  }
  if (!value || typeof value !== "object") return
  const result = ShopperAddress.safeParse(value)
  if (!result.success) {
    for (const issue of result.error.issues) ctx.addIssue({ code: "custom", path: issue.path as PropertyKey[], message: issue.message })
  }
})

/** POST /store/carts and /store/carts/:id: the addresses (when given as objects) and the e-mail. */
export const ShopperCartInput = z.looseObject({
  email,
  shipping_address: addressOrId,
  billing_address: addressOrId,
})

/** POST /store/customers and /store/customers/me: the profile's text fields. */
export const ShopperCustomerInput = z.looseObject({
  email,
  first_name: line(100),
  last_name: line(100),
  company_name: line(200),
  phone,
  metadata,
})
