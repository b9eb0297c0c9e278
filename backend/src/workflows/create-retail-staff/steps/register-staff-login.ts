import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ocopError } from "../../../lib/errors"

export const SALES_POINT_ACTOR = "sales_point"

/**
 * An e-mail/password login (Medusa auth, provider emailpass) tied to the staff member as actor
 * `sales_point`. An e-mail that already has a login keeps its password; it must not belong to
 * another staff member.
 */
export const registerStaffLoginStep = createStep(
  "register-retail-staff-login",
  async (input: { email: string; password: string; staff_id: string }, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const [identity] = await auth.listAuthIdentities({ provider_identities: { entity_id: input.email, provider: "emailpass" } } as any)
    if (identity) {
      const current = (identity.app_metadata as any)?.[`${SALES_POINT_ACTOR}_id`]
      if (current && current !== input.staff_id) {
        throw ocopError("INVALID_DATA", "pos.staff_email_taken", "E-mail đã được dùng cho nhân viên khác", "E-mail used by another staff member")
      }
      if (current === input.staff_id) {
        return new StepResponse({ auth_identity_id: identity.id }, null)
      }
      await auth.updateAuthIdentities({ id: identity.id, app_metadata: { ...(identity.app_metadata ?? {}), [`${SALES_POINT_ACTOR}_id`]: input.staff_id } })
      return new StepResponse({ auth_identity_id: identity.id }, { id: identity.id, created: false, previous: identity.app_metadata ?? {} })
    }
    const { success, authIdentity, error } = await auth.register("emailpass", {
      body: { email: input.email, password: input.password },
    } as any)
    if (!success || !authIdentity) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, error ?? "Không tạo được tài khoản đăng nhập (could not register)")
    }
    await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { [`${SALES_POINT_ACTOR}_id`]: input.staff_id } })
    return new StepResponse({ auth_identity_id: authIdentity.id }, { id: authIdentity.id, created: true, previous: {} })
  },
  async (undo, { container }) => {
    if (!undo) return
    const auth = container.resolve(Modules.AUTH)
    if (undo.created) {
      await auth.deleteAuthIdentities([undo.id])
    } else {
      await auth.updateAuthIdentities({ id: undo.id, app_metadata: undo.previous })
    }
  }
)
