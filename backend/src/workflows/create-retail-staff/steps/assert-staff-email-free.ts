import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { emailpassIdentityOf, emailTakenError } from "../../../lib/auth/identities"
import { ERROR_CODES, ocopError } from "../../../lib/errors"
import { RETAIL_MODULE } from "../../../modules/retail"
import type RetailModuleService from "../../../modules/retail/service"

export const SALES_POINT_ACTOR = "sales_point"

/**
 * The e-mail may get a counter login: either no login exists for it, or it is this staff member's
 * own (they are added to one more point). A login that belongs to anyone else — a shopper who
 * registered the address first, a producer, an officer — is refused (409), never linked.
 */
export const assertStaffEmailFreeStep = createStep("assert-retail-staff-email-free", async (input: { email: string }, { container }) => {
  const retail: RetailModuleService = container.resolve(RETAIL_MODULE)
  const [staff] = await retail.listStaff({ email: input.email })
  const identity = await emailpassIdentityOf(container, input.email)
  if (identity && (!staff || (identity.app_metadata as any)?.[`${SALES_POINT_ACTOR}_id`] !== staff.id)) {
    throw emailTakenError()
  }
  if (staff?.disabled_at) {
    throw ocopError(
      "CONFLICT",
      ERROR_CODES.POS_STAFF_DISABLED,
      "Nhân viên này đang bị khoá; hãy mở khoá trước",
      "this staff member is disabled; enable them first"
    )
  }
  return new StepResponse({ staff_id: staff?.id ?? null, has_login: !!identity })
})
