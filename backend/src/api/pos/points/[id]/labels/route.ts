import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { RETAIL_MODULE } from "../../../../../modules/retail"
import type RetailModuleService from "../../../../../modules/retail/service"
import { labelsPdf } from "./labels-pdf"

/** Printable A4 sheets: shelf labels or QR stickers for the given variants. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const retail: RetailModuleService = req.scope.resolve(RETAIL_MODULE)
  const point = await retail.retrieveStaffedPoint(req.auth_context.actor_id, req.params.id)
  const { variant_ids, format } = req.validatedQuery as { variant_ids: string[]; format: "shelf" | "qr" }
  const results = await retail.describeVariants(point, variant_ids)
  const pdf = await labelsPdf(results, format)
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `inline; filename="nhan-${format}.pdf"`)
  res.setHeader("Content-Length", String(pdf.length))
  res.end(pdf)
}
