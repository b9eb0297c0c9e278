import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { claimStaffInviteStep } from "./steps/claim-staff-invite"
import { registerStaffLoginStep } from "./steps/register-staff-login"

export type AcceptRetailStaffInviteInput = { token: string; password: string; now?: Date }

/** A staff member opens the office's link and sets their password: the link is used up and their login created. */
export const acceptRetailStaffInviteWorkflow = createWorkflow(
  "accept-retail-staff-invite",
  (input: WorkflowData<AcceptRetailStaffInviteInput>) => {
    const claimed = claimStaffInviteStep(input)
    registerStaffLoginStep(
      transform({ input, claimed }, ({ input, claimed }) => ({
        email: claimed.email,
        password: input.password,
        staff_id: claimed.staff_id,
      }))
    )
    return new WorkflowResponse(
      transform({ claimed }, ({ claimed }) => ({ id: claimed.staff_id, email: claimed.email, name: claimed.name }))
    )
  }
)
