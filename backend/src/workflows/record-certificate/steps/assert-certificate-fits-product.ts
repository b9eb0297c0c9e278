import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertCertificateFitsProduct, type CertificateClaim } from "../../../lib/certificate-fit"

export type CertificateFitCheck = CertificateClaim & { product_id: string; now?: Date }

/** Refuses dates the law does not allow and a product set other than the product's (read only). */
export const assertCertificateFitsProductStep = createStep(
  "assert-certificate-fits-product",
  async (check: CertificateFitCheck, { container }) => {
    await assertCertificateFitsProduct(container, check.product_id, check, check.now ? new Date(check.now) : new Date())
    return new StepResponse(true)
  }
)
