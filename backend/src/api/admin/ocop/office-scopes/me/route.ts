import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { officeScopeLabel, type OfficeScope } from "../../../../../modules/office/scope"

/** The signed-in officer's own scope ("Văn phòng OCOP tỉnh Hà Tĩnh" / "Toàn quốc"), or null when none is assigned. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const scope = (req as unknown as { office_scope: OfficeScope | null }).office_scope
  res.json({
    user_id: req.auth_context.actor_id,
    scope: scope ? { ...scope, label: officeScopeLabel(scope) } : null,
  })
}
