import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

/** A scope as the backend states it: kind, province and its label ("Văn phòng OCOP tỉnh Hà Tĩnh" / "Toàn quốc"). */
export type OfficeScopeView = { kind: "national" | "province"; province_code?: string | null; label: string }

export type OfficeUser = { id: string; email: string; first_name: string | null; last_name: string | null; scope: OfficeScopeView | null }

const keys = { me: ["ocop", "office-scope", "me"] as const, users: ["ocop", "office-scope", "users"] as const }

/** The signed-in officer's own scope (null when none is assigned). */
export function useMyOfficeScope() {
  return useQuery({
    queryKey: keys.me,
    queryFn: () => sdk.client.fetch<{ user_id: string; scope: OfficeScopeView | null }>("/admin/ocop/office-scopes/me"),
    staleTime: 60_000,
  })
}

/** Every office user with their scope (national accounts only; the backend refuses others). */
export function useOfficeUsers(enabled: boolean) {
  return useQuery({
    queryKey: keys.users,
    queryFn: () => sdk.client.fetch<{ users: OfficeUser[] }>("/admin/ocop/office-scopes"),
    enabled,
  })
}

export function useAssignOfficeScope() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: { user_id: string; scope: "national" | "province"; province_code?: string | null }) =>
      sdk.client.fetch("/admin/ocop/office-scopes", { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["ocop", "office-scope"] }),
  })
}
