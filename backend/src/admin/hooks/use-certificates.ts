import { useMutation, useQuery, useQueryClient, keepPreviousData } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { CertificateListResponse, ProductCertificatesResponse, RecordCertificateBody, TransitionBody } from "../lib/types"

export const ocopKeys = {
  all: ["ocop"] as const,
  product: (id: string) => ["ocop", "product", id] as const,
  list: (query: Record<string, string | number | undefined>) => ["ocop", "certificates", query] as const,
}

export function useProductCertificates(productId: string) {
  return useQuery({
    queryKey: ocopKeys.product(productId),
    queryFn: () => sdk.client.fetch<ProductCertificatesResponse>(`/admin/ocop/products/${productId}/certificates`),
  })
}

export function useCertificateList(query: Record<string, string | number | undefined>) {
  const clean = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== ""))
  return useQuery({
    queryKey: ocopKeys.list(clean),
    queryFn: () => sdk.client.fetch<CertificateListResponse>("/admin/ocop/certificates", { query: clean }),
    placeholderData: keepPreviousData,
  })
}

/** After any certificate change: the widget, the office lists and Medusa's own product data. */
function useInvalidate() {
  const qc = useQueryClient()
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: ocopKeys.all }),
      qc.invalidateQueries({ queryKey: ["products"] }),
      qc.invalidateQueries({ queryKey: ["product"] }),
    ])
}

export function useTransitionCertificate() {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: TransitionBody }) =>
      sdk.client.fetch<{ certificate: unknown }>(`/admin/ocop/certificates/${id}/transitions`, {
        method: "POST",
        body,
      }),
    onSuccess: invalidate,
  })
}

export function useRecordCertificate() {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (body: RecordCertificateBody) =>
      sdk.client.fetch<{ certificate: unknown }>("/admin/ocop/certificates", { method: "POST", body }),
    onSuccess: invalidate,
  })
}
