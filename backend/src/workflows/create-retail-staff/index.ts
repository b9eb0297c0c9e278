import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { assertStaffEmailFreeStep } from "./steps/assert-staff-email-free"
import { createStaffStep } from "./steps/create-staff"
import { createStaffInviteStep } from "./steps/create-staff-invite"

export type CreateRetailStaffInput = {
  email: string
  name: string
  point_id: string
  point_kind: "sales_point" | "booth"
  point_name?: string
  now?: Date
}

export type StaffInvitation = { id: string; token: string; url: string; expires_at: string }

/**
 * The office adds a person to a point's staff. A new person gets a one-time invitation link (by
 * e-mail through the notification module, and in the response for the office to hand over) where
 * they set their own password; staff who already have a login are simply added to one more point.
 * An e-mail with any other login is refused (409).
 */
export const createRetailStaffWorkflow = createWorkflow("create-retail-staff", (input: WorkflowData<CreateRetailStaffInput>) => {
  const email = transform({ input }, ({ input }) => input.email.trim().toLowerCase())
  const check = assertStaffEmailFreeStep(transform({ email }, ({ email }) => ({ email })))
  const created = createStaffStep(
    transform({ input, email }, ({ input, email }) => ({ email, name: input.name, point_id: input.point_id, point_kind: input.point_kind }))
  )
  const invite = when("invite-new-staff", { check }, ({ check }) => !check.has_login).then(() => {
    const invitation = createStaffInviteStep(
      transform({ created, input }, ({ created, input }) => ({ staff_id: created.staff.id, now: input.now }))
    )
    sendNotificationsStep(
      transform({ invitation, created, input }, ({ invitation, created, input }) => [
        {
          to: created.staff.email,
          channel: "email",
          template: "retail-staff-invite",
          data: {
            subject: "OCOP Market: lời mời làm nhân viên quầy",
            name: created.staff.name,
            point_name: input.point_name ?? null,
            url: invitation.url,
            expires_at: invitation.expires_at,
          },
        },
      ])
    )
    return invitation
  })
  return new WorkflowResponse(
    transform({ created, invite }, ({ created, invite }) => ({
      staff: created.staff,
      invite: (invite as StaffInvitation | undefined) ?? null,
    }))
  )
})
