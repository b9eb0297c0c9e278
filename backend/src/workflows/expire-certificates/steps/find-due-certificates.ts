import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { effectiveStatus } from "@ocop/domain"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

const RUNNING_STATUSES = ["valid", "reevaluation_pending", "extended"]

/** Certificates whose validity (or transitional extension) ended before `now`'s Vietnam calendar day. */
export const findDueCertificatesStep = createStep(
  "find-due-certificates",
  async (input: { now: Date }, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const running = await ocop.listCertificates(
      { status: RUNNING_STATUSES as any },
      { select: ["id", "status", "valid_until", "extension_until"] }
    )
    const now = new Date(input.now)
    return new StepResponse(running.filter((c: any) => effectiveStatus(c, now) === "expired"))
  }
)
