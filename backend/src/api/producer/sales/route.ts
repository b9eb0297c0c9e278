import type { MedusaResponse } from "@medusajs/framework/http"
import { vietnamDate } from "@ocop/domain"
import { producerOf, type ProducerRequest } from "../context"
import { monthlySales } from "../orders/own-order-lines"
import type { ProducerSalesParamsType } from "../validators"

/** Monthly sales of the producer's own lines over a Vietnam calendar year (this year by default). */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  const { producer } = producerOf(req)
  const params = (req as any).validatedQuery as ProducerSalesParamsType
  const year = params.year ?? Number(vietnamDate(new Date()).slice(0, 4))
  res.json({ year, months: await monthlySales(req.scope, producer.id, year) })
}
