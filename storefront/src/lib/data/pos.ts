import { getLocale } from "next-intl/server"
import { cache } from "react"
import { notFound, redirect } from "next/navigation"
import { getSdk } from "@/lib/config"
import type { PosMe, PosMovement, PosPoint, PosReceipt, PosStockItem, PosTask } from "@/types/pos"
import { getPosToken, posHeaders } from "./pos-cookies"

/**
 * Server-side reads of the point-of-sale API (`/pos/*`, staff token from the httpOnly cookie).
 * The backend scopes every route to the caller's points: another point answers 404.
 */

type FetchError = { status?: number; message?: string }

export function posStatus(error: unknown): number | undefined {
  return (error as FetchError)?.status
}

export async function posFetch<T>(
  path: string,
  init: { method?: "GET" | "POST"; query?: Record<string, unknown>; body?: unknown } = {}
): Promise<T> {
  return getSdk().client.fetch<T>(path, {
    method: init.method ?? "GET",
    query: init.query,
    body: init.body as never,
    headers: await posHeaders(),
    cache: "no-store",
  })
}

/** The staff member and their points, or null without a (valid) session. */
export const getPosMe = cache(async function getPosMe(): Promise<PosMe | null> {
  if (!(await getPosToken())) return null
  try {
    return await posFetch<PosMe>("/pos/me")
  } catch (error) {
    if (posStatus(error) === 401 || posStatus(error) === 403) return null
    throw error
  }
})

export type PosInvite = {
  email: string
  name: string
  expires_at: string
  points: { id: string; name: string; kind: "sales_point" | "booth" }[]
}

/** Who an invitation link invites (public, no session); null when the link is invalid, used or expired. */
export async function getPosInvite(token: string): Promise<PosInvite | null> {
  try {
    const { invite } = await getSdk().client.fetch<{ invite: PosInvite }>(`/pos/invites/${encodeURIComponent(token)}`, {
      cache: "no-store",
    })
    return invite
  } catch (error) {
    if (posStatus(error) === 400 || posStatus(error) === 404) return null
    throw error
  }
}

async function loginPath(next?: string): Promise<string> {
  const locale = await getLocale()
  return `/${locale}/pos/login${next ? `?next=${encodeURIComponent(next)}` : ""}`
}

/** The session's staff and the point of the URL; sends a visitor to the login, an unknown point to 404. */
export async function requirePoint(pointId: string): Promise<{ me: PosMe; point: PosPoint }> {
  const me = await getPosMe()
  if (!me) redirect(await loginPath(`/pos/${pointId}`))
  const point = me.points.find((p) => p.id === pointId)
  if (!point) notFound()
  return { me, point }
}

/** Any read of a point: 401 → login, 404 → not found. */
async function pointRead<T>(pointId: string, path: string, query?: Record<string, unknown>): Promise<T> {
  try {
    return await posFetch<T>(`/pos/points/${encodeURIComponent(pointId)}${path}`, { query })
  } catch (error) {
    if (posStatus(error) === 401) redirect(await loginPath(`/pos/${pointId}`))
    if (posStatus(error) === 404) notFound()
    throw error
  }
}

export async function getReceipt(pointId: string, orderId: string): Promise<PosReceipt> {
  const { receipt } = await pointRead<{ receipt: PosReceipt }>(pointId, `/sales/${encodeURIComponent(orderId)}/receipt`)
  return receipt
}

export async function listStock(pointId: string): Promise<PosStockItem[]> {
  const { items } = await pointRead<{ items: PosStockItem[] }>(pointId, "/stock")
  return items
}

export async function listMovements(pointId: string, limit = 50): Promise<{ movements: PosMovement[]; count: number }> {
  const data = await pointRead<{ movements: PosMovement[]; count?: number }>(pointId, "/stock-movements", { limit, offset: 0 })
  return { movements: data.movements, count: data.count ?? data.movements.length }
}

export async function listTasks(pointId: string, status: "open" | "done"): Promise<PosTask[]> {
  const { tasks } = await pointRead<{ tasks: PosTask[] }>(pointId, "/tasks", { status })
  return tasks
}
