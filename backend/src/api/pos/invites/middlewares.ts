import type { MiddlewareRoute } from "@medusajs/framework/http"
import { staffRoute } from "../staff-route"
import { PosAcceptInvite } from "./[token]/validators"

/** The invitation link is opened by a person who has no login yet: its token is the key. */
export const posInvitesMiddlewares: MiddlewareRoute[] = [
  staffRoute({ method: "GET", matcher: "/pos/invites/:token", access: { resource: "invitation" } }),
  staffRoute({ method: "POST", matcher: "/pos/invites/:token", access: { resource: "invitation" }, body: PosAcceptInvite }),
]
