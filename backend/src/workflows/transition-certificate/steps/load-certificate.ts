import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ERROR_CODES, ocopError } from "../../../lib/errors"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

export const loadCertificateStep = createStep("load-certificate", async (id: string, { container }) => {
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const [certificate] = await ocop.listCertificates({ id })
  if (!certificate) {
    throw ocopError("NOT_FOUND", ERROR_CODES.CERTIFICATE_NOT_FOUND, `Không tìm thấy giấy chứng nhận ${id}`, `Certificate ${id} not found`)
  }
  return new StepResponse(certificate)
})
