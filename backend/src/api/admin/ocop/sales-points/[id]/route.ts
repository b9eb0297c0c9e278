import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ERROR_CODES, ocopError } from "../../../../../lib/errors"
import { RETAIL_MODULE } from "../../../../../modules/retail"
import type RetailModuleService from "../../../../../modules/retail/service"
import { updateSalesPointWorkflow } from "../../../../../workflows/update-sales-point"
import { SALES_POINT_FIELDS } from "../route"
import type { AdminUpdateSalesPointType } from "../validators"

/** disabled by the office, invited (no password set yet) or active */
const staffStatus = (staff: { disabled_at?: unknown; auth_identity_id?: string | null }) =>
  staff.disabled_at ? "disabled" : staff.auth_identity_id ? "active" : "invited"

async function salesPoint(req: AuthenticatedMedusaRequest<any>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "sales_point",
    fields: SALES_POINT_FIELDS,
    filters: { id: req.params.id },
  })
  if (!data[0]) {
    throw ocopError("NOT_FOUND", ERROR_CODES.POS_POINT_NOT_FOUND, "Không tìm thấy điểm bán", "Sales point not found")
  }
  const retail: RetailModuleService = req.scope.resolve(RETAIL_MODULE)
  const links = await retail.listStaffPoints({ point_id: req.params.id } as any, { relations: ["staff"] })
  return {
    ...data[0],
    staff: links.map((l: any) => ({ id: l.staff.id, email: l.staff.email, name: l.staff.name, status: staffStatus(l.staff) })),
  }
}

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ sales_point: await salesPoint(req) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateSalesPointType>, res: MedusaResponse) => {
  await salesPoint(req)
  await updateSalesPointWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ sales_point: await salesPoint(req) })
}
