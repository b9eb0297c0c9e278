import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { ProgrammeFigures } from "../../modules/programme/figures/types"

export type ProgrammeTarget = {
  id: string
  metric: string
  province_code: string
  period_start: string
  period_end: string
  value: number
  source: string | null
}

export type TargetBody = Omit<ProgrammeTarget, "id">

const keys = {
  dashboard: (q: Record<string, string>) => ["ocop", "programme", "dashboard", q] as const,
  targets: (province: string) => ["ocop", "programme", "targets", province] as const,
  all: ["ocop", "programme"] as const,
}

const clean = (q: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined && v !== "")) as Record<string, string>

export function useProgrammeDashboard(query: Record<string, string | undefined>) {
  const q = clean(query)
  return useQuery({
    queryKey: keys.dashboard(q),
    queryFn: () => sdk.client.fetch<ProgrammeFigures>("/admin/ocop/dashboard", { query: q }),
    placeholderData: keepPreviousData,
  })
}

export function useProgrammeTargets(province: string) {
  return useQuery({
    queryKey: keys.targets(province),
    queryFn: () =>
      sdk.client.fetch<{ targets: ProgrammeTarget[]; count: number }>("/admin/ocop/programme-targets", {
        query: clean({ province_code: province }),
      }),
  })
}

function useInvalidate() {
  const qc = useQueryClient()
  return () => qc.invalidateQueries({ queryKey: keys.all })
}

export function useSaveTarget() {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: Partial<TargetBody> }) =>
      sdk.client.fetch<{ target: ProgrammeTarget }>(id ? `/admin/ocop/programme-targets/${id}` : "/admin/ocop/programme-targets", {
        method: "POST",
        body,
      }),
    onSuccess: invalidate,
  })
}

export function useDeleteTarget() {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (id: string) => sdk.client.fetch(`/admin/ocop/programme-targets/${id}`, { method: "DELETE" }),
    onSuccess: invalidate,
  })
}

/** Downloads a report file with the admin's session cookie and saves it under the server's file name. */
export async function downloadReport(query: Record<string, string | undefined>) {
  const base = (import.meta.env.VITE_BACKEND_URL || "").replace(/\/$/, "")
  const res = await fetch(`${base}/admin/ocop/reports?${new URLSearchParams(clean(query))}`, { credentials: "include" })
  if (!res.ok) {
    const body = await res.json().catch(() => ({}))
    throw new Error(body.message ?? res.statusText)
  }
  const name = /filename="([^"]+)"/.exec(res.headers.get("content-disposition") ?? "")?.[1] ?? `bao-cao-ocop.${query.format}`
  const url = URL.createObjectURL(await res.blob())
  const a = document.createElement("a")
  a.href = url
  a.download = name
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
