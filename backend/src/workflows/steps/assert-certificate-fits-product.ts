import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { certificateDatesProblem, productSet } from "@ocop/domain"
import { ERROR_CODES, ocopError } from "../../lib/errors"

export type CertificateClaim = {
  product_set: number
  issued_at: string
  valid_until: string
}

/** The product set a product declares (portal products carry it in metadata; office-entered ones may not). */
export function declaredProductSet(product: { metadata?: Record<string, unknown> | null } | null | undefined): number | null {
  const value = Number(product?.metadata?.product_set)
  return productSet(value) ? value : null
}

/**
 * Refuses a certificate whose dates break the law (decision in the future, validity beyond 36
 * months) or whose product set is not the product's (read through Query: the product is the product
 * module's). Runs when a certificate is recorded or submitted and again when the office verifies a
 * submission, so data stored earlier is re-checked.
 */
export async function assertCertificateFitsProduct(container: MedusaContainer, productId: string, claim: CertificateClaim, now: Date) {
  const problem = certificateDatesProblem(claim.issued_at, claim.valid_until, now)
  if (problem) throw ocopError("INVALID_DATA", problem.code, problem.vi, problem.en)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "metadata"], filters: { id: productId } })
  const declared = declaredProductSet(data[0] as any)
  if (declared !== null && declared !== Number(claim.product_set)) {
    const name = (code: number) => productSet(code)?.vi ?? String(code)
    throw ocopError(
      "INVALID_DATA",
      ERROR_CODES.CERTIFICATE_PRODUCT_SET_MISMATCH,
      `Bộ sản phẩm của giấy chứng nhận (${claim.product_set} – ${name(claim.product_set)}) khác bộ sản phẩm của sản phẩm (${declared} – ${name(declared)})`,
      `The certificate's product set (${claim.product_set}) is not the product's (${declared})`
    )
  }
}

export type CertificateFitCheck = CertificateClaim & { product_id: string; now?: Date }

/** Refuses dates the law does not allow and a product set other than the product's (read only). */
export const assertCertificateFitsProductStep = createStep(
  "assert-certificate-fits-product",
  async (check: CertificateFitCheck, { container }) => {
    await assertCertificateFitsProduct(container, check.product_id, check, check.now ? new Date(check.now) : new Date())
    return new StepResponse(true)
  }
)
