"use server"

import { getLocale } from "next-intl/server"
import { revalidatePath } from "next/cache"
import { localizeBackendMessage } from "@/lib/shop"
import { lookupAtPoint } from "./pos-actions"
import { posFetch, posStatus } from "./pos"

export type ConsignmentActionState = { ok?: number; message?: string; error?: "session" | "not_found" | "empty" | "refused" }

async function refused(error: unknown): Promise<ConsignmentActionState> {
  if (posStatus(error) === 401) return { error: "session" }
  const raw = String((error as { message?: unknown })?.message ?? "")
  return { error: "refused", message: raw ? localizeBackendMessage(raw, (await getLocale()) === "en" ? "en" : "vi") : undefined }
}

const consignmentsPath = (pointId: string, rest = "") => `/pos/points/${encodeURIComponent(pointId)}/consignments${rest}`

/** Asks the scanned product's producer to consign a quantity; the producer confirms in its portal. */
export async function requestConsignmentAtPoint(_prev: ConsignmentActionState, formData: FormData): Promise<ConsignmentActionState> {
  const pointId = String(formData.get("point_id") ?? "")
  const code = String(formData.get("code") ?? "").trim()
  const quantity = Number(String(formData.get("quantity") ?? "").trim())
  if (!code || !Number.isSafeInteger(quantity) || quantity < 1) return { error: "empty" }
  const found = await lookupAtPoint(pointId, code)
  if ("error" in found) return { error: found.error === "session" ? "session" : "refused", message: found.message }
  const match = found.results[0]
  if (!match) return { error: "not_found" }
  try {
    await posFetch(consignmentsPath(pointId), { method: "POST", body: { items: [{ variant_id: match.variant.id, quantity }] } })
  } catch (error) {
    return refused(error)
  }
  revalidatePath(`/${await getLocale()}/pos/${pointId}/stock`)
  return { ok: Date.now() }
}

/** Receives a confirmed consignment: exactly the confirmed quantities, once. */
export async function receiveConsignmentAtPoint(_prev: ConsignmentActionState, formData: FormData): Promise<ConsignmentActionState> {
  const pointId = String(formData.get("point_id") ?? "")
  const id = String(formData.get("consignment_id") ?? "")
  try {
    await posFetch(consignmentsPath(pointId, `/${encodeURIComponent(id)}/receive`), { method: "POST", body: {} })
  } catch (error) {
    return refused(error)
  }
  revalidatePath(`/${await getLocale()}/pos/${pointId}/stock`)
  return { ok: Date.now() }
}
