import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { RETAIL_MODULE } from "../../../modules/retail"
import { notProducerProduct, producerNotFound } from "../../../modules/retail/errors"
import type RetailModuleService from "../../../modules/retail/service"

/**
 * A point may ask an approved producer for that producer's own products only: a variant of another
 * producer, or of no producer, is refused before anything is written.
 */
export const assertConsignableStep = createStep(
  "assert-consignable",
  async (input: { producer_id: string; items: Array<{ variant_id: string }> }, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const [producer] = await producers.listProducers({ id: input.producer_id, approval_status: "approved" }, { select: ["id"], take: 1 })
    if (!producer) throw producerNotFound()
    const retail: RetailModuleService = container.resolve(RETAIL_MODULE)
    const owners = await retail.listVariantOwners(input.items.map((i) => i.variant_id))
    const foreign = input.items.filter((i) => owners.get(i.variant_id) !== input.producer_id)
    if (foreign.length) {
      throw notProducerProduct()
    }
    return new StepResponse(true)
  }
)
