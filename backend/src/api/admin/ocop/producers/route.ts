import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { officeProvinceFilter } from "../../../../modules/office/acting-scope"
import type { AdminListProducersParamsType } from "../../../producer/validators"

/** The office's producer list, e.g. ?approval_status=pending_approval for the approval queue (oldest first). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const params = (req as any).validatedQuery as AdminListProducersParamsType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = {}
  const own = officeProvinceFilter(req)
  if (own) filters.province_code = own
  if (params.approval_status) filters.approval_status = params.approval_status
  if (params.q) filters.name = { $ilike: `%${params.q}%` }
  const { data, metadata } = await query.graph({
    entity: "producer",
    fields: [
      "id",
      "name",
      "handle",
      "type",
      "tax_code",
      "business_registration_number",
      "province_code",
      "commune",
      "address",
      "phone",
      "email",
      "story",
      "logo_url",
      "approval_status",
      "rejection_reason",
      "approval_decided_at",
      "created_at",
      "members.id",
      "members.email",
      "members.name",
      "members.role",
    ],
    filters,
    pagination: { skip: params.offset, take: params.limit, order: { created_at: "ASC" } },
  })
  res.json({ producers: data, count: metadata?.count ?? data.length, limit: params.limit, offset: params.offset })
}
