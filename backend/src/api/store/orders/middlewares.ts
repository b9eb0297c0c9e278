import {
  authenticate,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ocopError } from "../../../lib/errors"
import { ORDER_TOKEN_HEADER, verifyOrderAccessToken } from "../../../lib/orders/access-token"

const orderNotFound = () => ocopError("NOT_FOUND", "store.order_not_found", "Không tìm thấy đơn hàng", "Order not found")

/**
 * Medusa serves GET /store/orders/:id to whoever holds the id. Here only the customer who owns the
 * order, or a guest with the signed token set at checkout (the `x-ocop-order-token` header; the
 * storefront turns a signed link's `?token=` into it), reads it; anyone else gets the same 404 as
 * for an unknown id.
 */
async function ownerOrTokenHolder(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const orderId = req.params.id
    const token = req.get(ORDER_TOKEN_HEADER)
    if (token !== undefined && verifyOrderAccessToken(req.scope, orderId, token)) return next()
    const actor = (req as AuthenticatedMedusaRequest).auth_context
    if (actor?.actor_type === "customer" && actor.actor_id) {
      const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "order", fields: ["id", "customer_id"], filters: { id: orderId } })
      if ((data[0] as any)?.customer_id === actor.actor_id) return next()
    }
    throw orderNotFound()
  } catch (error) {
    next(error)
  }
}

export const storeOrdersMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/orders/:id",
    middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }), ownerOrTokenHolder],
  },
]
