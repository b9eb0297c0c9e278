import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { officeProvinceFilter } from "../../../../lib/office/scope"
import { RETAIL_MODULE } from "../../../../modules/retail"
import type RetailModuleService from "../../../../modules/retail/service"
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
  const retail: RetailModuleService = req.scope.resolve(RETAIL_MODULE)
  const body = req.validatedBody
  const fair = await retail.createFairs({ ...body, starts_at: new Date(body.starts_at), ends_at: new Date(body.ends_at) } as any)
  res.status(201).json({ fair })
}
