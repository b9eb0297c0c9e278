/**
 * Shapes of the point-of-sale API (backend `src/api/pos/…`, contract in
 * backend/src/api/pos/CONTRACT.md). Every fetch in `lib/data/pos.ts` returns these types.
 */
import type { CertifiedStars } from "@ocop/domain"

export type PosStaff = { id: string; email: string; name: string | null }

export type PosFair = { id: string; name: string; venue: string | null; starts_at: string; ends_at: string }

export type PosPoint = {
  id: string
  kind: "sales_point" | "booth"
  name: string
  address: string | null
  province_code?: string | null
  stock_location_id: string
  sales_channel_id: string
  /** A sales point is always open; a booth only between its fair's dates. */
  open: boolean
  fair?: PosFair | null
}

export type PosMe = { staff: PosStaff; points: PosPoint[] }

export type PosOcop = {
  stars: CertifiedStars | number
  certificate_status: string
  verification_code: string | null
  listable: boolean
}

export type PosLookupResult = {
  product: { id: string; title: string; handle: string | null; thumbnail: string | null }
  variant: { id: string; title: string | null; sku: string | null; barcode: string | null }
  /** Integer đồng, or null when the point has no price for it. */
  price: number | null
  /** null for a local non-OCOP product: never show a badge. */
  ocop: PosOcop | null
  local_non_ocop?: boolean
  sellable_as_ocop: boolean
  sellable: boolean
  /** Vietnamese reason, only when `sellable` is false ("không được bán: …"). */
  reason_vi?: string
  stock_here: number
  stock_elsewhere: { point_id: string; name: string; quantity: number }[]
  stock_at_producer: number | null
}

export type PosPayment = "cash" | "vietqr"

export type PosSaleResult = {
  order_id: string
  display_id: number | string
  total: number
  change_due?: number
  vietqr?: { payload: string; amount?: number; reference?: string }
}

export type PosReceiptLine = {
  title: string
  variant_title: string | null
  sku: string | null
  quantity: number
  unit_price: number
  total: number
  verification_code: string | null
  stars: number | null
}

export type PosReceipt = {
  order_id: string
  display_id: number | string
  created_at: string
  point: { id: string; name: string; address: string | null }
  staff: { name: string | null } | null
  lines: PosReceiptLine[]
  total: number
  payment: PosPayment
  /** "awaiting" while a VietQR transfer is not confirmed */
  payment_status?: "paid" | "awaiting"
  cash_received?: number
  change_due?: number
}

export type PosStockItem = {
  variant_id: string
  sku: string | null
  barcode: string | null
  title: string
  variant_title: string | null
  product_id: string
  /** The producer (chủ thể) the item is consigned from and returned to; null for a local product without one. */
  producer_id?: string | null
  quantity: number
  ocop: { stars: number; certificate_status: string; listable: boolean; verification_code?: string | null } | null
  local_non_ocop?: boolean
  sellable?: boolean
  reason_vi?: string
}

export type PosMovementKind = "receive" | "transfer" | "return"

export type PosMovement = {
  id: string
  kind: PosMovementKind | "sale" | string
  variant_id: string
  quantity: number
  from_location_id: string | null
  to_location_id: string | null
  producer_id: string | null
  staff_id: string | null
  point_id: string | null
  order_id: string | null
  note: string | null
  created_at: string
}

export type PosTask = {
  id: string
  kind: "pull" | "relabel"
  product_id: string
  product_title: string | null
  certificate_id: string | null
  reason: string | null
  status: "open" | "done"
  done_by: string | null
  done_at: string | null
  created_at: string
}
