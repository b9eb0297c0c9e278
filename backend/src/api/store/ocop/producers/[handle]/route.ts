import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { producerTypeLabel, provinceName, type ProducerType } from "@ocop/domain"
import { ERROR_CODES, ocopError } from "../../../../../lib/errors"
import { PUBLIC_PRODUCER_FIELDS, toPublicProducer } from "../../../../../lib/store-product-view"

/**
 * A producer's public page: legal identity (name, type, tax code, address — what the consumer law
 * asks a seller to show) and story. Their listed products come from the search API
 * (`/store/ocop/search?producer=<handle>`), paged by the backend like every other listing.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "producer",
    fields: [...PUBLIC_PRODUCER_FIELDS, "approval_status"],
    filters: { handle: req.params.handle },
  })
  const producer = data[0] as any
  if (!producer || producer.approval_status !== "approved") {
    throw ocopError(
      "NOT_FOUND",
      ERROR_CODES.PRODUCER_NOT_FOUND,
      `Không tìm thấy chủ thể «${req.params.handle}»`,
      `Producer "${req.params.handle}" not found`
    )
  }
  res.json({
    producer: {
      ...toPublicProducer(producer),
      type_label: producerTypeLabel(producer.type as ProducerType),
      province_name: provinceName(producer.province_code) ?? null,
    },
  })
}
