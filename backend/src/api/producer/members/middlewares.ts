import type { MiddlewareRoute } from "@medusajs/framework/http"
import { producerRoute } from "../producer-route"
import { ProducerInviteMember } from "../validators"

export const producerMembersMiddlewares: MiddlewareRoute[] = [
  producerRoute({ method: "GET", matcher: "/producer/members", access: { resource: "list" } }),
  producerRoute({
    method: "POST",
    matcher: "/producer/members/invites",
    access: { resource: "invite", ownerOnly: true },
    body: ProducerInviteMember,
  }),
  producerRoute({ method: "DELETE", matcher: "/producer/members/:id", access: { resource: "member", ownerOnly: true } }),
]
