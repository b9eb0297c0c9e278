import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createStaffStep } from "./steps/create-staff"
import { registerStaffLoginStep } from "./steps/register-staff-login"

export type CreateRetailStaffInput = {
  email: string
  name: string
  password: string
  point_id: string
  point_kind: "sales_point" | "booth"
}

/** The office gives a person a login for a point (or adds an existing staff member to one more point). */
export const createRetailStaffWorkflow = createWorkflow(
  "create-retail-staff",
  (input: WorkflowData<CreateRetailStaffInput>) => {
    const created = createStaffStep(
      transform({ input }, ({ input }) => ({
        email: input.email.trim().toLowerCase(),
        name: input.name,
        point_id: input.point_id,
        point_kind: input.point_kind,
      }))
    )
    registerStaffLoginStep(
      transform({ input, created }, ({ input, created }) => ({
        email: input.email.trim().toLowerCase(),
        password: input.password,
        staff_id: created.staff.id,
      }))
    )
    return new WorkflowResponse(transform({ created }, ({ created }) => created.staff))
  }
)
