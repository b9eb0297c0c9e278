import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"

type Api = { get: Function; post: Function }

/** A sales point opened by the office through the admin API. */
export async function openSalesPoint(api: Api, adminHeaders: Record<string, string>, name: string, province_code = "42") {
  const { data } = await api.post(
    "/admin/ocop/sales-points",
    { name, location_category: "tourist_site", province_code, address: "Phường Thành Sen" },
    { headers: adminHeaders }
  )
  return { ...data.sales_point, publishable_key: data.publishable_key } as any
}

/** The token of an invitation link (…/pos/invite/<token>). */
export const inviteToken = (url: string) => url.split("/pos/invite/")[1]

/**
 * The office adds staff to a point; a new person accepts the invitation link with their own
 * password (staff already invited keep theirs). Signed in: returns the bearer headers.
 */
export async function staffOf(api: Api, adminHeaders: Record<string, string>, pointId: string, email: string, password = "mat-khau-2026") {
  const { data: added } = await api.post(
    `/admin/ocop/sales-points/${pointId}/staff`,
    { email, name: `Nhân viên ${email}` },
    { headers: adminHeaders }
  )
  if (added.invite) {
    await api.post(`/pos/invites/${inviteToken(added.invite.url)}`, { password })
  }
  const { data } = await api.post("/auth/sales_point/emailpass", { email, password })
  return { authorization: `Bearer ${data.token}` }
}

/** Sets a variant's GTIN barcode as the office would in Medusa admin. */
export async function setBarcode(api: Api, adminHeaders: Record<string, string>, productId: string, variantId: string, barcode: string) {
  await api.post(`/admin/products/${productId}/variants/${variantId}`, { barcode }, { headers: adminHeaders })
}

/** Stock level of a variant at a location (stocked − reserved), 0 when none. */
export async function stockOf(container: MedusaContainer, variantId: string, locationId: string): Promise<number> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "variant",
    fields: ["inventory_items.inventory.location_levels.*"],
    filters: { id: variantId },
  })
  const levels = (data[0] as any)?.inventory_items?.[0]?.inventory?.location_levels ?? []
  const level = levels.find((l: any) => l.location_id === locationId)
  return level ? Number(level.stocked_quantity) - Number(level.reserved_quantity) : 0
}

/** Puts stock of a variant at a location directly (test set-up for places the POS does not fill, e.g. a producer's store). */
export async function putStock(container: MedusaContainer, variantId: string, locationId: string, quantity: number) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "variant", fields: ["inventory_items.inventory_item_id"], filters: { id: variantId } })
  const itemId = (data[0] as any).inventory_items[0].inventory_item_id
  const inventory = container.resolve(Modules.INVENTORY)
  const [level] = await inventory.listInventoryLevels({ inventory_item_id: itemId, location_id: locationId })
  if (level) {
    await inventory.updateInventoryLevels([{ inventory_item_id: itemId, location_id: locationId, stocked_quantity: quantity }])
  } else {
    await inventory.createInventoryLevels([{ inventory_item_id: itemId, location_id: locationId, stocked_quantity: quantity }])
  }
}

/** A product with one inventory-managed variant (optionally certified) created as the office would. */
export async function stockedProduct(
  api: Api,
  adminHeaders: Record<string, string>,
  title: string,
  opts: { stars?: number; price?: number; metadata?: Record<string, unknown>; sku?: string } = {}
) {
  const { data } = await api.post(
    "/admin/products",
    {
      title,
      status: "draft",
      metadata: opts.metadata,
      options: [{ title: "Quy cách", values: ["Hộp"] }],
      variants: [
        {
          title: "Hộp",
          sku: opts.sku,
          options: { "Quy cách": "Hộp" },
          manage_inventory: true,
          prices: [{ amount: opts.price ?? 50000, currency_code: "vnd" }],
        },
      ],
    },
    { headers: adminHeaders }
  )
  let certificate: any = null
  if (opts.stars) {
    const issued = new Date(Date.now() - 400 * 86400000).toISOString().slice(0, 10)
    const { data: c } = await api.post(
      "/admin/ocop/certificates",
      {
        product_id: data.product.id,
        decision_number: "99/QĐ-UBND",
        issuer: "UBND tỉnh Hà Tĩnh",
        stars: opts.stars,
        product_set: 9,
        issued_at: issued,
      },
      { headers: adminHeaders }
    )
    certificate = c.certificate
  }
  return { product: data.product, variantId: data.product.variants[0].id as string, certificate }
}

/** Waits for an asynchronous effect (subscribers run on the event bus). */
export async function eventually<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 15000): Promise<T> {
  const start = Date.now()
  let value = await read()
  while (!ok(value) && Date.now() - start < timeoutMs) {
    await new Promise((r) => setTimeout(r, 300))
    value = await read()
  }
  return value
}
