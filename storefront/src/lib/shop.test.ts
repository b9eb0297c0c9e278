import assert from "node:assert/strict"
import { test } from "node:test"
import { ERROR_CODES } from "@ocop/contract"
import {
  classifyCheckoutError,
  groupByProducer,
  lineSnapshot,
  localizeBackendMessage,
  offeredPayments,
  paymentKind,
  quantityChoices,
  safeNextPath,
  toMedusaAddress,
  vietQrTransfer,
  vnd,
} from "./shop"

test("backend messages are shown in the page's language", () => {
  const busy =
    "Nhiều người đang đặt mua cùng lúc những sản phẩm cuối cùng; đơn hàng của bạn chưa được tạo, vui lòng thử lại. (Too many checkouts at once: the order was not placed, please retry.)"
  assert.match(localizeBackendMessage(busy, "vi"), /^Nhiều người.*thử lại\.$/)
  assert.equal(localizeBackendMessage(busy, "en"), "Too many checkouts at once: the order was not placed, please retry.")
  // parentheses inside both parts
  const lapsed =
    "Sản phẩm không còn được bán vì chứng nhận OCOP không còn hiệu lực: «Bánh đa» (Hết hạn) (Not for sale, the OCOP certificate is not valid: «Bánh đa» (Expired))"
  assert.equal(
    localizeBackendMessage(lapsed, "vi"),
    "Sản phẩm không còn được bán vì chứng nhận OCOP không còn hiệu lực: «Bánh đa» (Hết hạn)"
  )
  assert.equal(localizeBackendMessage(lapsed, "en"), "Not for sale, the OCOP certificate is not valid: «Bánh đa» (Expired)")
  assert.equal(localizeBackendMessage("Plain message", "en"), "Plain message")
})

test("checkout refusals are told apart by their code: a lost race can be retried, stock and certificates cannot", () => {
  assert.equal(classifyCheckoutError({ status: 409, code: ERROR_CODES.CHECKOUT_BUSY }), "busy")
  assert.equal(classifyCheckoutError({ status: 409 }), "busy")
  assert.equal(classifyCheckoutError({ status: 400, code: ERROR_CODES.OUT_OF_STOCK }), "out_of_stock")
  assert.equal(classifyCheckoutError({ status: 400, code: ERROR_CODES.PRODUCT_NOT_SELLABLE }), "not_sellable")
  assert.equal(classifyCheckoutError({ status: 400, code: ERROR_CODES.PRODUCT_NOT_SHIPPABLE }), "other")
  assert.equal(classifyCheckoutError({ status: 500 }), "other")
  assert.equal(classifyCheckoutError(null), "other")
})

test("the words of a message never decide a refusal: only its code does", () => {
  assert.equal(classifyCheckoutError({ status: 400, message: "Sản phẩm đã hết hàng (out of stock)" } as { status: number }), "other")
})

test("a Hà Tĩnh address needs a commune from the list and becomes Medusa's address with codes", () => {
  const result = toMedusaAddress({
    full_name: "  Nguyễn   Thị Lan ",
    phone: "+84 901 234 567",
    address_1: "12 Trần Phú",
    province_code: "42",
    commune_code: "18073",
  })
  assert.equal(result.ok, true)
  if (!result.ok) return
  assert.deepEqual(result.address, {
    first_name: "Nguyễn Thị Lan",
    last_name: "",
    phone: "0901234567",
    address_1: "12 Trần Phú",
    city: "Phường Thành Sen",
    province: "Tỉnh Hà Tĩnh",
    country_code: "vn",
    metadata: { province_code: "42", commune_code: "18073" },
  })
  const wrongCommune = toMedusaAddress({
    full_name: "An",
    phone: "0901234567",
    address_1: "Thôn 1",
    province_code: "42",
    commune_code: "19333",
  })
  assert.deepEqual(wrongCommune, { ok: false, errors: { commune_code: "commune" } })
})

test("other provinces take the commune as free text; bad phone, name and province are reported per field", () => {
  const hanoi = toMedusaAddress({
    full_name: "Trần Bình",
    phone: "0987654321",
    address_1: "5 Lý Thái Tổ",
    province_code: "01",
    commune_text: "Phường Hoàn Kiếm",
  })
  assert.equal(hanoi.ok && hanoi.address.city, "Phường Hoàn Kiếm")
  assert.equal(hanoi.ok && hanoi.address.metadata.commune_code, null)
  const bad = toMedusaAddress({ full_name: "", phone: "0123", address_1: "", province_code: "45", commune_text: "" })
  assert.deepEqual(bad, { ok: false, errors: { full_name: "fullName", phone: "phone", address_1: "address1", province_code: "province" } })
  const noCommune = toMedusaAddress({
    full_name: "Trần Bình",
    phone: "0987654321",
    address_1: "5 Lý Thái Tổ",
    province_code: "01",
    commune_text: " ",
  })
  assert.deepEqual(noCommune, { ok: false, errors: { commune_text: "communeText" } })
})

