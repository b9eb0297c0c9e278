import { Modules } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { RETAIL_MODULE } from "../../modules/retail"
import type RetailModuleService from "../../modules/retail/service"

export type RemoveRetailStaffInput = { staff_id: string; point_id: string; now?: Date }

/** Takes the staff member off this point; says whether it was their last one. */
const removeStaffFromPointStep = createStep(
  "remove-retail-staff-from-point",
  async (input: RemoveRetailStaffInput, { container }) => {
    const retail: RetailModuleService = container.resolve(RETAIL_MODULE)
    const links = await retail.listStaffPoints({ staff_id: input.staff_id } as any)
    const here = links.filter((l) => l.point_id === input.point_id).map((l) => l.id)
    await retail.softDeleteStaffPoints(here)
    return new StepResponse({ last_point: links.length === here.length }, here)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const retail: RetailModuleService = container.resolve(RETAIL_MODULE)
    await retail.restoreStaffPoints(ids)
  }
)

/** Without any point the person is no longer staff: the row goes and every session they had ends. */
const retireStaffStep = createStep(
  "retire-retail-staff",
  async (input: { staff_id: string; now?: Date }, { container }) => {
    const retail: RetailModuleService = container.resolve(RETAIL_MODULE)
    const before = await retail.retrieveStaff(input.staff_id)
    await retail.updateStaff({ id: before.id, sessions_revoked_at: input.now ? new Date(input.now) : new Date() } as any)
    await retail.softDeleteStaff(before.id)
    return new StepResponse(before.auth_identity_id ?? null, { id: before.id, sessions_revoked_at: before.sessions_revoked_at })
  },
  async (previous, { container }) => {
    if (!previous) return
    const retail: RetailModuleService = container.resolve(RETAIL_MODULE)
    await retail.restoreStaff(previous.id)
    await retail.updateStaff(previous as any)
  }
)

/**
 * The login the invitation created is deleted, so the address is free for a new invitation (or any
 * other use). Compensation re-creates it with the same password hash and links.
 */
const deleteStaffLoginStep = createStep(
  "delete-retail-staff-login",
  async (authIdentityId: string | null, { container }) => {
    if (!authIdentityId) return new StepResponse(null, null)
    const auth = container.resolve(Modules.AUTH)
    const [identity] = await auth.listAuthIdentities({ id: authIdentityId } as any, { relations: ["provider_identities"] })
    if (!identity) return new StepResponse(null, null)
    await auth.deleteAuthIdentities([identity.id])
    return new StepResponse(identity.id, {
      app_metadata: identity.app_metadata,
      provider_identities: (identity.provider_identities ?? []).map((p: any) => ({
        provider: p.provider,
        entity_id: p.entity_id,
        provider_metadata: p.provider_metadata,
        user_metadata: p.user_metadata,
      })),
    })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve(Modules.AUTH).createAuthIdentities(previous as any)
  }
)

/** The office removes a staff member from a point; from their last point, they are removed altogether. */
export const removeRetailStaffWorkflow = createWorkflow("remove-retail-staff", (input: WorkflowData<RemoveRetailStaffInput>) => {
  const removed = removeStaffFromPointStep(input)
  when("retire-staff-without-points", { removed }, ({ removed }) => removed.last_point).then(() => {
    const authIdentityId = retireStaffStep(transform({ input }, ({ input }) => ({ staff_id: input.staff_id, now: input.now })))
    deleteStaffLoginStep(authIdentityId)
  })
  return new WorkflowResponse(removed)
})
