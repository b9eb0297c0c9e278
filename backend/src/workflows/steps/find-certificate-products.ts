import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Product ids linked to the given certificates (read only). */
export const findCertificateProductsStep = createStep("find-certificate-products", async (certificateIds: string[], { container }) => {
  if (!certificateIds.length) {
    return new StepResponse([] as string[])
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "certificate",
    fields: ["id", "product.id"],
    filters: { id: certificateIds },
  })
  const ids = data.map((c: any) => c.product?.id).filter(Boolean) as string[]
  return new StepResponse([...new Set(ids)])
})
