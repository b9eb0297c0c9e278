import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, parseCorsOrigins } from "@medusajs/framework/utils"
import cors from "cors"
import {
  AdminCreateBooth,
  AdminCreateFair,
  AdminCreateSalesPoint,
  AdminCreateStaff,
  AdminUpdateSalesPoint,
} from "../admin/ocop/sales-points/validators"
import { AdminConsignmentParams } from "../admin/ocop/consignments/validators"
import {
  PosCreateSale,
  PosCreateStockMovement,
  PosLabelParams,
  PosListParams,
  PosReceiveConsignment,
  PosRequestConsignment,
  PosLookupParams,
  PosTaskParams,
  StoreFeedParams,
} from "./validators"

/**
 * Medusa adds CORS to /store, /admin and /auth only: the counter's browser may call /pos from the
 * storefront's origin (STORE_CORS). Preflights are answered here, before authentication.
 */
const posCors = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
  const { http } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  return cors({ origin: parseCorsOrigins(http.storeCors ?? ""), credentials: true })(req as any, res as any, next)
}

/** Counter staff of points of sale and booths: actor type `sales_point`, bearer token or session. */
const staffOnly = authenticate("sales_point", ["bearer", "session"])

/** Routes of points of sale, fair booths and the office's management of them (issue #7). */
export const posMiddlewares: MiddlewareRoute[] = [
  { matcher: "/pos*", middlewares: [posCors, staffOnly] },
  { method: ["GET"], matcher: "/pos/points/:id/lookup", middlewares: [validateAndTransformQuery(PosLookupParams, {})] },
  { method: ["POST"], matcher: "/pos/points/:id/sales", middlewares: [validateAndTransformBody(PosCreateSale)] },
  { method: ["POST"], matcher: "/pos/points/:id/stock-movements", middlewares: [validateAndTransformBody(PosCreateStockMovement)] },
  { method: ["GET"], matcher: "/pos/points/:id/stock-movements", middlewares: [validateAndTransformQuery(PosListParams, {})] },
  { method: ["POST"], matcher: "/pos/points/:id/consignments", middlewares: [validateAndTransformBody(PosRequestConsignment)] },
  { method: ["POST"], matcher: "/pos/points/:id/consignments/:consignment_id/receive", middlewares: [validateAndTransformBody(PosReceiveConsignment)] },
  { method: ["GET"], matcher: "/pos/points/:id/consignments", middlewares: [validateAndTransformQuery(PosListParams, {})] },
  { method: ["GET"], matcher: "/pos/points/:id/tasks", middlewares: [validateAndTransformQuery(PosTaskParams, {})] },
  { method: ["GET"], matcher: "/pos/points/:id/labels", middlewares: [validateAndTransformQuery(PosLabelParams, {})] },
  { method: ["GET"], matcher: "/store/ocop/feed", middlewares: [validateAndTransformQuery(StoreFeedParams, {})] },
  { method: ["POST"], matcher: "/admin/ocop/sales-points", middlewares: [validateAndTransformBody(AdminCreateSalesPoint)] },
  { method: ["POST"], matcher: "/admin/ocop/sales-points/:id", middlewares: [validateAndTransformBody(AdminUpdateSalesPoint)] },
  { method: ["POST"], matcher: "/admin/ocop/sales-points/:id/staff", middlewares: [validateAndTransformBody(AdminCreateStaff)] },
  { method: ["GET"], matcher: "/admin/ocop/consignments", middlewares: [validateAndTransformQuery(AdminConsignmentParams, {})] },
  { method: ["POST"], matcher: "/admin/ocop/fairs", middlewares: [validateAndTransformBody(AdminCreateFair)] },
  { method: ["POST"], matcher: "/admin/ocop/fairs/:id/booths", middlewares: [validateAndTransformBody(AdminCreateBooth)] },
]
