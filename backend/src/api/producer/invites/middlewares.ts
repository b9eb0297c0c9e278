import type { MiddlewareRoute } from "@medusajs/framework/http"
import { producerRoute } from "../producer-route"
import { ProducerAcceptInvite } from "../validators"

export const producerInvitesMiddlewares: MiddlewareRoute[] = [
  producerRoute({
    method: "POST",
    matcher: "/producer/invites/accept",
    access: { resource: "invite", unregistered: true },
    body: ProducerAcceptInvite,
  }),
]
