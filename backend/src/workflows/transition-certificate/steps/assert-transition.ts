import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { canTransition, CERTIFICATE_STATUS_LABELS, type CertificateStatus } from "@ocop/domain"
import { ocopError } from "../../../lib/errors"

/** Refuses a transition the certificate state machine forbids, naming the current state. */
export const assertTransitionStep = createStep(
  "assert-certificate-transition",
  async (input: { from: string; to: string }) => {
    if (!canTransition(input.from as CertificateStatus, input.to as CertificateStatus)) {
      const label = (s: string, lang: "vi" | "en") => CERTIFICATE_STATUS_LABELS[s as CertificateStatus]?.[lang] ?? s
      throw ocopError(
        "NOT_ALLOWED",
        "ocop.certificate.transition_forbidden",
        `Không thể chuyển giấy chứng nhận từ trạng thái «${label(input.from, "vi")}» sang «${label(input.to, "vi")}»`,
        `A certificate in state "${input.from}" cannot become "${input.to}"`
      )
    }
    return new StepResponse(true)
  }
)
