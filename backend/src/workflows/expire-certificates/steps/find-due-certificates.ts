import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { effectiveStatus, TIME_BOUND_STATUSES, vietnamDate } from "@ocop/domain"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

/** Certificates whose validity (or transitional extension) ended before `now`'s Vietnam calendar day. */
export const findDueCertificatesStep = createStep("find-due-certificates", async (input: { now: Date }, { container }) => {
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const now = new Date(input.now)
  // Only certificates already past valid_until can be due (an extension only starts after it), so the
  // database narrows the set; the shared rule then decides, extensions included.
  const pastValidUntil = await ocop.listCertificates(
    { status: TIME_BOUND_STATUSES as any, valid_until: { $lt: vietnamDate(now) } },
    { select: ["id", "status", "valid_until", "extension_until"] }
  )
  return new StepResponse(pastValidUntil.filter((c: any) => effectiveStatus(c, now) === "expired"))
})
