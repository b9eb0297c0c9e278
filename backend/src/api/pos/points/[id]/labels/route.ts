import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { labelsPdf } from "../../../../../lib/retail/labels"
import { pointOfStaff } from "../../../../../lib/retail/points"
import { describeVariants } from "../../../../../lib/retail/stock"

/** Printable A4 sheets: shelf labels or QR stickers for the given variants. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const point = await pointOfStaff(req.scope, req.auth_context.actor_id, req.params.id)
  const { variant_ids, format } = req.validatedQuery as { variant_ids: string[]; format: "shelf" | "qr" }
  const results = await describeVariants(req.scope, point, variant_ids)
  const pdf = await labelsPdf(results, format)
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `inline; filename="nhan-${format}.pdf"`)
  res.setHeader("Content-Length", String(pdf.length))
  res.end(pdf)
}
