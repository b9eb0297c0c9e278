import { getSdk } from "@/lib/config"
import { jwtActorId } from "@/lib/producer-portal"
import { getProducerToken } from "./producer-cookies"

/**
 * Server-side reads of the producer portal (backend routes /producer/*, contract in
 * backend/src/api/producer/CONTRACT.md). Every call carries the producer's bearer token from the
 * httpOnly cookie; the backend scopes each answer to the caller's producer. Never cached: a
 * producer's figures are private and change with their own edits.
 */

export type FetchError = { status?: number; message?: string }

export type PortalProducer = {
  id: string
  name: string
  handle?: string
  type: string
  tax_code?: string | null
  business_registration_number?: string | null
  province_code: string
  commune?: string | null
  address?: string | null
  phone?: string | null
  email?: string | null
  story?: string | null
  logo_url?: string | null
  approval_status: "pending_approval" | "approved" | "rejected" | "suspended"
  rejection_reason?: string | null
}

export type PortalMember = { id: string; email: string; name?: string | null; role: "owner" | "member"; created_at?: string }

export type PortalVariant = {
  id: string
  title: string
  sku?: string | null
  barcode?: string | null
  price?: number | null
  pack_size?: string | null
  stock?: number | null
  metadata?: Record<string, unknown> | null
  prices?: { amount: number; currency_code: string }[]
  inventory_quantity?: number | null
}

export type PortalCertificate = {
  id: string
  product_id?: string | null
  product_title?: string | null
  status: string
  effective_status?: string
  stars?: number | null
  score?: number | null
  issuer?: string | null
  decision_number?: string | null
  issued_at?: string | null
  valid_until?: string | null
  days_to_expiry?: number | null
  in_reevaluation_window?: boolean
  verification_code?: string | null
  document_url?: string | null
  reason?: string | null
  events?: PortalCertificateEvent[]
  product?: { id: string; title: string; handle?: string } | null
}

export type PortalCertificateEvent = {
  id?: string
  from_status?: string | null
  to_status: string
  reason?: string | null
  occurred_at?: string
  created_at?: string
  actor_type?: string | null
  document_url?: string | null
}

export type PortalProduct = {
  id: string
  title: string
  subtitle?: string | null
  description?: string | null
  handle?: string
  status?: string
  thumbnail?: string | null
  images?: { id?: string; url: string }[]
  product_set_code?: number | null
  metadata?: Record<string, unknown> | null
  variants?: PortalVariant[]
  certificate?: PortalCertificate | null
  certificates?: PortalCertificate[]
  listable?: boolean
}

export type InventoryRow = {
  variant_id: string
  sku?: string | null
  product_title: string
  variant_title?: string | null
  location_id: string
  location_name?: string | null
  stocked_quantity: number
  reserved_quantity: number
  available: number
}

export type StockLocation = { id: string; name: string }

export type PortalOrderLine = {
  id: string
  title: string
  product_title?: string | null
  variant_title?: string | null
  sku?: string | null
  quantity: number
  unit_price: number
  total?: number
  fulfilled_quantity?: number
  fulfilled?: boolean
  shipped?: boolean
}

export type PortalOrder = {
  id: string
  display_id?: number
  created_at: string
  status?: string
  fulfillment_status?: string
  payment_status?: string
  email?: string | null
  customer?: { name?: string | null; city?: string | null } | null
  item_total?: number
  shipping_address?: {
    first_name?: string
    last_name?: string
    phone?: string
    address_1?: string
    city?: string
    province?: string
  } | null
  items?: PortalOrderLine[]
  /** Units in the producer's own lines (dashboard summary). */
  item_count?: number
  total?: number
  fulfillments?: { id: string; tracking_number?: string | null; carrier?: string | null; created_at?: string; line_item_ids?: string[] }[]
}

export type SalesMonth = { month: string | number; orders?: number; quantity?: number; units?: number; revenue: number }

export type Dashboard = {
  producer: PortalProducer
  certificates: PortalCertificate[]
  low_stock: InventoryRow[]
  new_orders: PortalOrder[]
  counts: Record<string, number>
}

export type PortalSession =
  | { state: "anonymous" }
  | { state: "no_producer" }
  | { state: "ready"; producer: PortalProducer; member: PortalMember }

async function bearer(): Promise<Record<string, string>> {
  const token = await getProducerToken()
  return token ? { authorization: `Bearer ${token}` } : {}
}

