import { backendFetch } from "./backend-fetch"

export type VnpayReturn = { paid: boolean; outcome: string; amount: number | null; cart_id: string | null }

/**
 * VNPay's signed result, as VNPay appended it to the return URL, checked by the backend (signature,
 * amount, the order it pays); null when it cannot be read (tampered or not from VNPay).
 */
export async function readVnpayReturn(params: Record<string, string | string[] | undefined>): Promise<VnpayReturn | null> {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (key.startsWith("vnp_") && typeof value === "string") query.append(key, value)
  }
  if (!query.has("vnp_SecureHash")) return null
  try {
    return await backendFetch<VnpayReturn>(`/hooks/ocop/vnpay/return?${query.toString()}`)
  } catch {
    return null
  }
}
