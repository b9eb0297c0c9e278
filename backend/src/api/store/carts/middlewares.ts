import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { signOrderAccessToken } from "../../../lib/orders/access-token"
import { checkBody } from "../../validation"
import { ShopperCartInput } from "../address-validators"

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

export const storeCartsMiddlewares: MiddlewareRoute[] = [
  // Medusa's own cart routes take any text: the cart's e-mail and addresses get our limits and phone rule.
  ...["/store/carts", "/store/carts/:id"].map(
    (matcher): MiddlewareRoute => ({ methods: ["POST"], matcher, middlewares: [checkBody(ShopperCartInput)] })
  ),
  { methods: ["POST"], matcher: "/store/carts/:id/complete", middlewares: [addOrderAccessToken] },
]
