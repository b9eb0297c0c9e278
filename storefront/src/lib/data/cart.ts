"use server"

import type { HttpTypes } from "@medusajs/types"
import { getLocale } from "next-intl/server"
import { revalidatePath } from "next/cache"
import { getSdk } from "@/lib/config"
import { localizeBackendMessage, type Lang } from "@/lib/shop"
import { authHeaders, getCartId, setCartCount, setCartId } from "./cookies"

/**
 * The shopper's cart (Medusa's store cart API through the JS SDK), kept by id in an httpOnly
 * cookie. Never cached: every read is the cart as it is now. Everything exported here is a
 * server action or a server-side read; nothing runs in the browser.
 */

const CART_FIELDS =
  "id,email,currency_code,region_id,customer_id,total,subtotal,item_total,item_subtotal,shipping_total,tax_total,discount_total," +
  "*items,+items.total,+items.subtotal,*items.variant,+items.variant.inventory_quantity," +
  "*shipping_address,*shipping_methods,*payment_collection,*payment_collection.payment_sessions"

type ActionError = { status?: number; message?: string }

async function lang(): Promise<Lang> {
  return (await getLocale()) === "en" ? "en" : "vi"
}

async function messageOf(error: unknown): Promise<string> {
  return localizeBackendMessage(String((error as ActionError)?.message ?? ""), await lang())
}

/** The cart in the cookie, or null (no cookie, or the backend no longer knows it / it was completed). */
export async function retrieveCart(): Promise<HttpTypes.StoreCart | null> {
  const id = await getCartId()
  if (!id) return null
  try {
    const { cart } = await getSdk().client.fetch<HttpTypes.StoreCartResponse>(`/store/carts/${id}`, {
      method: "GET",
      query: { fields: CART_FIELDS },
      headers: await authHeaders(),
      cache: "no-store",
    })
    return cart.completed_at ? null : cart
  } catch {
    return null
  }
}

/** Number of units in the cart, for the header link. */
export async function cartItemCount(): Promise<number> {
  const id = await getCartId()
  if (!id) return 0
  try {
    const { cart } = await getSdk().client.fetch<HttpTypes.StoreCartResponse>(`/store/carts/${id}`, {
      method: "GET",
      query: { fields: "id,completed_at,items.id,items.quantity" },
      headers: await authHeaders(),
      cache: "no-store",
    })
    if (cart.completed_at) return 0
    return (cart.items ?? []).reduce((n, i) => n + (i.quantity ?? 0), 0)
  } catch {
    return 0
  }
}

/** The Vietnam region (VND), the only one the shop sells in. */
export async function getRegion(): Promise<HttpTypes.StoreRegion | null> {
  const { regions } = await getSdk().client.fetch<HttpTypes.StoreRegionListResponse>("/store/regions", {
    method: "GET",
    query: { fields: "id,name,currency_code,*countries" },
    next: { revalidate: 3600, tags: ["regions"] },
  })
  return regions.find((r) => r.currency_code === "vnd") ?? regions[0] ?? null
}

async function getOrCreateCartId(): Promise<string> {
  const existing = await retrieveCart()
  if (existing) return existing.id
  const region = await getRegion()
  const { cart } = await getSdk().store.cart.create({ region_id: region?.id }, { fields: "id" }, await authHeaders())
  await setCartId(cart.id)
  return cart.id
}

/**
 * After a change to the cart: the header's count cookie (which also makes Next.js refresh the
 * current page) and the cart page. Never revalidatePath("/", "layout"): that would drop every
 * cached product and listing page for every shopper at each add to cart.
 */
async function cartChanged(): Promise<void> {
  await setCartCount(await cartItemCount())
  revalidatePath(`/${await getLocale()}/cart`)
}

export type AddToCartState = { status: "idle" | "added" | "error"; message?: string; at?: number }

/** Server action of the product page's form: variant_id, quantity. Refusals come back in the shopper's language. */
export async function addToCart(_prev: AddToCartState, formData: FormData): Promise<AddToCartState> {
  const variantId = String(formData.get("variant_id") ?? "")
  const quantity = Math.max(1, Math.min(99, Number(formData.get("quantity") ?? 1) || 1))
  if (!variantId) return { status: "error", message: "variant_id", at: Date.now() }
  try {
    const cartId = await getOrCreateCartId()
    await getSdk().store.cart.createLineItem(cartId, { variant_id: variantId, quantity }, { fields: "id" }, await authHeaders())
  } catch (error) {
    return { status: "error", message: await messageOf(error), at: Date.now() }
  } finally {
    await cartChanged()
  }
  return { status: "added", at: Date.now() }
}

export type LineActionState = { error?: string; at?: number }

/** Server action: new quantity of a line (0 removes it). */
export async function updateLineItem(_prev: LineActionState, formData: FormData): Promise<LineActionState> {
  const cartId = await getCartId()
  const lineId = String(formData.get("line_id") ?? "")
  const quantity = Number(formData.get("quantity"))
  if (!cartId || !lineId || !Number.isInteger(quantity) || quantity < 0) return { error: "invalid", at: Date.now() }
  try {
    if (quantity === 0) {
      await getSdk().store.cart.deleteLineItem(cartId, lineId, {}, await authHeaders())
    } else {
      await getSdk().store.cart.updateLineItem(cartId, lineId, { quantity }, { fields: "id" }, await authHeaders())
    }
  } catch (error) {
    return { error: await messageOf(error), at: Date.now() }
  } finally {
    await cartChanged()
  }
  return {}
}

/** Server action: removes a line. */
export async function removeLineItem(_prev: LineActionState, formData: FormData): Promise<LineActionState> {
  formData.set("quantity", "0")
  return updateLineItem(_prev, formData)
}

/** Shipping options the cart can use (standard delivery, pickup at the OCOP point of sale). */
export async function listShippingOptions(cartId: string): Promise<HttpTypes.StoreCartShippingOption[]> {
  const { shipping_options } = await getSdk().client.fetch<HttpTypes.StoreShippingOptionListResponse>("/store/shipping-options", {
    method: "GET",
    query: { cart_id: cartId },
    headers: await authHeaders(),
    cache: "no-store",
  })
  return shipping_options
}

/** Payment providers enabled in the region (COD, VietQR, and Stripe when configured). */
export async function listPaymentProviders(regionId: string): Promise<string[]> {
  const { payment_providers } = await getSdk().client.fetch<HttpTypes.StorePaymentProviderListResponse>("/store/payment-providers", {
    method: "GET",
    query: { region_id: regionId },
    next: { revalidate: 300, tags: ["payment-providers"] },
  })
  return payment_providers.map((p) => p.id)
}
