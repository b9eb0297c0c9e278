import type { MiddlewareRoute } from "@medusajs/framework/http"
import { staffRoute } from "../staff-route"

export const posMeMiddlewares: MiddlewareRoute[] = [staffRoute({ method: "GET", matcher: "/pos/me", access: { resource: "self" } })]
