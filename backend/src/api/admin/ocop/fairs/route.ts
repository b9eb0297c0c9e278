import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { officeProvinceFilter } from "../../../../modules/office/acting-scope"
import { createFairWorkflow } from "../../../../workflows/create-fair"
import type { AdminCreateFairType } from "../sales-points/validators"

export const FAIR_FIELDS = ["*", "booths.*", "booths.stock_location.id", "booths.sales_channel.id", "booths.sales_channel.is_disabled"]

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const own = officeProvinceFilter(req) // a provincial office sees its own fairs only
  const { data } = await query.graph({
    entity: "fair",
    fields: FAIR_FIELDS,
    filters: (own ? { province_code: own } : {}) as any,
    pagination: { take: 200, skip: 0, order: { starts_at: "DESC" } },
  })
  res.json({ fairs: data, count: data.length })
}

/** A fair with its dates; booths are added with POST /admin/ocop/fairs/:id/booths. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateFairType>, res: MedusaResponse) => {
  const { result: fair } = await createFairWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ fair })
}
