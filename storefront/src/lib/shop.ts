/**
 * Pure helpers of the cart, checkout, order and account screens (no I/O, unit-tested in
 * shop.test.ts). Domain rules (phone numbers, provinces, communes, VND) come from @ocop/domain.
 */
import { ERROR_CODES } from "@ocop/contract"
import { communeFullName, communesOf, findCommune, formatVnd, isProvinceCode, normalizeVnMobilePhone, provinceFullName } from "@ocop/domain"

export type Lang = "vi" | "en"

/** Medusa returns totals as numbers of đồng; anything fractional or missing is a bug upstream, shown as 0. */
export function vnd(amount: unknown): string {
  const n = Number(amount ?? 0)
  return formatVnd(Number.isFinite(n) ? Math.round(n) : 0)
}

/**
 * Backend messages a person reads are written "Vietnamese text (English text)". Returns the
 * part for `lang`; a message without an English part is returned whole.
 */
export function localizeBackendMessage(message: string, lang: Lang): string {
  const text = message.trim()
  if (!text.endsWith(")")) return text
  let depth = 0
  for (let i = text.length - 1; i >= 0; i--) {
    const ch = text[i]
    if (ch === ")") depth++
    else if (ch === "(") {
      depth--
      if (depth === 0) {
        const vi = text.slice(0, i).trim()
        const en = text.slice(i + 1, -1).trim()
        if (!vi || !en) return text
        return lang === "en" ? en : vi
      }
    }
  }
  return text
}

/** Why the backend refused a checkout, for the shopper and for the retry decision. */
export type CheckoutRefusal = "busy" | "out_of_stock" | "not_sellable" | "other"

/**
 * By the refusal's code (@ocop/contract), never its words. A 409 is a lost race whatever its
 * code: the backend answers 409 exactly when a retry may succeed.
 */
export function classifyCheckoutError(error: { status?: number; code?: string } | null | undefined): CheckoutRefusal {
  const code = error?.code
  if (error?.status === 409 || code === ERROR_CODES.CHECKOUT_BUSY) return "busy"
  if (code === ERROR_CODES.OUT_OF_STOCK) return "out_of_stock"
  if (code === ERROR_CODES.PRODUCT_NOT_SELLABLE) return "not_sellable"
  return "other"
}

// ---------------------------------------------------------------- address

export type AddressInput = {
  full_name: string
  phone: string
  address_1: string
  province_code: string
  commune_code?: string
  commune_text?: string
}

export type MedusaAddress = {
  first_name: string
  last_name: string
  phone: string
  address_1: string
  city: string
  province: string
  country_code: "vn"
  postal_code?: string
  metadata: { province_code: string; commune_code: string | null }
}

/** Field → message key (under `checkout.errors`). */
export type AddressErrors = Partial<Record<"email" | keyof AddressInput, string>>

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function isEmail(value: string): boolean {
  return EMAIL.test(value.trim())
}

/**
 * Checks a Vietnamese delivery address and turns it into Medusa's address shape: the full name
 * in `first_name` (Vietnamese names do not split into first/last the Western way), the
 * commune in `city`, the province's full name in `province`, the codes in metadata.
 */
export function toMedusaAddress(input: AddressInput): { ok: true; address: MedusaAddress } | { ok: false; errors: AddressErrors } {
  const errors: AddressErrors = {}
  const name = input.full_name.trim().replace(/\s+/g, " ")
  if (name.length < 2) errors.full_name = "fullName"
  const phone = normalizeVnMobilePhone(input.phone ?? "")
  if (!phone) errors.phone = "phone"
  const street = input.address_1.trim()
  if (street.length < 3) errors.address_1 = "address1"
  let communeName = ""
  let communeCode: string | null = null
  if (!isProvinceCode(input.province_code)) {
    errors.province_code = "province"
  } else if (communesOf(input.province_code)) {
    const commune = findCommune(input.province_code, input.commune_code ?? "")
    if (!commune) errors.commune_code = "commune"
    else {
      communeName = communeFullName(commune)
      communeCode = commune.code
    }
  } else {
    communeName = (input.commune_text ?? "").trim()
    if (communeName.length < 2) errors.commune_text = "communeText"
  }
  if (Object.keys(errors).length) return { ok: false, errors }
  return {
    ok: true,
    address: {
      first_name: name,
      last_name: "",
      phone: phone!,
      address_1: street,
      city: communeName,
      province: provinceFullName(input.province_code)!,
      country_code: "vn",
      metadata: { province_code: input.province_code, commune_code: communeCode },
    },
  }
}

/** One line for display: "12 Trần Phú, Phường Thành Sen, Tỉnh Hà Tĩnh". */
export function addressLine(a: { address_1?: string | null; city?: string | null; province?: string | null } | null | undefined): string {
  if (!a) return ""
  return [a.address_1, a.city, a.province].filter((p) => p && String(p).trim()).join(", ")
}

// ---------------------------------------------------------------- cart

export type ProducerRef = { id: string; name: string; handle: string | null }

/**
 * Cart lines grouped by producer (chủ thể), in the order the producers first appear; lines
 * whose producer is unknown (product no longer served) come last in a group with producer null.
 */
