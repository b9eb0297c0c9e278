import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, parseCorsOrigins } from "@medusajs/framework/utils"
import cors from "cors"

/**
 * Medusa adds CORS to /store, /admin and /auth only: the counter's browser may call /pos from the
 * storefront's origin (STORE_CORS). Preflights are answered here, before any route's login check
 * (each /pos route declares its own: pos/{me,points,invites}/middlewares.ts).
 */
const posCors = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
  const { http } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  return cors({ origin: parseCorsOrigins(http.storeCors ?? ""), credentials: true })(req as any, res as any, next)
}

export const posMiddlewares: MiddlewareRoute[] = [{ matcher: "/pos*", middlewares: [posCors] }]
