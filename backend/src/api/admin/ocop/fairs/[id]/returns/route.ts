import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ERROR_CODES, ocopError } from "../../../../../../lib/errors"
import { RETAIL_MODULE } from "../../../../../../modules/retail"
import { isFairOpen } from "../../../../../../modules/retail/points"
import type RetailModuleService from "../../../../../../modules/retail/service"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * What each booth still holds: after the fair closes, this is the stock to return to the producers
 * (or to a point of sale). `closed` says whether the fair is over.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const retail: RetailModuleService = req.scope.resolve(RETAIL_MODULE)
  const [fair] = await retail.listFairs({ id: req.params.id })
  if (!fair) {
    throw ocopError("NOT_FOUND", ERROR_CODES.POS_FAIR_NOT_FOUND, "Không tìm thấy hội chợ", "Fair not found")
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: booths } = await query.graph({
    entity: "booth",
    fields: ["id", "name", "stock_location.id"],
    filters: { fair_id: fair.id } as any,
  })
  const now = new Date()
  const result: any[] = []
  for (const booth of booths as any[]) {
    const items = booth.stock_location?.id ? await retail.listStockAtLocations([booth.stock_location.id]) : []
    result.push({
      booth_id: booth.id,
      name: booth.name,
      stock_location_id: booth.stock_location?.id ?? null,
      items: items.filter((i) => i.quantity > 0),
    })
  }
  res.json({
    fair: { id: fair.id, name: fair.name, starts_at: fair.starts_at, ends_at: fair.ends_at },
    closed: new Date(fair.ends_at).getTime() < now.getTime(),
    open: isFairOpen(fair, now),
    booths: result,
  })
}
