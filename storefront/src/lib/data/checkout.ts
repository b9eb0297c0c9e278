"use server"

import type { HttpTypes } from "@medusajs/types"
import { isPickupOption, PICKUP_METHOD_DATA, type OrderAccess } from "@ocop/contract"
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
import { listShippingOptions } from "./cart"
import { authHeaders, getCartId, removeCartId } from "./cookies"
import type { BackendError } from "@/lib/backend-error"
import { backendFetch } from "./backend-fetch"
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
    ["email", "full_name", "phone", "address_1", "province_code", "commune_code", "commune_text"].map((k) => [
      k,
      String(formData.get(k) ?? ""),
    ])
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
    // the order keeps only the option's id and name: a pickup is marked on the method for the pages after
    const option = (await listShippingOptions(cartId)).find((o) => o.id === optionId)
    const data = option && isPickupOption(option) ? { ...PICKUP_METHOD_DATA } : undefined
    await getSdk().store.cart.addShippingMethod(cartId, { option_id: optionId, data }, { fields: "id" }, await authHeaders())
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
      // not the SDK's cart.complete: its FetchError drops the refusal's code, which decides a retry
      const result = await backendFetch<HttpTypes.StoreCompleteCartResponse>(`/store/carts/${encodeURIComponent(cartId)}/complete`, {
        method: "POST",
        headers,
      })
      if (result.type === "order") {
        orderId = result.order.id
        // the guest's key to this order (the backend answers the order to its owner only)
        await rememberOrderAccess(orderId, (result as { order_access?: OrderAccess }).order_access)
      } else {
        // Medusa answers 200 with the cart only for a payment the provider did not authorise: no code, not a race
        return { message: await localized(result.error), refusal: "other", at: Date.now() }
      }
    } catch (error) {
      const refusal = classifyCheckoutError(error as BackendError)
      if (refusal === "busy" && attempt === 1) continue
      return { message: await localized(error), refusal, at: Date.now() }
    }
  }
  // the header's count goes with the cart id; cached shop pages stay cached
  await removeCartId()
  redirect(`/${locale}/order/${orderId}/confirmed`)
}
