import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ocopError } from "../../../lib/errors"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

export const loadCertificateStep = createStep("load-certificate", async (id: string, { container }) => {
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const [certificate] = await ocop.listCertificates({ id })
  if (!certificate) {
    throw ocopError("NOT_FOUND", "ocop.certificate.not_found", `Không tìm thấy giấy chứng nhận ${id}`, `Certificate ${id} not found`)
  }
  return new StepResponse(certificate)
})
