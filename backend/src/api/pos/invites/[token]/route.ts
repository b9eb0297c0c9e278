import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { RETAIL_MODULE } from "../../../../modules/retail"
import type RetailModuleService from "../../../../modules/retail/service"
import { acceptRetailStaffInviteWorkflow } from "../../../../workflows/accept-retail-staff-invite"
import { openStaffInvite } from "../../../../workflows/accept-retail-staff-invite/steps/claim-staff-invite"
import type { PosAcceptInviteType } from "./validators"

/** Public: who the link invites and where they will work, so the page can greet them (400 when not open). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const retail: RetailModuleService = req.scope.resolve(RETAIL_MODULE)
  const { invite, staff } = await openStaffInvite(retail, req.params.token, new Date())
  const points = await retail.listCounterPoints(await retail.listStaffPointIds(staff.id))
  res.json({
    invite: {
      email: staff.email,
      name: staff.name,
      expires_at: invite.expires_at,
      points: points.map((p) => ({ id: p.id, name: p.name, kind: p.kind })),
    },
  })
}

/** Public: the invited person sets their password; the link is used up and they can log in at /auth/sales_point/emailpass. */
export const POST = async (req: MedusaRequest<PosAcceptInviteType>, res: MedusaResponse) => {
  const { result } = await acceptRetailStaffInviteWorkflow(req.scope).run({
    input: { token: req.params.token, password: (req as any).validatedBody.password },
  })
  res.status(201).json({ staff: result })
}
