import { createStep, createWorkflow, StepResponse, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { RETAIL_MODULE } from "../../modules/retail"
import type RetailModuleService from "../../modules/retail/service"

export type UpdateRetailStaffAccessInput = { staff_id: string; disabled: boolean; now?: Date }

/**
 * Disabling a staff member also ends their sessions: every token issued until now is refused by the
 * POS routes, and new logins are refused while disabled. Enabling lets them log in again.
 */
const setStaffAccessStep = createStep(
  "set-retail-staff-access",
  async (input: UpdateRetailStaffAccessInput, { container }) => {
    const retail: RetailModuleService = container.resolve(RETAIL_MODULE)
    const before = await retail.retrieveStaff(input.staff_id)
    const now = input.now ? new Date(input.now) : new Date()
    const staff = await retail.updateStaff({
      id: input.staff_id,
      disabled_at: input.disabled ? (before.disabled_at ?? now) : null,
      sessions_revoked_at: input.disabled ? now : before.sessions_revoked_at,
    } as any)
    return new StepResponse(staff, { id: before.id, disabled_at: before.disabled_at, sessions_revoked_at: before.sessions_revoked_at })
  },
  async (previous, { container }) => {
    if (!previous) return
    const retail: RetailModuleService = container.resolve(RETAIL_MODULE)
    await retail.updateStaff(previous as any)
  }
)

export const updateRetailStaffAccessWorkflow = createWorkflow(
  "update-retail-staff-access",
  (input: WorkflowData<UpdateRetailStaffAccessInput>) => new WorkflowResponse(setStaffAccessStep(input))
)
