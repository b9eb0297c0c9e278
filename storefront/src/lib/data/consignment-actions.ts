"use server"

import { getLocale, getTranslations } from "next-intl/server"
import { revalidatePath } from "next/cache"
import { getSdk } from "@/lib/config"
import { backendErrorText } from "@/lib/producer-portal"
import type { FetchError } from "./producer"
import { getProducerToken } from "./producer-cookies"

export type ConsignmentDecisionState = { message?: string; done?: number }

/** The producer confirms or refuses a point's consignment request (the backend checks it is theirs). */
export async function decideConsignment(_prev: ConsignmentDecisionState, formData: FormData): Promise<ConsignmentDecisionState> {
  const id = String(formData.get("consignment_id") ?? "")
  const decision = formData.get("decision") === "refuse" ? "refuse" : "confirm"
  const reason = String(formData.get("reason") ?? "").trim()
  const token = await getProducerToken()
  try {
    await getSdk().client.fetch(`/producer/consignments/${encodeURIComponent(id)}/${decision}`, {
      method: "POST",
      body: (decision === "refuse" && reason ? { reason } : {}) as never,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      cache: "no-store",
    })
  } catch (error) {
    const e = error as FetchError
    const t = await getTranslations("producer.errors")
    if (!e?.status || e.status >= 500) return { message: t("server") }
    return { message: backendErrorText(e.message, (await getLocale()) === "en" ? "en" : "vi") || t("other") }
  }
  revalidatePath(`/${await getLocale()}/producer/consignments`)
  return { done: Date.now() }
}
