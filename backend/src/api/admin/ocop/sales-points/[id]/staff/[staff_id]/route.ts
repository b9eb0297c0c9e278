import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ERROR_CODES, ocopError } from "../../../../../../../lib/errors"
import { RETAIL_MODULE } from "../../../../../../../modules/retail"
import type RetailModuleService from "../../../../../../../modules/retail/service"
import { removeRetailStaffWorkflow } from "../../../../../../../workflows/remove-retail-staff"
import { updateRetailStaffAccessWorkflow } from "../../../../../../../workflows/update-retail-staff-access"
import type { AdminUpdateStaffType } from "../../../validators"
import { pointOfRoute } from "../route"

/** A staff member of this point, or 404 (staff of other points are not addressed through this one). */
async function staffOfPoint(req: AuthenticatedMedusaRequest<any>) {
  const point = await pointOfRoute(req)
  const retail: RetailModuleService = req.scope.resolve(RETAIL_MODULE)
  const [link] = await retail.listStaffPoints({ point_id: point.id, staff_id: req.params.staff_id } as any, { take: 1 })
  if (!link) {
    throw ocopError(
      "NOT_FOUND",
      ERROR_CODES.POS_STAFF_NOT_FOUND,
      "Không tìm thấy nhân viên ở điểm bán này",
      "Staff member not found at this point"
    )
  }
  return point
}

/** Disables (and ends every session of) or enables a staff member: `{ disabled: true | false }`. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateStaffType>, res: MedusaResponse) => {
  await staffOfPoint(req)
  const { result } = await updateRetailStaffAccessWorkflow(req.scope).run({
    input: { staff_id: req.params.staff_id, disabled: req.validatedBody.disabled },
  })
  res.json({ staff: { id: result.id, email: result.email, name: result.name, disabled: !!result.disabled_at } })
}

/** Removes the staff member from this point; from their last point, their login is deleted and their sessions end. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const point = await staffOfPoint(req)
  const { result } = await removeRetailStaffWorkflow(req.scope).run({ input: { staff_id: req.params.staff_id, point_id: point.id } })
  res.json({ id: req.params.staff_id, object: "retail_staff", point_id: point.id, deleted: true, removed_entirely: result.last_point })
}
