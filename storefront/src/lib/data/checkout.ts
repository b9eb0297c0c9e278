"use server"

import type { HttpTypes } from "@medusajs/types"
import { getLocale } from "next-intl/server"
import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { getSdk } from "@/lib/config"
import {
  classifyCheckoutError,
  isEmail,
  localizeBackendMessage,
  PAYMENT_PROVIDERS,
  toMedusaAddress,
  type AddressErrors,
  type CheckoutRefusal,
} from "@/lib/shop"
import { authHeaders, getCartId, removeCartId } from "./cookies"
import { rememberOrderAccess } from "./order-access"

/**
 * Checkout steps as server actions, in the order the page shows them: contact and address →
 * delivery → payment → place the order. Each step writes to the Medusa cart and sends the
 * shopper to the next one; errors come back as form state for the page to announce.
 */

type FetchError = { status?: number; message?: string }

async function checkoutUrl(step: string): Promise<string> {
  return `/${await getLocale()}/checkout?step=${step}`
}

async function localized(error: unknown): Promise<string> {
  return localizeBackendMessage(String((error as FetchError)?.message ?? ""), (await getLocale()) === "en" ? "en" : "vi")
}

export type AddressState = {
  errors?: AddressErrors
  /** A backend refusal, already in the shopper's language. */
  message?: string
  values?: Record<string, string>
}

export async function saveAddress(_prev: AddressState, formData: FormData): Promise<AddressState> {
  const values = Object.fromEntries(
    ["email", "full_name", "phone", "address_1", "province_code", "commune_code", "commune_text"].map((k) => [k, String(formData.get(k) ?? "")])
  )
  const cartId = await getCartId()
  if (!cartId) redirect(`/${await getLocale()}/cart`)
  const result = toMedusaAddress({
    full_name: values.full_name,
    phone: values.phone,
    address_1: values.address_1,
    province_code: values.province_code,
    commune_code: values.commune_code,
    commune_text: values.commune_text,
  })
  const errors: AddressErrors = result.ok ? {} : { ...result.errors }
  if (!isEmail(values.email)) errors.email = "email"
  if (!result.ok || Object.keys(errors).length) return { errors, values }
  try {
    await getSdk().store.cart.update(
      cartId,
      { email: values.email.trim().toLowerCase(), shipping_address: result.address, billing_address: result.address },
      { fields: "id" },
      await authHeaders()
    )
  } catch (error) {
    return { message: await localized(error), values }
  }
  revalidatePath(`/${await getLocale()}/checkout`)
  redirect(await checkoutUrl("delivery"))
}

export type StepState = { message?: string; at?: number }

export async function setShippingMethod(_prev: StepState, formData: FormData): Promise<StepState> {
  const cartId = await getCartId()
  const optionId = String(formData.get("shipping_option_id") ?? "")
  if (!cartId) redirect(`/${await getLocale()}/cart`)
  if (!optionId) return { message: "choose", at: Date.now() }
  try {
    await getSdk().store.cart.addShippingMethod(cartId, { option_id: optionId }, { fields: "id" }, await authHeaders())
  } catch (error) {
    return { message: await localized(error), at: Date.now() }
  }
  revalidatePath(`/${await getLocale()}/checkout`)
  redirect(await checkoutUrl("payment"))
}

export async function setPaymentMethod(_prev: StepState, formData: FormData): Promise<StepState> {
  const cartId = await getCartId()
  const providerId = String(formData.get("provider_id") ?? "")
  if (!cartId) redirect(`/${await getLocale()}/cart`)
  if (!(Object.values(PAYMENT_PROVIDERS) as string[]).includes(providerId)) return { message: "choose", at: Date.now() }
  try {
    const headers = await authHeaders()
    const { cart } = await getSdk().store.cart.retrieve(cartId, { fields: "id,*payment_collection" }, headers)
    await getSdk().store.payment.initiatePaymentSession(cart as HttpTypes.StoreCart, { provider_id: providerId }, {}, headers)
  } catch (error) {
    return { message: await localized(error), at: Date.now() }
  }
  revalidatePath(`/${await getLocale()}/checkout`)
  redirect(await checkoutUrl("review"))
}

export type PlaceOrderState = { message?: string; refusal?: CheckoutRefusal; at?: number }

/**
 * Completes the cart. A lost race for the last units (409 checkout_busy) is retried once at
 * once; the second refusal, like every other (out of stock, certificate no longer valid), is
 * shown to the shopper in their language and the cart is kept.
 */
export async function placeOrder(_prev: PlaceOrderState, _formData: FormData): Promise<PlaceOrderState> {
  const cartId = await getCartId()
  const locale = await getLocale()
  if (!cartId) redirect(`/${locale}/cart`)
  const headers = await authHeaders()
  let orderId: string | null = null
  for (let attempt = 1; attempt <= 2 && !orderId; attempt++) {
    try {
      const result = await getSdk().store.cart.complete(cartId, {}, headers)
      if (result.type === "order") {
        orderId = result.order.id
        // the guest's key to this order (the backend answers the order to its owner only)
        await rememberOrderAccess(orderId, (result as { order_access?: { token: string; expires_at: string } }).order_access)
      } else {
        return { message: await localized(result.error), refusal: classifyCheckoutError(result.error), at: Date.now() }
      }
    } catch (error) {
      const refusal = classifyCheckoutError(error as FetchError)
      if (refusal === "busy" && attempt === 1) continue
      return { message: await localized(error), refusal, at: Date.now() }
    }
  }
  // the header's count goes with the cart id; cached shop pages stay cached
  await removeCartId()
  redirect(`/${locale}/order/${orderId}/confirmed`)
}
