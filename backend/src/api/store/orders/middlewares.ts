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
import { ORDER_TOKEN_HEADER, signOrderAccessToken, verifyOrderAccessToken } from "../../../lib/orders/access-token"

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

/**
 * The completed cart's answer carries the guest token for its order, so the storefront can keep it
 * (httpOnly cookie) and show the confirmation page; the token opens only that order.
 */
function addOrderAccessToken(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const json = res.json.bind(res)
  res.json = ((body: any) => {
    if (res.statusCode < 300 && body?.type === "order" && body.order?.id) {
      const { token, expires_at } = signOrderAccessToken(req.scope, body.order.id)
      return json({ ...body, order_access: { token, expires_at } })
    }
    return json(body)
  }) as any
  next()
}

export const storeOrderMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/orders/:id",
    middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }), ownerOrTokenHolder],
  },
  { method: ["POST"], matcher: "/store/carts/:id/complete", middlewares: [addOrderAccessToken] },
]
