import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OFFICE_MODULE } from "../../../modules/office"
import type OfficeModuleService from "../../../modules/office/service"

export type OfficeScopeAssignment = {
  user_id: string
  scope: "national" | "province"
  province_code: string | null
  assigned_by: string | null
}

/** Creates or replaces a user's office scope; the compensation puts back what was there (or nothing). */
export const setOfficeScopeStep = createStep(
  "set-office-scope",
  async (assignment: OfficeScopeAssignment, { container }) => {
    const office: OfficeModuleService = container.resolve(OFFICE_MODULE)
    const [before] = await office.listOfficeScopes({ user_id: assignment.user_id })
    const data = { scope: assignment.scope, province_code: assignment.province_code, assigned_by: assignment.assigned_by }
    const saved = before
      ? await office.updateOfficeScopes({ id: before.id, ...data })
      : await office.createOfficeScopes({ user_id: assignment.user_id, ...data })
    const previous = before
      ? { id: before.id, scope: before.scope, province_code: before.province_code, assigned_by: before.assigned_by }
      : { created_id: saved.id }
    return new StepResponse(saved, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const office: OfficeModuleService = container.resolve(OFFICE_MODULE)
    if ("created_id" in previous) await office.deleteOfficeScopes(previous.created_id as string)
    else await office.updateOfficeScopes(previous as any)
  }
)
