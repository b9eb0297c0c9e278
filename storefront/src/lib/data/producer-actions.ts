"use server"

import {
  isProducerType,
  isProvinceCode,
  isValidGtin,
  isVnMobilePhone,
  normalizeVnMobilePhone,
  productSet,
  communesOf,
  findCommune,
  communeFullName,
  passwordMessage,
} from "@ocop/domain"
import { ERROR_CODES } from "@ocop/contract"
import { getLocale, getTranslations } from "next-intl/server"
import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { errorCode } from "@/lib/backend-error"
import { getSdk } from "@/lib/config"
import { backendErrorText, parseWholeNumber, readVariants } from "@/lib/producer-portal"
import { isEmail } from "@/lib/shop"
import { backendFetch } from "./backend-fetch"
import type { FetchError } from "./producer"
import { getProducerToken, removeProducerToken, setProducerToken } from "./producer-cookies"

/**
 * Server actions of the producer portal. The producer's token never leaves the server: it is
 * read from the httpOnly cookie and sent as a bearer header to the backend's /producer/* routes.
 * Every action returns what a form shows: a message per field and one for the whole form (the
 * backend's 4xx message in the reader's language).
 */

export type PortalFormState = {
  /** Field name → text shown under the field. */
  errors?: Record<string, string>
  /** Text shown at the top of the form (role=alert). */
  message?: string
  /** What was typed, to put back into the form after a refusal. */
  values?: Record<string, string>
  /** Set (to a timestamp) when the action succeeded without leaving the page. */
  done?: number
  /** Something the action produced that the page shows once (an invite link). */
  result?: string
}

async function lang(): Promise<"vi" | "en"> {
  return (await getLocale()) === "en" ? "en" : "vi"
}

async function bearer(token?: string): Promise<Record<string, string>> {
  const t = token ?? (await getProducerToken())
  return t ? { authorization: `Bearer ${t}` } : {}
}

async function send<T>(path: string, method: "POST" | "DELETE", body?: unknown, token?: string): Promise<T> {
  return getSdk().client.fetch<T>(path, { method, body: body as never, headers: await bearer(token), cache: "no-store" })
}

/**
 * A backend refusal for a form: the message in the reader's language, placed under the field
 * it names (by the field's key in its English part) or at the top of the form.
 */
async function refusal(error: unknown, fields: readonly string[], values?: Record<string, string>): Promise<PortalFormState> {
  const e = error as FetchError
  const l = await lang()
  const t = await getTranslations("producer.errors")
  if (!e?.status || e.status >= 500) return { message: t("server"), values }
  if (e.status === 401) return { message: t("session"), values }
  const text = backendErrorText(e.message, l) || t("other")
  const raw = String(e.message ?? "")
  const field = fields.find((f) => new RegExp(`\\b${f}\\b`).test(raw))
  return field ? { errors: { [field]: text }, message: text, values } : { message: text, values }
}

function str(fd: FormData, key: string): string {
  return String(fd.get(key) ?? "").trim()
}

/**
 * A portal path of the current locale. Sign-in and profile changes refresh only the portal's pages:
 * the shop's cached product and listing pages do not depend on a producer's session.
 */
async function portalPath(path: string): Promise<string> {
  return `/${await getLocale()}/producer${path}`
}

// ---------------------------------------------------------------- session

export type ProducerAuthState = { error?: "email" | "password" | "credentials" | "exists" | "other"; message?: string; email?: string }

async function refreshToken(token: string): Promise<string> {
  const { token: fresh } = await getSdk().client.fetch<{ token: string }>("/auth/token/refresh", {
    method: "POST",
    headers: { authorization: `Bearer ${token}` },
    cache: "no-store",
  })
  return fresh
}

export async function producerLogin(_prev: ProducerAuthState, formData: FormData): Promise<ProducerAuthState> {
  const email = str(formData, "email").toLowerCase()
  const password = String(formData.get("password") ?? "")
  if (!isEmail(email)) return { error: "email", email }
  if (!password) return { error: "password", email }
  try {
    const token = await getSdk().auth.login("producer", "emailpass", { email, password })
    if (typeof token !== "string") return { error: "other", email }
    await setProducerToken(token)
  } catch (error) {
    const status = (error as FetchError)?.status
    return { error: status === 401 || status === 400 ? "credentials" : "other", email }
  }
  revalidatePath(await portalPath(""), "layout")
  redirect(await portalPath(""))
}

