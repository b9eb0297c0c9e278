import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  canTransition,
  CERTIFICATE_STATUS_LABELS,
  type CertificateStatus,
  isInReevaluationWindow,
  isRevocationGround,
  maxExtensionUntil,
  reevaluationWindowMessage,
  viDate,
} from "@ocop/domain"
import { ERROR_CODES, ocopError } from "../../../lib/errors"

export type TransitionCheck = {
  from: string
  to: string
  valid_until: string
  extension_until?: string | null
  revocation_ground?: string | null
  now: Date
}

const label = (s: string, lang: "vi" | "en") => CERTIFICATE_STATUS_LABELS[s as CertificateStatus]?.[lang] ?? s

/**
 * Refuses what the law or the state machine forbids, naming the current state or the dates that
 * apply: transitions not in the table, re-evaluation outside its 180–120-day window, an extension
 * beyond 180 days past expiry, a revocation without an Art. 8 ground.
 */
export const assertTransitionStep = createStep("assert-certificate-transition", async (check: TransitionCheck) => {
  if (!canTransition(check.from as CertificateStatus, check.to as CertificateStatus)) {
    throw ocopError(
      "NOT_ALLOWED",
      ERROR_CODES.CERTIFICATE_TRANSITION_FORBIDDEN,
      `Không thể chuyển giấy chứng nhận từ trạng thái «${label(check.from, "vi")}» sang «${label(check.to, "vi")}»`,
      `A certificate in state "${check.from}" cannot become "${check.to}"`
    )
  }
  if (check.to === "reevaluation_pending" && !isInReevaluationWindow(check.valid_until, new Date(check.now))) {
    const message = reevaluationWindowMessage(check.valid_until)
    throw ocopError("NOT_ALLOWED", ERROR_CODES.CERTIFICATE_OUTSIDE_REEVALUATION_WINDOW, message.vi, message.en)
  }
  if (check.to === "extended") {
    const limit = maxExtensionUntil(check.valid_until)
    if (!check.extension_until || check.extension_until <= check.valid_until || check.extension_until > limit) {
      throw ocopError(
        "INVALID_DATA",
        ERROR_CODES.CERTIFICATE_EXTENSION_OUT_OF_RANGE,
        `Gia hạn chuyển tiếp phải kết thúc sau ${viDate(check.valid_until)} và không muộn hơn ${viDate(limit)} (tối đa 180 ngày)`,
        `A transitional extension must end after ${check.valid_until} and no later than ${limit}`
      )
    }
  }
  if (check.to === "revoked" && !isRevocationGround(check.revocation_ground)) {
    throw ocopError(
      "INVALID_DATA",
      ERROR_CODES.CERTIFICATE_REVOCATION_GROUND_REQUIRED,
      "Thu hồi phải nêu một căn cứ theo Điều 8 QĐ 26/2026",
      "Revocation needs one of the Art. 8 grounds"
    )
  }
  return new StepResponse(true)
})
