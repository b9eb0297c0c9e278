import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { RETAIL_MODULE } from "../../../modules/retail"
import type RetailModuleService from "../../../modules/retail/service"

/** The signed-in counter staff and the points they work at. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const retail: RetailModuleService = req.scope.resolve(RETAIL_MODULE)
  const staffId = req.auth_context.actor_id
  const [staff] = await retail.listStaff({ id: staffId })
  if (!staff) {
    res.status(401).json({ type: "unauthorized", message: "Không tìm thấy nhân viên (staff not found)" })
    return
  }
  const points = await retail.listCounterPoints(await retail.listStaffPointIds(staffId))
  res.json({ staff: { id: staff.id, email: staff.email, name: staff.name }, points })
}