export async function producerRegister(_prev: ProducerAuthState, formData: FormData): Promise<ProducerAuthState> {
  const email = str(formData, "email").toLowerCase()
  const password = String(formData.get("password") ?? "")
  const invite = str(formData, "invite")
  if (!isEmail(email)) return { error: "email", email }
  // the one password rule (@ocop/domain); the backend applies it again
  const problem = passwordMessage(password, email)
  if (problem) return { error: "password", email, message: backendErrorText(problem, await lang()) || undefined }
  let token: string
  try {
    // through backendFetch, not the SDK: a taken address is told by the answer's code
    token = (await backendFetch<{ token: string }>("/auth/producer/emailpass/register", { method: "POST", body: { email, password } }))
      .token
  } catch (error) {
    const e = error as FetchError
    if (errorCode(error) === ERROR_CODES.AUTH_EMAIL_TAKEN) return { error: "exists", email }
    return { error: "other", email, message: backendErrorText(e?.message, await lang()) || undefined }
  }
  if (invite) {
    // a second member joins an existing producer: accept the invite, then take a token bound to it
    try {
      await send("/producer/invites/accept", "POST", { token: invite }, token)
      token = await refreshToken(token)
    } catch (error) {
      await setProducerToken(token)
      return { error: "other", email, message: backendErrorText((error as FetchError)?.message, await lang()) || undefined }
    }
    await setProducerToken(token)
    revalidatePath(await portalPath(""), "layout")
    redirect(await portalPath(""))
  }
  await setProducerToken(token)
  redirect(await portalPath("/onboarding"))
}

export async function producerLogout(): Promise<void> {
  await removeProducerToken()
  revalidatePath(await portalPath(""), "layout")
  redirect(await portalPath("/login"))
}

// ---------------------------------------------------------------- onboarding and profile

const PROFILE_FIELDS = [
  "name",
  "type",
  "tax_code",
  "business_registration_number",
  "province_code",
  "commune",
  "commune_code",
  "address",
  "phone",
  "email",
  "story",
  "logo_url",
] as const

/** Checks the producer profile form; the same rules the backend applies, said before the round trip. */
async function readProfile(formData: FormData) {
  const t = await getTranslations("producer.errors")
  const values = Object.fromEntries(PROFILE_FIELDS.map((k) => [k, str(formData, k)])) as Record<(typeof PROFILE_FIELDS)[number], string>
  const errors: Record<string, string> = {}
  if (values.name.length < 2) errors.name = t("name")
  if (!isProducerType(values.type)) errors.type = t("type")
  if (!values.tax_code && !values.business_registration_number) errors.tax_code = t("taxOrRegistration")
  if (values.tax_code && !/^\d{10}(-\d{3})?$/.test(values.tax_code)) errors.tax_code = t("taxCode")
  let commune: string | undefined
  if (!isProvinceCode(values.province_code)) errors.province_code = t("province")
  else if (communesOf(values.province_code)) {
    const c = findCommune(values.province_code, values.commune_code)
    if (!c) errors.commune_code = t("commune")
    else commune = communeFullName(c)
  } else commune = values.commune || undefined
  if (values.address.length < 3) errors.address = t("address")
  if (!isVnMobilePhone(values.phone)) errors.phone = t("phone")
  if (values.email && !isEmail(values.email)) errors.email = t("email")
  const body = {
    name: values.name.replace(/\s+/g, " "),
    type: values.type,
    tax_code: values.tax_code || undefined,
    business_registration_number: values.business_registration_number || undefined,
    province_code: values.province_code,
    commune,
    address: values.address,
    phone: normalizeVnMobilePhone(values.phone) ?? values.phone,
    email: values.email || undefined,
    story: values.story || undefined,
    logo_url: values.logo_url || undefined,
  }
  return { values, errors, body }
}

export async function submitOnboarding(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const { values, errors, body } = await readProfile(formData)
  if (Object.keys(errors).length) return { errors, values }
  const token = await getProducerToken()
  if (!token) redirect(await portalPath("/login"))
  try {
    await send("/producer/onboarding", "POST", body, token)
  } catch (error) {
    return refusal(error, PROFILE_FIELDS, values)
  }
  try {
    await setProducerToken(await refreshToken(token))
  } catch {
    // the profile exists; a new login binds the token to it
    await removeProducerToken()
    redirect(await portalPath("/login"))
  }
  revalidatePath(await portalPath(""), "layout")
  redirect(await portalPath(""))
}

