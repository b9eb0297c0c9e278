import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { newInvitationToken, storefrontLink } from "../../../lib/auth/identities"
import { RETAIL_MODULE } from "../../../modules/retail"
import type RetailModuleService from "../../../modules/retail/service"

export const STAFF_INVITE_VALID_HOURS = 72

/**
 * A fresh one-time link for a staff member without a login; links sent before stop working (only
 * the latest counts). Only the token's hash is stored; the token is returned once for the e-mail
 * and the office.
 */
export const createStaffInviteStep = createStep(
  "create-retail-staff-invite",
  async (input: { staff_id: string; now?: Date }, { container }) => {
    const retail: RetailModuleService = container.resolve(RETAIL_MODULE)
    const now = input.now ? new Date(input.now) : new Date()
    const open = await retail.listStaffInvites({ staff_id: input.staff_id, accepted_at: null, expires_at: { $gt: now } } as any)
    if (open.length) {
      await retail.updateStaffInvites(open.map((i) => ({ id: i.id, expires_at: now })))
    }
    const { token, token_hash } = newInvitationToken()
    const expires_at = new Date(now.getTime() + STAFF_INVITE_VALID_HOURS * 3600 * 1000)
    const invite = await retail.createStaffInvites({ staff_id: input.staff_id, token_hash, expires_at } as any)
    return new StepResponse(
      { id: invite.id, token, url: storefrontLink(`/pos/invite/${token}`), expires_at: expires_at.toISOString() },
      { id: invite.id, reopened: open.map((i) => ({ id: i.id, expires_at: i.expires_at })) }
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const retail: RetailModuleService = container.resolve(RETAIL_MODULE)
    await retail.deleteStaffInvites(undo.id)
    if (undo.reopened.length) await retail.updateStaffInvites(undo.reopened as any)
  }
)
