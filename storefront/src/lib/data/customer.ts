"use server"

import type { HttpTypes } from "@medusajs/types"
import { ERROR_CODES } from "@ocop/contract"
import { passwordMessage } from "@ocop/domain"
import { getLocale } from "next-intl/server"
import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { errorCode } from "@/lib/backend-error"
import { getSdk } from "@/lib/config"
import { isEmail, localizeBackendMessage, safeNextPath, toMedusaAddress, type AddressErrors } from "@/lib/shop"
import { backendFetch } from "./backend-fetch"
import { authHeaders, getAuthToken, getCartId, removeAuthToken, removeCartId, setAuthToken } from "./cookies"

/**
 * Customer accounts with Medusa's emailpass provider: register, log in, log out, address book.
 * The JWT is kept in an httpOnly cookie; the SDK on the server stores no token of its own, so
 * every call passes the shopper's header explicitly.
 */

type FetchError = { status?: number; message?: string }

/** The logged-in customer, or null for a guest or an expired session. */
export async function retrieveCustomer(): Promise<HttpTypes.StoreCustomer | null> {
  if (!(await getAuthToken())) return null
  try {
    const { customer } = await getSdk().client.fetch<HttpTypes.StoreCustomerResponse>("/store/customers/me", {
      method: "GET",
      query: { fields: "id,email,first_name,last_name,phone,*addresses" },
      headers: await authHeaders(),
      cache: "no-store",
    })
    return customer
  } catch {
    return null
  }
}

/** A guest's cart becomes the customer's when they log in or register. */
async function transferCart(): Promise<void> {
  const cartId = await getCartId()
  if (!cartId) return
  try {
    await getSdk().store.cart.transferCart(cartId, { fields: "id" }, await authHeaders())
  } catch {
    // a cart that belongs to someone else or no longer exists: start a new one later
    await removeCartId()
  }
}

/**
 * The account pages after a sign-in, sign-out or address change. Not revalidatePath("/", "layout"):
 * that would drop every cached product and listing page for every shopper; the header's cart
 * count follows the cart cookie (removeCartId).
 */
async function refreshAccountPages(): Promise<void> {
  revalidatePath(`/${await getLocale()}/account`, "layout")
}

export type AuthState = { error?: "email" | "password" | "name" | "credentials" | "exists" | "other"; message?: string; email?: string }

async function afterLogin(next: FormDataEntryValue | null): Promise<never> {
  await transferCart()
  await refreshAccountPages()
  redirect(`/${await getLocale()}${safeNextPath(next, "/account")}`)
}

export async function login(_prev: AuthState, formData: FormData): Promise<AuthState> {
  const email = String(formData.get("email") ?? "")
    .trim()
    .toLowerCase()
  const password = String(formData.get("password") ?? "")
  if (!isEmail(email)) return { error: "email", email }
  if (!password) return { error: "password", email }
  try {
    const token = await getSdk().auth.login("customer", "emailpass", { email, password })
    if (typeof token !== "string") return { error: "other", email }
    await setAuthToken(token)
  } catch (error) {
    const status = (error as FetchError)?.status
    return { error: status === 401 || status === 400 ? "credentials" : "other", email }
  }
  return afterLogin(formData.get("next"))
}

export async function register(_prev: AuthState, formData: FormData): Promise<AuthState> {
  const email = String(formData.get("email") ?? "")
    .trim()
    .toLowerCase()
  const password = String(formData.get("password") ?? "")
  const fullName = String(formData.get("full_name") ?? "")
    .trim()
    .replace(/\s+/g, " ")
  if (fullName.length < 2) return { error: "name", email }
  if (!isEmail(email)) return { error: "email", email }
  // the one password rule (@ocop/domain); the backend applies it again
  const weak = passwordMessage(password, email)
  if (weak) return { error: "other", email, message: localizeBackendMessage(weak, (await getLocale()) === "en" ? "en" : "vi") }
  try {
    // through backendFetch, not the SDK: a taken address is told by the answer's code
    const { token: registration } = await backendFetch<{ token: string }>("/auth/customer/emailpass/register", {
      method: "POST",
      body: { email, password },
    })
    await getSdk().store.customer.create({ email, first_name: fullName, last_name: "" }, {}, { authorization: `Bearer ${registration}` })
    const token = await getSdk().auth.login("customer", "emailpass", { email, password })
    if (typeof token !== "string") return { error: "other", email }
    await setAuthToken(token)
  } catch (error) {
    const e = error as FetchError
    if (errorCode(error) === ERROR_CODES.AUTH_EMAIL_TAKEN) return { error: "exists", email }
    return {
      error: "other",
      email,
      message: localizeBackendMessage(String(e?.message ?? ""), (await getLocale()) === "en" ? "en" : "vi"),
    }
  }
  return afterLogin(formData.get("next"))
}

export async function logout(): Promise<void> {
  await removeAuthToken()
  // the cart now belongs to the customer's account: a guest starts a new one
  await removeCartId()
  await refreshAccountPages()
  redirect(`/${await getLocale()}/account`)
}

export type AddressBookState = { errors?: AddressErrors; message?: string; saved?: number; values?: Record<string, string> }

export async function addCustomerAddress(_prev: AddressBookState, formData: FormData): Promise<AddressBookState> {
  const values = Object.fromEntries(
    ["full_name", "phone", "address_1", "province_code", "commune_code", "commune_text"].map((k) => [k, String(formData.get(k) ?? "")])
  )
  const result = toMedusaAddress({
    full_name: values.full_name,
    phone: values.phone,
    address_1: values.address_1,
    province_code: values.province_code,
    commune_code: values.commune_code,
    commune_text: values.commune_text,
  })
  if (!result.ok) return { errors: result.errors, values }
  try {
    await getSdk().store.customer.createAddress(result.address, { fields: "id" }, await authHeaders())
  } catch (error) {
    return {
      message: localizeBackendMessage(String((error as FetchError)?.message ?? ""), (await getLocale()) === "en" ? "en" : "vi"),
      values,
    }
  }
  await refreshAccountPages()
  return { saved: Date.now() }
}

export async function deleteCustomerAddress(formData: FormData): Promise<void> {
  const id = String(formData.get("address_id") ?? "")
  if (id) await getSdk().store.customer.deleteAddress(id, await authHeaders())
  await refreshAccountPages()
}