export async function updateProfile(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const { values, errors, body } = await readProfile(formData)
  if (Object.keys(errors).length) return { errors, values }
  try {
    await send("/producer/me", "POST", body)
  } catch (error) {
    return refusal(error, PROFILE_FIELDS, values)
  }
  revalidatePath(await portalPath(""), "layout")
  return { done: Date.now(), values }
}

// ---------------------------------------------------------------- products

const PRODUCT_FIELDS = [
  "title",
  "subtitle",
  "description",
  "product_set_code",
  "thumbnail",
  "images",
  "variants",
  "sku",
  "barcode",
  "price",
] as const

export async function saveProduct(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const t = await getTranslations("producer.errors")
  const id = str(formData, "id")
  const values: Record<string, string> = {}
  for (const [k, v] of formData.entries()) if (typeof v === "string") values[k] = v
  const errors: Record<string, string> = {}
  const title = str(formData, "title")
  if (title.length < 2) errors.title = t("title")
  const setCode = Number(str(formData, "product_set_code"))
  if (!productSet(setCode)) errors.product_set_code = t("productSet")
  const images = formData.getAll("images").map(String).filter(Boolean)
  const variants = readVariants(formData.entries())
  if (!variants.length) errors.variants = t("variantsRequired")
  const skus = new Set<string>()
  variants.forEach((v, i) => {
    if (!v.title) errors[`variants.${i}.title`] = t("variantTitle")
    if (!v.sku) errors[`variants.${i}.sku`] = t("sku")
    else if (skus.has(v.sku.toUpperCase())) errors[`variants.${i}.sku`] = t("skuDuplicate")
    skus.add(v.sku.toUpperCase())
    if (v.barcode && !isValidGtin(v.barcode)) errors[`variants.${i}.barcode`] = t("gtin")
    if (v.price == null || v.price <= 0) errors[`variants.${i}.price`] = t("price")
    if (v.stock != null && v.stock < 0) errors[`variants.${i}.stock`] = t("stock")
    if (v.stock === null && values[`variants[${i}][stock]`]?.trim()) errors[`variants.${i}.stock`] = t("stock")
  })
  if (Object.keys(errors).length) return { errors, values, message: t("fix", { count: Object.keys(errors).length }) }

  const product = {
    title,
    subtitle: str(formData, "subtitle") || undefined,
    description: str(formData, "description") || undefined,
    product_set_code: setCode,
    thumbnail: images[0] || undefined,
    images,
  }
  const variantBody = (v: (typeof variants)[number]) => ({
    title: v.title,
    sku: v.sku,
    barcode: v.barcode,
    price: v.price!,
    pack_size: v.pack_size,
    ...(v.stock != null ? { stock: v.stock } : {}),
  })
  let productId = id
  try {
    if (!id) {
      const { product: created } = await send<{ product: { id: string } }>("/producer/products", "POST", {
        ...product,
        variants: variants.map(variantBody),
      })
      productId = created.id
    } else {
      await send(`/producer/products/${encodeURIComponent(id)}`, "POST", product)
      for (const v of variants) {
        if (v.id) {
          const { stock: _stock, ...rest } = variantBody(v)
          await send(`/producer/products/${encodeURIComponent(id)}/variants/${encodeURIComponent(v.id)}`, "POST", rest)
        } else {
          await send(`/producer/products/${encodeURIComponent(id)}/variants`, "POST", variantBody(v))
        }
      }
    }
  } catch (error) {
    return refusal(error, PRODUCT_FIELDS, values)
  }
  revalidatePath(await portalPath("/products"), "layout")
  redirect(await portalPath(`/products/${productId}?saved=1`))
}

export async function deleteVariant(formData: FormData): Promise<void> {
  const id = str(formData, "product_id")
  const variant = str(formData, "variant_id")
  if (id && variant) {
    try {
      await send(`/producer/products/${encodeURIComponent(id)}/variants/${encodeURIComponent(variant)}`, "DELETE")
    } catch {
      // shown as still there; the page reloads with the backend's truth
    }
  }
  revalidatePath(await portalPath(`/products/${id}`))
}

export async function deleteProduct(formData: FormData): Promise<void> {
  const id = str(formData, "product_id")
  if (id) await send(`/producer/products/${encodeURIComponent(id)}`, "DELETE")
  revalidatePath(await portalPath("/products"), "layout")
  redirect(await portalPath("/products"))
}

// ---------------------------------------------------------------- stock

