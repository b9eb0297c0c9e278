import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { provinceName } from "@ocop/domain"
import { officeProvinceFilter } from "../../../../modules/office/acting-scope"
import { createRetailPointWorkflow } from "../../../../workflows/create-retail-point"
import type { AdminCreateSalesPointType } from "./validators"

export const SALES_POINT_FIELDS = [
  "*",
  "stock_location.id",
  "stock_location.name",
  "sales_channel.id",
  "sales_channel.name",
  "sales_channel.is_disabled",
]

/** a provincial office sees its own province's points only */
const provinceOnly = (own: string | null) => (own ? { province_code: own } : {}) as any

/** The office's points of sale with their stock location and sales channel. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "sales_point",
    fields: SALES_POINT_FIELDS,
    filters: provinceOnly(officeProvinceFilter(req)),
    pagination: { take: 200, skip: 0, order: { name: "ASC" } },
  })
  res.json({ sales_points: data, count: metadata?.count ?? data.length })
}

/** Opens a point of sale: its record, stock location, sales channel and publishable key. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateSalesPointType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const { result } = await createRetailPointWorkflow(req.scope).run({
    input: {
      kind: "sales_point",
      ...body,
      location_address: {
        address_1: body.address ?? body.name,
        city: body.commune ?? undefined,
        province: provinceName(body.province_code),
      },
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "sales_point", fields: SALES_POINT_FIELDS, filters: { id: result.id } })
  res.status(201).json({ sales_point: data[0], publishable_key: result.publishable_key })
}
