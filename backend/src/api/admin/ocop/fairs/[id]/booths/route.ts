import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ERROR_CODES, ocopError } from "../../../../../../lib/errors"
import { RETAIL_MODULE } from "../../../../../../modules/retail"
import { isFairOpen } from "../../../../../../modules/retail/points"
import type RetailModuleService from "../../../../../../modules/retail/service"
import { createRetailPointWorkflow } from "../../../../../../workflows/create-retail-point"
import type { AdminCreateBoothType } from "../../../sales-points/validators"

/** A booth at the fair, with its own stock location and a sales channel open only during the fair. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateBoothType>, res: MedusaResponse) => {
  const retail: RetailModuleService = req.scope.resolve(RETAIL_MODULE)
  const [fair] = await retail.listFairs({ id: req.params.id })
  if (!fair) {
    throw ocopError("NOT_FOUND", ERROR_CODES.POS_FAIR_NOT_FOUND, "Không tìm thấy hội chợ", "Fair not found")
  }
  const { result } = await createRetailPointWorkflow(req.scope).run({
    input: {
      kind: "booth",
      fair_id: fair.id,
      name: req.validatedBody.name,
      operator: req.validatedBody.operator ?? null,
      channel_disabled: !isFairOpen(fair),
      location_address: { address_1: fair.venue },
    },
  })
  res.status(201).json({ booth: { ...result, fair_id: fair.id, name: req.validatedBody.name } })
}