/** Sets a variant's stock at one of the producer's own locations; `delta` adds to the current figure. */
export async function saveStock(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const t = await getTranslations("producer.errors")
  const variant_id = str(formData, "variant_id")
  const location_id = str(formData, "location_id")
  const current = parseWholeNumber(formData.get("current")) ?? 0
  const delta = parseWholeNumber(formData.get("delta"))
  const set = parseWholeNumber(formData.get("stocked_quantity"))
  const stocked_quantity = delta != null ? current + delta : set
  if (stocked_quantity == null || stocked_quantity < 0) return { errors: { stocked_quantity: t("stock") } }
  try {
    await send("/producer/inventory", "POST", { variant_id, location_id, stocked_quantity })
  } catch (error) {
    return refusal(error, ["stocked_quantity"])
  }
  revalidatePath(await portalPath("/stock"))
  return { done: Date.now(), values: { stocked_quantity: String(stocked_quantity) } }
}

// ---------------------------------------------------------------- certificates

const CERTIFICATE_FIELDS = [
  "product_id",
  "decision_number",
  "decision_date",
  "issuer",
  "stars",
  "score",
  "valid_until",
  "scan_url",
] as const

export async function submitCertificate(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const t = await getTranslations("producer.errors")
  const values = Object.fromEntries(CERTIFICATE_FIELDS.map((k) => [k, str(formData, k)]))
  const errors: Record<string, string> = {}
  if (!values.product_id) errors.product_id = t("product")
  if (!values.decision_number) errors.decision_number = t("decisionNumber")
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.decision_date)) errors.decision_date = t("date")
  if (!values.issuer) errors.issuer = t("issuer")
  const stars = Number(values.stars)
  if (![3, 4, 5].includes(stars)) errors.stars = t("stars")
  const score = values.score ? Number(values.score.replace(",", ".")) : undefined
  if (score !== undefined && !(score >= 0 && score <= 100)) errors.score = t("score")
  if (values.valid_until && !/^\d{4}-\d{2}-\d{2}$/.test(values.valid_until)) errors.valid_until = t("date")
  if (!values.scan_url) errors.scan_url = t("scan")
  if (Object.keys(errors).length) return { errors, values, message: t("fix", { count: Object.keys(errors).length }) }
  let id: string
  try {
    const { certificate } = await send<{ certificate: { id: string } }>("/producer/certificates", "POST", {
      product_id: values.product_id,
      decision_number: values.decision_number,
      decision_date: values.decision_date,
      issuer: values.issuer,
      stars,
      ...(score !== undefined ? { score } : {}),
      ...(values.valid_until ? { valid_until: values.valid_until } : {}),
      scan_url: values.scan_url,
    })
    id = certificate.id
  } catch (error) {
    return refusal(error, CERTIFICATE_FIELDS, values)
  }
  revalidatePath(await portalPath("/certificates"), "layout")
  redirect(await portalPath(`/certificates/${id}?submitted=1`))
}

export async function fileReevaluation(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const id = str(formData, "certificate_id")
  try {
    await send(`/producer/certificates/${encodeURIComponent(id)}/reevaluation`, "POST", {})
  } catch (error) {
    return refusal(error, [])
  }
  revalidatePath(await portalPath("/certificates"), "layout")
  return { done: Date.now() }
}

// ---------------------------------------------------------------- orders

export async function markShipped(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const t = await getTranslations("producer.errors")
  const id = str(formData, "order_id")
  const tracking_number = str(formData, "tracking_number")
  const carrier = str(formData, "carrier")
  const line_item_ids = formData.getAll("line_item_ids").map(String).filter(Boolean)
  const values = { tracking_number, carrier }
  if (tracking_number.length < 3) return { errors: { tracking_number: t("tracking") }, values }
  try {
    await send(`/producer/orders/${encodeURIComponent(id)}/fulfillments`, "POST", {
      tracking_number,
      ...(carrier ? { carrier } : {}),
      ...(line_item_ids.length ? { line_item_ids } : {}),
    })
  } catch (error) {
    return refusal(error, ["tracking_number", "carrier", "line_item_ids"], values)
  }
  revalidatePath(await portalPath("/orders"), "layout")
  return { done: Date.now() }
}

// ---------------------------------------------------------------- members

export async function inviteMember(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const t = await getTranslations("producer.errors")
  const email = str(formData, "email").toLowerCase()
  if (!isEmail(email)) return { errors: { email: t("email") }, values: { email } }
  let token: string
  try {
    const { invite } = await send<{ invite: { token: string } }>("/producer/members/invites", "POST", { email })
    token = invite.token
  } catch (error) {
    return refusal(error, ["email"], { email })
  }
  revalidatePath(await portalPath("/members"))
  return { done: Date.now(), result: token }
}
