import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { emailpassIdentityOf, emailTakenError } from "../../../lib/auth/identities"
import { RETAIL_MODULE } from "../../../modules/retail"
import type RetailModuleService from "../../../modules/retail/service"
import { SALES_POINT_ACTOR } from "../../create-retail-staff/steps/assert-staff-email-free"

/**
 * Creates the staff member's own e-mail/password login (actor `sales_point`) with the password they
 * chose, and records it on the staff row. If someone registered the address since the invitation
 * was sent, it is refused (409): an existing login is never taken over.
 */
export const registerStaffLoginStep = createStep(
  "register-retail-staff-login",
  async (input: { email: string; password: string; staff_id: string }, { container }) => {
    if (await emailpassIdentityOf(container, input.email)) {
      throw emailTakenError()
    }
    const auth = container.resolve(Modules.AUTH)
    const { success, authIdentity, error } = await auth.register("emailpass", {
      body: { email: input.email, password: input.password },
    } as any)
    if (!success || !authIdentity) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, error ?? "Không tạo được tài khoản đăng nhập (could not register)")
    }
    await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { [`${SALES_POINT_ACTOR}_id`]: input.staff_id } })
    const retail: RetailModuleService = container.resolve(RETAIL_MODULE)
    await retail.updateStaff({ id: input.staff_id, auth_identity_id: authIdentity.id } as any)
    return new StepResponse({ auth_identity_id: authIdentity.id }, { auth_identity_id: authIdentity.id, staff_id: input.staff_id })
  },
  async (undo, { container }) => {
    if (!undo) return
    const retail: RetailModuleService = container.resolve(RETAIL_MODULE)
    await retail.updateStaff({ id: undo.staff_id, auth_identity_id: null } as any)
    await container.resolve(Modules.AUTH).deleteAuthIdentities([undo.auth_identity_id])
  }
)
