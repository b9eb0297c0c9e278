import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type {
  CreateBoothBody,
  CreateFairBody,
  CreateSalesPointBody,
  CreateSalesPointResponse,
  CreateStaffBody,
  CreateStaffResponse,
  Fair,
  FairReturnsResponse,
  PublishableKey,
  RetailStaff,
  SalesPoint,
  SalesPointDetail,
} from "../lib/types"

export const retailKeys = {
  all: ["ocop", "retail"] as const,
  points: ["ocop", "retail", "sales-points"] as const,
  point: (id: string) => ["ocop", "retail", "sales-points", id] as const,
  keys: ["ocop", "retail", "publishable-keys"] as const,
  fairs: ["ocop", "retail", "fairs"] as const,
  returns: (fairId: string) => ["ocop", "retail", "fairs", fairId, "returns"] as const,
  producers: (productIds: string[]) => ["ocop", "retail", "producers", productIds] as const,
}

export function useSalesPoints() {
  return useQuery({
    queryKey: retailKeys.points,
    queryFn: () => sdk.client.fetch<{ sales_points: SalesPoint[]; count: number }>("/admin/ocop/sales-points"),
  })
}

/** One point with its staff (only the single-point route lists them). */
export function useSalesPoint(id: string, enabled = true) {
  return useQuery({
    queryKey: retailKeys.point(id),
    queryFn: () => sdk.client.fetch<{ sales_point: SalesPointDetail }>(`/admin/ocop/sales-points/${id}`),
    enabled,
  })
}

/**
 * Publishable keys by sales channel id, from Medusa's own API keys route: each point's key is the
 * one linked to its sales channel (external POS software reads the point's catalogue with it).
 */
export function usePublishableKeysByChannel() {
  return useQuery({
    queryKey: retailKeys.keys,
    queryFn: () => sdk.client.fetch<{ api_keys: PublishableKey[] }>("/admin/api-keys", { query: { type: "publishable", limit: 1000 } }),
    select: (data) => {
      const byChannel = new Map<string, PublishableKey>()
      for (const key of data.api_keys) {
        if (key.revoked_at) continue
        for (const channel of key.sales_channels ?? []) {
          if (!byChannel.has(channel.id)) byChannel.set(channel.id, key)
        }
      }
      return byChannel
    },
  })
}

export function useFairs() {
  return useQuery({
    queryKey: retailKeys.fairs,
    queryFn: () => sdk.client.fetch<{ fairs: Fair[]; count: number }>("/admin/ocop/fairs"),
  })
}

export function useFairReturns(fairId: string, enabled: boolean) {
  return useQuery({
    queryKey: retailKeys.returns(fairId),
    queryFn: () => sdk.client.fetch<FairReturnsResponse>(`/admin/ocop/fairs/${fairId}/returns`),
    enabled,
  })
}

/** Producer names of the given products (Medusa's product list through the product↔producer link). */
export function useProducerNames(productIds: string[]) {
  const ids = [...new Set(productIds)].sort()
  return useQuery({
    queryKey: retailKeys.producers(ids),
    queryFn: () =>
      sdk.client.fetch<{ products: { id: string; producer?: { id: string; name: string } | null }[] }>("/admin/products", {
        query: { id: ids, fields: "id,producer.id,producer.name", limit: ids.length },
      }),
    enabled: ids.length > 0,
    select: (data) => new Map(data.products.map((p) => [p.id, p.producer?.name ?? null])),
  })
}

function useInvalidateRetail() {
  const qc = useQueryClient()
  return () => qc.invalidateQueries({ queryKey: retailKeys.all })
}

export function useCreateSalesPoint() {
  const invalidate = useInvalidateRetail()
  return useMutation({
    mutationFn: (body: CreateSalesPointBody) =>
      sdk.client.fetch<CreateSalesPointResponse>("/admin/ocop/sales-points", { method: "POST", body }),
    onSuccess: invalidate,
  })
}

/** Adds staff to a point of sale or a booth (the route takes either id). */
export function useAddStaff(pointId: string) {
  const invalidate = useInvalidateRetail()
  return useMutation({
    mutationFn: (body: CreateStaffBody) =>
      sdk.client.fetch<CreateStaffResponse>(`/admin/ocop/sales-points/${pointId}/staff`, {
        method: "POST",
        body,
      }),
    onSuccess: invalidate,
  })
}

/** Disables a staff member (ending their sessions at once) or enables them again. */
export function useSetStaffDisabled(pointId: string) {
  const invalidate = useInvalidateRetail()
  return useMutation({
    mutationFn: ({ staffId, disabled }: { staffId: string; disabled: boolean }) =>
      sdk.client.fetch<{ staff: RetailStaff }>(`/admin/ocop/sales-points/${pointId}/staff/${staffId}`, {
        method: "POST",
        body: { disabled },
      }),
    onSuccess: invalidate,
  })
}

/** Removes a staff member from this point (from their last point, their login goes too). */
export function useRemoveStaff(pointId: string) {
  const invalidate = useInvalidateRetail()
  return useMutation({
    mutationFn: (staffId: string) =>
      sdk.client.fetch<{ deleted: boolean }>(`/admin/ocop/sales-points/${pointId}/staff/${staffId}`, { method: "DELETE" }),
    onSuccess: invalidate,
  })
}

export function useCreateFair() {
  const invalidate = useInvalidateRetail()
  return useMutation({
    mutationFn: (body: CreateFairBody) => sdk.client.fetch<{ fair: Fair }>("/admin/ocop/fairs", { method: "POST", body }),
    onSuccess: invalidate,
  })
}

export function useAddBooth(fairId: string) {
  const invalidate = useInvalidateRetail()
  return useMutation({
    mutationFn: (body: CreateBoothBody) =>
      sdk.client.fetch<{ booth: unknown }>(`/admin/ocop/fairs/${fairId}/booths`, { method: "POST", body }),
    onSuccess: invalidate,
  })
}
