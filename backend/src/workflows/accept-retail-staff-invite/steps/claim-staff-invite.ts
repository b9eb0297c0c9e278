import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { passwordProblem } from "@ocop/domain"
import { hashInvitationToken } from "../../../lib/auth/identities"
import { ERROR_CODES, ocopError } from "../../../lib/errors"
import { RETAIL_MODULE } from "../../../modules/retail"
import type RetailModuleService from "../../../modules/retail/service"

export const staffInviteInvalid = () =>
  ocopError(
    "INVALID_DATA",
    ERROR_CODES.POS_INVITE_INVALID,
    "Đường dẫn mời không hợp lệ, đã được dùng hoặc đã hết hạn; hãy xin văn phòng OCOP gửi lại",
    "the invitation link is invalid, used or expired; ask the OCOP office for a new one"
  )

/** The open invitation behind a token, with its staff member; the same words for every reason it is not. */
export async function openStaffInvite(retail: RetailModuleService, token: string, now: Date) {
  const [invite] = token
    ? await retail.listStaffInvites({ token_hash: hashInvitationToken(token) } as any, { relations: ["staff"], take: 1 })
    : []
  const staff = (invite as any)?.staff
  if (
    !invite ||
    invite.accepted_at ||
    new Date(invite.expires_at) <= now ||
    !staff ||
    staff.deleted_at ||
    staff.disabled_at ||
    staff.auth_identity_id
  ) {
    throw staffInviteInvalid()
  }
  return { invite, staff: staff as { id: string; email: string; name: string } }
}

/**
 * Uses the invitation once: checks it is open and the chosen password follows the rule, then
 * marks it accepted. Compensation reopens it.
 */
export const claimStaffInviteStep = createStep(
  "claim-retail-staff-invite",
  async (input: { token: string; password: string; now?: Date }, { container }) => {
    const retail: RetailModuleService = container.resolve(RETAIL_MODULE)
    const now = input.now ? new Date(input.now) : new Date()
    const { invite, staff } = await openStaffInvite(retail, input.token, now)
    const problem = passwordProblem(input.password, staff.email)
    if (problem) throw ocopError("INVALID_DATA", problem.code, problem.vi, problem.en)
    await retail.updateStaffInvites({ id: invite.id, accepted_at: now } as any)
    return new StepResponse({ invite_id: invite.id, staff_id: staff.id, email: staff.email, name: staff.name }, invite.id)
  },
  async (id, { container }) => {
    if (!id) return
    const retail: RetailModuleService = container.resolve(RETAIL_MODULE)
    await retail.updateStaffInvites({ id, accepted_at: null } as any)
  }
)
