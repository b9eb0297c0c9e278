import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { RETAIL_MODULE } from "../../../../../../modules/retail"
import { pointNotFound } from "../../../../../../modules/retail/errors"
import { pointKindOfId } from "../../../../../../modules/retail/points"
import type RetailModuleService from "../../../../../../modules/retail/service"
import { createRetailStaffWorkflow } from "../../../../../../workflows/create-retail-staff"
import type { AdminCreateStaffType } from "../../validators"

/** The point (sales point or booth) addressed by the route, or 404. */
export async function pointOfRoute(req: AuthenticatedMedusaRequest<any>) {
  const kind = pointKindOfId(req.params.id)
  const retail: RetailModuleService = req.scope.resolve(RETAIL_MODULE)
  const [point] = kind ? await retail.listCounterPoints([req.params.id]) : []
  if (!point) throw pointNotFound()
  return point
}

/**
 * Adds a person to this point's staff (sales point or booth id). A new person is invited: the
 * response carries the one-time link (also e-mailed) where they set their own password. Staff who
 * already have a login are added to this point too. An e-mail with any other login: 409.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateStaffType>, res: MedusaResponse) => {
  const point = await pointOfRoute(req)
  const { result } = await createRetailStaffWorkflow(req.scope).run({
    input: {
      email: req.validatedBody.email,
      name: req.validatedBody.name,
      point_id: point.id,
      point_kind: point.kind,
      point_name: point.name,
    },
  })
  res.status(201).json({
    staff: { id: result.staff.id, email: result.staff.email, name: result.staff.name },
    point_id: point.id,
    invite: result.invite ? { url: result.invite.url, expires_at: result.invite.expires_at } : null,
  })
}
