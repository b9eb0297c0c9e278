"use server"

import { isPasswordProblemCode } from "@ocop/contract"
import { passwordMessage } from "@ocop/domain"
import QRCode from "qrcode"
import { getLocale } from "next-intl/server"
import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { errorCode } from "@/lib/backend-error"
import { getSdk } from "@/lib/config"
import { lookupPlan } from "@/lib/pos"
import { isEmail, localizeBackendMessage, safeNextPath } from "@/lib/shop"
import type { PosLookupResult, PosMovementKind, PosPayment, PosSaleResult, PosTask } from "@/types/pos"
import { removePosToken, setPosToken } from "./pos-cookies"
import { backendFetch } from "./backend-fetch"
import { posFetch, posStatus } from "./pos"

/**
 * Point-of-sale server actions: staff login and logout, lookup at the counter, selling, stock
 * movements and tasks. The staff token never leaves the server; errors come back as a stable
 * code plus the backend's message in the page's language.
 */

type Lang = "vi" | "en"

async function lang(): Promise<Lang> {
  return (await getLocale()) === "en" ? "en" : "vi"
}

export type PosActionError = { error: "session" | "not_found" | "invalid" | "other"; code?: string; message?: string }

async function toActionError(error: unknown): Promise<PosActionError> {
  const status = posStatus(error)
  const raw = String((error as { message?: unknown })?.message ?? "")
  const code = (error as { code?: unknown })?.code
  const message = raw ? localizeBackendMessage(raw, await lang()) : undefined
  if (status === 401) return { error: "session" }
  if (status === 404) return { error: "not_found", message }
  if (status === 400) return { error: "invalid", code: typeof code === "string" ? code : undefined, message }
  return { error: "other", message }
}

function pointPath(pointId: string, rest = ""): string {
  return `/pos/points/${encodeURIComponent(pointId)}${rest}`
}

// ---------------------------------------------------------------- session

export type PosLoginState = { error?: "email" | "password" | "credentials" | "locked" | "other"; email?: string; message?: string }

export async function posLogin(_prev: PosLoginState, formData: FormData): Promise<PosLoginState> {
  const email = String(formData.get("email") ?? "")
    .trim()
    .toLowerCase()
  const password = String(formData.get("password") ?? "")
  if (!isEmail(email)) return { error: "email", email }
  if (!password) return { error: "password", email }
  try {
    const token = await getSdk().auth.login("sales_point", "emailpass", { email, password })
    if (typeof token !== "string") return { error: "other", email }
    await setPosToken(token)
  } catch (error) {
    const status = posStatus(error)
    if (status === 429) {
      // "Quá nhiều lần đăng nhập sai. Vui lòng thử lại sau N phút." in the page's language
      const raw = String((error as { message?: unknown })?.message ?? "")
      return { error: "locked", email, message: raw ? localizeBackendMessage(raw, await lang()) : undefined }
    }
    return { error: status === 401 || status === 400 ? "credentials" : "other", email }
  }
  const next = formData.get("next")
  const target = typeof next === "string" && next.startsWith("/pos") ? safeNextPath(next, "/pos") : "/pos"
  redirect(`/${await getLocale()}${target}`)
}

export type PosInviteState = { error?: "password" | "mismatch" | "invalid" | "taken" | "other"; message?: string }

/**
 * The invited staff member sets their password (the rule in @ocop/domain, checked again by the
 * backend), the link is used up, and they are signed in at the counter.
 */
export async function posAcceptInvite(token: string, email: string, _prev: PosInviteState, formData: FormData): Promise<PosInviteState> {
  const password = String(formData.get("password") ?? "")
  const confirm = String(formData.get("confirm") ?? "")
  const problem = passwordMessage(password, email)
  if (problem) return { error: "password", message: localizeBackendMessage(problem, await lang()) }
  if (password !== confirm) return { error: "mismatch" }
  try {
    await backendFetch(`/pos/invites/${encodeURIComponent(token)}`, { method: "POST", body: { password } })
    const session = await getSdk().auth.login("sales_point", "emailpass", { email, password })
    if (typeof session !== "string") return { error: "other" }
    await setPosToken(session)
  } catch (error) {
    const status = posStatus(error)
    const raw = String((error as { message?: unknown })?.message ?? "")
    const message = raw ? localizeBackendMessage(raw, await lang()) : undefined
    if (status === 409) return { error: "taken", message }
    // a refused password (the domain's password.* codes) or a dead link (pos.invite_invalid)
    if (status === 400) return { error: isPasswordProblemCode(errorCode(error)) ? "password" : "invalid", message }
    return { error: "other" }
  }
  redirect(`/${await getLocale()}/pos`)
}

export async function posLogout(): Promise<void> {
  await removePosToken()
  redirect(`/${await getLocale()}/pos/login`)
}

// ---------------------------------------------------------------- counter

export type LookupResponse = { results: PosLookupResult[]; query: string } | (PosActionError & { query: string })

/** Exact code first (GTIN, SKU, certificate code or QR text), then text search, as `lookupPlan` says. */
export async function lookupAtPoint(pointId: string, input: string): Promise<LookupResponse> {
  const query = input.trim()
  const attempts = lookupPlan(query)
  if (attempts.length === 0) return { results: [], query }
  try {
    let results: PosLookupResult[] = []
    for (const attempt of attempts) {
      ;({ results } = await posFetch<{ results: PosLookupResult[] }>(pointPath(pointId, "/lookup"), { query: attempt }))
      if (results.length > 0) break
    }
    return { results, query }
  } catch (error) {
    return { ...(await toActionError(error)), query }
  }
}