/** GET from /producer/*; throws the SDK's FetchError (status, message) on a 4xx/5xx. */
export async function producerGet<T>(path: string, query?: Record<string, unknown>): Promise<T> {
  return getSdk().client.fetch<T>(path, { method: "GET", query, headers: await bearer(), cache: "no-store" })
}

/** Who is logged in to the portal, and whether their producer profile exists yet. */
export async function getPortalSession(): Promise<PortalSession> {
  const token = await getProducerToken()
  if (!token) return { state: "anonymous" }
  const actor = jwtActorId(token)
  if (actor === "") return { state: "no_producer" }
  try {
    const { producer, member } = await producerGet<{ producer: PortalProducer; member: PortalMember }>("/producer/me")
    if (!producer) return { state: "no_producer" }
    return { state: "ready", producer, member }
  } catch (error) {
    const status = (error as FetchError)?.status
    if (status === 404) return { state: "no_producer" }
    return { state: "anonymous" }
  }
}

export async function getDashboard(): Promise<Dashboard> {
  return producerGet<Dashboard>("/producer/dashboard")
}

export async function listPortalProducts(q?: string, offset = 0, limit = 50) {
  return producerGet<{ products: PortalProduct[]; count: number }>("/producer/products", { q: q || undefined, offset, limit })
}

export async function getPortalProduct(id: string): Promise<PortalProduct | null> {
  try {
    const { product } = await producerGet<{ product: PortalProduct }>(`/producer/products/${encodeURIComponent(id)}`)
    return product
  } catch (error) {
    if ((error as FetchError)?.status === 404) return null
    throw error
  }
}

export async function listStockLocations(): Promise<StockLocation[]> {
  const body = await producerGet<{ stock_locations: StockLocation[] }>("/producer/stock-locations")
  return body.stock_locations ?? []
}

export async function listInventory(): Promise<InventoryRow[]> {
  const body = await producerGet<{ inventory: InventoryRow[] } | InventoryRow[]>("/producer/inventory")
  return Array.isArray(body) ? body : (body.inventory ?? [])
}

export async function listPortalCertificates(): Promise<PortalCertificate[]> {
  const body = await producerGet<{ certificates: PortalCertificate[] }>("/producer/certificates")
  return body.certificates ?? []
}

export async function getPortalCertificate(id: string): Promise<PortalCertificate | null> {
  try {
    const body = await producerGet<{ certificate: PortalCertificate; events?: PortalCertificateEvent[] }>(
      `/producer/certificates/${encodeURIComponent(id)}`
    )
    return { ...body.certificate, events: body.certificate.events ?? body.events ?? [] }
  } catch (error) {
    if ((error as FetchError)?.status === 404) return null
    throw error
  }
}

export async function listPortalOrders(): Promise<PortalOrder[]> {
  const body = await producerGet<{ orders: PortalOrder[] }>("/producer/orders", { limit: 50 })
  return body.orders ?? []
}

export async function getPortalOrder(id: string): Promise<PortalOrder | null> {
  try {
    const { order } = await producerGet<{ order: PortalOrder }>(`/producer/orders/${encodeURIComponent(id)}`)
    return order
  } catch (error) {
    if ((error as FetchError)?.status === 404) return null
    throw error
  }
}

export async function getSales(year: number): Promise<{ year: number; months: SalesMonth[] }> {
  const body = await producerGet<{ year?: number; months?: SalesMonth[]; sales?: SalesMonth[] }>("/producer/sales", { year })
  return { year: body.year ?? year, months: body.months ?? body.sales ?? [] }
}

export async function listMembers(): Promise<{
  members: PortalMember[]
  invites: { id: string; email: string; expires_at?: string; accepted_at?: string | null }[]
}> {
  const body = await producerGet<{
    members: PortalMember[]
    invites?: { id: string; email: string; expires_at?: string; accepted_at?: string | null }[]
  }>("/producer/members")
  return { members: body.members ?? [], invites: body.invites ?? [] }
}

/** Price of a variant in đồng, whichever shape the backend answers with. */
export function variantPrice(v: PortalVariant): number | null {
  if (typeof v.price === "number") return v.price
  const vnd = v.prices?.find((p) => p.currency_code?.toLowerCase() === "vnd")
  return vnd ? Number(vnd.amount) : null
}