export function groupByProducer<L extends { product_handle?: string | null }>(
  lines: readonly L[],
  producerOf: (handle: string) => ProducerRef | null | undefined
): { producer: ProducerRef | null; lines: L[] }[] {
  const groups = new Map<string, { producer: ProducerRef | null; lines: L[] }>()
  for (const line of lines) {
    const producer = line.product_handle ? (producerOf(line.product_handle) ?? null) : null
    const key = producer ? producer.id : ""
    if (!groups.has(key)) groups.set(key, { producer, lines: [] })
    groups.get(key)!.lines.push(line)
  }
  const known = [...groups.entries()].filter(([k]) => k !== "").map(([, g]) => g)
  const unknown = groups.get("")
  return unknown ? [...known, unknown] : known
}

/** Choices offered in a quantity select: 1…min(stock, 10), always including the current quantity. */
export function quantityChoices(current: number, stock: number | null | undefined, cap = 10): number[] {
  const max = Math.max(1, Math.min(cap, stock ?? cap))
  const top = Math.max(max, current)
  return Array.from({ length: top }, (_, i) => i + 1)
}

// ---------------------------------------------------------------- payments and orders

export const PAYMENT_PROVIDERS = {
  cod: "pp_cod_ocop",
  vietqr: "pp_vietqr_ocop",
  vnpay: "pp_vnpay_vnpay",
  stripe: "pp_stripe_stripe",
} as const

export type PaymentKind = keyof typeof PAYMENT_PROVIDERS

export function paymentKind(providerId: string | null | undefined): PaymentKind | null {
  const entry = Object.entries(PAYMENT_PROVIDERS).find(([, id]) => id === providerId)
  return entry ? (entry[0] as PaymentKind) : null
}

/** Payment methods in the order shown: cash on delivery, VietQR, then VNPay and card when the region lists them. */
export function offeredPayments(providerIds: readonly string[]): PaymentKind[] {
  return (Object.keys(PAYMENT_PROVIDERS) as PaymentKind[]).filter((k) => providerIds.includes(PAYMENT_PROVIDERS[k]))
}

export type VietQrTransfer = {
  qr_payload: string
  amount: number
  reference: string
  bank_bin: string
  account_number: string
  account_name: string
  awaiting_confirmation: boolean
}

/** The VietQR transfer details of a payment's (or payment session's) data; null when incomplete. */
export function vietQrTransfer(data: Record<string, unknown> | null | undefined): VietQrTransfer | null {
  if (!data || typeof data.qr_payload !== "string" || !data.qr_payload) return null
  return {
    qr_payload: data.qr_payload,
    amount: Number(data.amount ?? 0),
    reference: String(data.reference ?? ""),
    bank_bin: String(data.bank_bin ?? ""),
    account_number: String(data.account_number ?? ""),
    account_name: String(data.account_name ?? ""),
    awaiting_confirmation: data.awaiting_confirmation !== false && !data.confirmed_at,
  }
}

/** Banks by NAPAS BIN, for the names shoppers recognise (the QR itself carries the BIN). */
const BANKS: Record<string, string> = {
  "970405": "Agribank",
  "970415": "VietinBank",
  "970418": "BIDV",
  "970436": "Vietcombank",
  "970407": "Techcombank",
  "970422": "MB Bank",
  "970416": "ACB",
  "970432": "VPBank",
  "970423": "TPBank",
  "970403": "Sacombank",
}

export function bankName(bin: string): string {
  return BANKS[bin] ?? `BIN ${bin}`
}

export type CertificateSnapshot = {
  verification_code: string
  stars: number
  decision_number: string | null
  issuer: string | null
  issued_at: string | null
  valid_until: string | null
  status: string | null
}

export type ProducerSnapshot = { name: string; tax_code: string | null; address: string | null }

/** The certificate and producer an order line was sold under (written by the backend after the order). */
export function lineSnapshot(metadata: Record<string, unknown> | null | undefined): {
  certificate: CertificateSnapshot | null
  producer: ProducerSnapshot | null
} {
  const c = metadata?.ocop_certificate as Record<string, unknown> | undefined
  const p = metadata?.ocop_producer as Record<string, unknown> | undefined
  const str = (v: unknown) => (typeof v === "string" && v ? v : null)
  const certificate =
    c && typeof c.verification_code === "string"
      ? {
          verification_code: c.verification_code,
          stars: Number(c.stars ?? 0),
          decision_number: str(c.decision_number),
          issuer: str(c.issuer),
          issued_at: str(c.issued_at),
          valid_until: str(c.valid_until),
          status: str(c.status),
        }
      : null
  const producer = p && typeof p.name === "string" ? { name: p.name, tax_code: str(p.tax_code), address: str(p.address) } : null
  return { certificate, producer }
}

/** Where a server action may send the shopper back to: only paths of this site. */
export function safeNextPath(next: unknown, fallback = "/account"): string {
  if (typeof next !== "string") return fallback
  if (!next.startsWith("/") || next.startsWith("//") || next.includes("\\")) return fallback
  return next
}

/** Message key of Medusa's order payment status (authorized = awaiting payment or confirmation). */
export function paymentStatusKey(status: string | null | undefined): "awaiting" | "paid" | "refunded" | "canceled" | "other" {
  switch (status) {
    case "not_paid":
    case "awaiting":
    case "authorized":
    case "partially_authorized":
    case "requires_action":
      return "awaiting"
    case "captured":
    case "partially_captured":
      return "paid"
    case "refunded":
    case "partially_refunded":
      return "refunded"
    case "canceled":
      return "canceled"
    default:
      return "other"
  }
}
