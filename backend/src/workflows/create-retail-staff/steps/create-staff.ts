import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RETAIL_MODULE } from "../../../modules/retail"
import type RetailModuleService from "../../../modules/retail/service"

/** The staff row (or the existing one for that e-mail) and the point assignment. */
export const createStaffStep = createStep(
  "create-retail-staff",
  async (input: { email: string; name: string; point_id: string; point_kind: "sales_point" | "booth" }, { container }) => {
    const retail: RetailModuleService = container.resolve(RETAIL_MODULE)
    const [existing] = await retail.listStaff({ email: input.email })
    const staff = existing ?? (await retail.createStaff({ email: input.email, name: input.name }))
    const [already] = await retail.listStaffPoints({ staff_id: staff.id, point_id: input.point_id } as any)
    const assignment =
      already ?? (await retail.createStaffPoints({ staff_id: staff.id, point_id: input.point_id, point_kind: input.point_kind } as any))
    return new StepResponse(
      { staff, is_new: !existing },
      { staff_id: existing ? null : staff.id, assignment_id: already ? null : assignment.id }
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const retail: RetailModuleService = container.resolve(RETAIL_MODULE)
    if (undo.assignment_id) await retail.deleteStaffPoints(undo.assignment_id)
    if (undo.staff_id) await retail.deleteStaff(undo.staff_id)
  }
)