test("cart lines are grouped by producer in first-seen order, unknown producers last", () => {
  const producers: Record<string, { id: string; name: string; handle: string }> = {
    "keo-cu-do": { id: "p1", name: "Cu đơ Bà Hường", handle: "cu-do-ba-huong" },
    "nuoc-mam": { id: "p2", name: "Luận Nghiệp", handle: "luan-nghiep" },
    "keo-lac": { id: "p1", name: "Cu đơ Bà Hường", handle: "cu-do-ba-huong" },
  }
  const groups = groupByProducer(
    [
      { id: "a", product_handle: "gone" },
      { id: "b", product_handle: "nuoc-mam" },
      { id: "c", product_handle: "keo-cu-do" },
      { id: "d", product_handle: "keo-lac" },
    ],
    (h) => producers[h]
  )
  assert.deepEqual(
    groups.map((g) => [g.producer?.id ?? null, g.lines.map((l) => l.id)]),
    [
      ["p2", ["b"]],
      ["p1", ["c", "d"]],
      [null, ["a"]],
    ]
  )
})

test("quantity choices stop at the stock (at most 10) but keep the quantity already chosen", () => {
  assert.deepEqual(quantityChoices(1, 3), [1, 2, 3])
  assert.deepEqual(quantityChoices(2, 100), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
  assert.deepEqual(quantityChoices(4, 2), [1, 2, 3, 4])
  assert.deepEqual(quantityChoices(1, 0), [1])
  assert.deepEqual(quantityChoices(1, null), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
})

test("payment methods: cash on delivery and VietQR always, card only when the region lists Stripe", () => {
  assert.deepEqual(offeredPayments(["pp_vietqr_ocop", "pp_cod_ocop"]), ["cod", "vietqr"])
  assert.deepEqual(offeredPayments(["pp_cod_ocop", "pp_vietqr_ocop", "pp_stripe_stripe"]), ["cod", "vietqr", "stripe"])
  assert.equal(paymentKind("pp_vietqr_ocop"), "vietqr")
  assert.equal(paymentKind("pp_system_default"), null)
})

test("VietQR transfer details come from the payment data; the order waits until the office confirms", () => {
  const data = {
    amount: 160000,
    method: "vietqr",
    bank_bin: "970405",
    reference: "OCOP C3E4A9B682",
    qr_payload: "000201010212…6304D70A",
    account_name: "VAN PHONG DIEU PHOI OCOP HA TINH",
    account_number: "3700205123456",
    awaiting_confirmation: true,
  }
  assert.deepEqual(vietQrTransfer(data), {
    qr_payload: data.qr_payload,
    amount: 160000,
    reference: "OCOP C3E4A9B682",
    bank_bin: "970405",
    account_number: "3700205123456",
    account_name: "VAN PHONG DIEU PHOI OCOP HA TINH",
    awaiting_confirmation: true,
  })
  assert.equal(vietQrTransfer({ ...data, awaiting_confirmation: false, confirmed_at: "2026-01-01" })?.awaiting_confirmation, false)
  assert.equal(vietQrTransfer({ method: "cod" }), null)
  assert.equal(vietQrTransfer(null), null)
})

test("an order line's certificate snapshot and producer identity are read from its metadata", () => {
  const snap = lineSnapshot({
    ocop_producer: { name: "Cơ sở Cu đơ Bà Hường", address: "Thạch Trung, Hà Tĩnh", tax_code: null },
    ocop_certificate: {
      stars: 4,
      issuer: "UBND tỉnh Hà Tĩnh",
      status: "valid",
      issued_at: "2024-10-15",
      valid_until: "2027-10-15",
      decision_number: "123/QĐ-UBND",
      verification_code: "VN-HT01",
    },
  })
  assert.equal(snap.certificate?.verification_code, "VN-HT01")
  assert.equal(snap.certificate?.stars, 4)
  assert.deepEqual(snap.producer, { name: "Cơ sở Cu đơ Bà Hường", tax_code: null, address: "Thạch Trung, Hà Tĩnh" })
  assert.deepEqual(lineSnapshot(null), { certificate: null, producer: null })
})

test("VND totals are whole đồng; redirects stay on this site", () => {
  assert.equal(vnd(160000), "160.000\u00a0₫")
  assert.equal(vnd(undefined), "0\u00a0₫")
  assert.equal(safeNextPath("/checkout"), "/checkout")
  assert.equal(safeNextPath("//evil.example"), "/account")
  assert.equal(safeNextPath("https://evil.example"), "/account")
  assert.equal(safeNextPath(undefined, "/"), "/")
})