export type SaleInput = { items: { variant_id: string; quantity: number }[]; payment: PosPayment; cash_received?: number }
export type SaleResponse = { sale: PosSaleResult; qr?: string } | PosActionError

export async function sellAtPoint(pointId: string, input: SaleInput): Promise<SaleResponse> {
  const items = input.items
    .filter((i) => typeof i.variant_id === "string" && Number.isSafeInteger(i.quantity) && i.quantity > 0)
    .map((i) => ({ variant_id: i.variant_id, quantity: i.quantity }))
  if (items.length === 0) return { error: "invalid" }
  const body: Record<string, unknown> = { items, payment: input.payment === "vietqr" ? "vietqr" : "cash" }
  if (body.payment === "cash" && Number.isSafeInteger(input.cash_received)) body.cash_received = input.cash_received
  try {
    const sale = await posFetch<PosSaleResult>(pointPath(pointId, "/sales"), { method: "POST", body })
    let qr: string | undefined
    if (sale.vietqr?.payload) {
      const svg = await QRCode.toString(sale.vietqr.payload, { type: "svg", margin: 2, errorCorrectionLevel: "M" })
      qr = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
    }
    return { sale, qr }
  } catch (error) {
    return toActionError(error)
  }
}

export type ConfirmTransferResponse = { paid: true } | PosActionError

/** The staff member saw the VietQR transfer arrive: the sale becomes paid (once; VietQR sales only). */
export async function confirmTransfer(pointId: string, orderId: string): Promise<ConfirmTransferResponse> {
  try {
    await posFetch(pointPath(pointId, `/sales/${encodeURIComponent(orderId)}/payment`), { method: "POST" })
  } catch (error) {
    return toActionError(error)
  }
  revalidatePath(`/${await getLocale()}/pos/${pointId}/receipts/${orderId}`)
  return { paid: true }
}

// ---------------------------------------------------------------- stock

export type MovementState = { ok?: number; error?: PosActionError["error"] | "empty" | "destination" | "producer"; message?: string }

/**
 * Stock movements from the stock page's form: `qty:<variant_id>` fields for what is here (with
 * `producer:<variant_id>`, the item's producer), plus an optional `code` + `code_qty` for an item
 * received that is not stocked here yet. Receipts and returns go per producer (one recorded
 * movement each, as the backend asks); a transfer goes in one.
 */
export async function recordMovement(_prev: MovementState, formData: FormData): Promise<MovementState> {
  const pointId = String(formData.get("point_id") ?? "")
  const kind = String(formData.get("kind") ?? "") as PosMovementKind
  if (!["receive", "transfer", "return"].includes(kind)) return { error: "invalid" }
  const items: { variant_id: string; quantity: number; producer_id: string | null }[] = []
  for (const [key, value] of formData.entries()) {
    if (!key.startsWith("qty:")) continue
    const quantity = Number(String(value).trim() || 0)
    const variantId = key.slice(4)
    const producer = String(formData.get(`producer:${variantId}`) ?? "").trim() || null
    if (Number.isSafeInteger(quantity) && quantity > 0) items.push({ variant_id: variantId, quantity, producer_id: producer })
  }
  const code = String(formData.get("code") ?? "").trim()
  const codeQty = Number(String(formData.get("code_qty") ?? "").trim() || 0)
  if (code && Number.isSafeInteger(codeQty) && codeQty > 0) {
    const found = await lookupAtPoint(pointId, code)
    if ("error" in found) return { error: found.error, message: found.message }
    const match = found.results[0]
    if (!match) return { error: "not_found" }
    items.push({ variant_id: match.variant.id, quantity: codeQty, producer_id: null })
  }
  if (items.length === 0) return { error: "empty" }
  const note = String(formData.get("note") ?? "").trim()
  const toPoint = String(formData.get("to_point_id") ?? "")
  if (kind === "transfer" && (!toPoint || toPoint === pointId)) return { error: "destination" }
  if (kind === "return" && items.some((i) => !i.producer_id)) return { error: "producer" }

  // one request per producer for receipts and returns; a transfer is one request
  const groups = new Map<string, { variant_id: string; quantity: number }[]>()
  for (const item of items) {
    const key = kind === "transfer" ? "" : (item.producer_id ?? "")
    groups.set(key, [...(groups.get(key) ?? []), { variant_id: item.variant_id, quantity: item.quantity }])
  }
  try {
    for (const [producer, groupItems] of groups) {
      const body: Record<string, unknown> = { kind, items: groupItems }
      if (kind === "transfer") body.to_point_id = toPoint
      if (producer) body.producer_id = producer
      if (note) body.note = note
      await posFetch(pointPath(pointId, "/stock-movements"), { method: "POST", body })
    }
  } catch (error) {
    revalidatePath(`/${await getLocale()}/pos/${pointId}/stock`)
    return toActionError(error)
  }
  revalidatePath(`/${await getLocale()}/pos/${pointId}/stock`)
  return { ok: Date.now() }
}

// ---------------------------------------------------------------- tasks

export async function markTaskDone(formData: FormData): Promise<void> {
  const pointId = String(formData.get("point_id") ?? "")
  const taskId = String(formData.get("task_id") ?? "")
  if (!pointId || !taskId) return
  try {
    await posFetch<{ task: PosTask }>(pointPath(pointId, `/tasks/${encodeURIComponent(taskId)}/done`), { method: "POST" })
  } catch (error) {
    if (posStatus(error) === 401) redirect(`/${await getLocale()}/pos/login`)
    throw error
  }
  revalidatePath(`/${await getLocale()}/pos/${pointId}/tasks`)
}
