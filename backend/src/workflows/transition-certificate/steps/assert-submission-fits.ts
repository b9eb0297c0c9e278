import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertCertificateFitsProduct } from "../../steps/assert-certificate-fits-product"

export type SubmissionFitCheck = {
  certificate: { id: string; status: string; product_set: number; issued_at: string; valid_until: string }
  to: string
  now?: Date
}

/**
 * Verifying a submission re-checks it against today's rules: a submission stored before a rule
 * existed (a 2099 validity, a product set the product does not have) is never verified (read only).
 */
export const assertSubmissionFitsStep = createStep("assert-submission-fits", async (check: SubmissionFitCheck, { container }) => {
  if (check.certificate.status !== "pending_review" || check.to !== "valid") return new StepResponse(true)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "certificate", fields: ["id", "product.id"], filters: { id: check.certificate.id } })
  const productId = (data[0] as any)?.product?.id
  if (productId) {
    await assertCertificateFitsProduct(container, productId, check.certificate, check.now ? new Date(check.now) : new Date())
  }
  return new StepResponse(true)
})
