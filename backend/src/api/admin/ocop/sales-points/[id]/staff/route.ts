import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ocopError } from "../../../../../../lib/errors"
import { loadPoints, pointKindOfId } from "../../../../../../lib/retail/points"
import { createRetailStaffWorkflow } from "../../../../../../workflows/create-retail-staff"
import type { AdminCreateStaffType } from "../../validators"

/**
 * Gives a person a login for this point (sales point or booth id). An e-mail that is already staff
 * elsewhere is added to this point too, keeping its password.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateStaffType>, res: MedusaResponse) => {
  const kind = pointKindOfId(req.params.id)
  const [point] = kind ? await loadPoints(req.scope, [req.params.id]) : []
  if (!point) {
    throw ocopError("NOT_FOUND", "pos.point_not_found", "Không tìm thấy điểm bán", "Point of sale not found")
  }
  const { result } = await createRetailStaffWorkflow(req.scope).run({
    input: { ...req.validatedBody, point_id: point.id, point_kind: point.kind },
  })
  res.status(201).json({ staff: { id: result.id, email: result.email, name: result.name }, point_id: point.id })
}
