import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { validUntil } from "@ocop/domain"
import { recordCertificateWorkflow } from "../../../../workflows/record-certificate"
import type { AdminRecordCertificateType } from "./validators"

/** The OCOP office records an issued decision (or a submission awaiting review) for a product. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminRecordCertificateType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const { result } = await recordCertificateWorkflow(req.scope).run({
    input: {
      ...body,
      valid_until: body.valid_until ?? validUntil(body.issued_at),
      actor: { type: "user", id: req.auth_context.actor_id },
    },
  })
  res.status(201).json({ certificate: result })
}
