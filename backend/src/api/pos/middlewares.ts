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
  AdminUpdateStaff,
  AdminUpdateSalesPoint,
} from "../admin/ocop/sales-points/validators"
import { requireActiveStaff } from "../../lib/retail/staff-access"
import { PosAcceptInvite } from "./invites/[token]/validators"
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

/** Counter staff of points of sale and booths: actor type `sales_point`, bearer token or session, still active. */
const authenticateStaff = authenticate("sales_point", ["bearer", "session"])
const staffOnly = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) =>
  authenticateStaff(req, res, (error?: unknown) => (error ? next(error) : requireActiveStaff(req as any, res, next)))

/** The invitation links are opened by people who have no login yet. */
const INVITATION_PATH = /^\/pos\/invites\/[^/]+\/?$/
const staffOrInvitation = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) =>
  INVITATION_PATH.test((req.originalUrl ?? req.url).split("?")[0]) ? next() : staffOnly(req, res, next)

/** Routes of points of sale, fair booths and the office's management of them (issue #7). */
export const posMiddlewares: MiddlewareRoute[] = [
  { matcher: "/pos*", middlewares: [posCors, staffOrInvitation] },
  { method: ["POST"], matcher: "/pos/invites/:token", middlewares: [validateAndTransformBody(PosAcceptInvite)] },
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
  { method: ["POST"], matcher: "/admin/ocop/sales-points/:id/staff/:staff_id", middlewares: [validateAndTransformBody(AdminUpdateStaff)] },
  { method: ["GET"], matcher: "/admin/ocop/consignments", middlewares: [validateAndTransformQuery(AdminConsignmentParams, {})] },
  { method: ["POST"], matcher: "/admin/ocop/fairs", middlewares: [validateAndTransformBody(AdminCreateFair)] },
  { method: ["POST"], matcher: "/admin/ocop/fairs/:id/booths", middlewares: [validateAndTransformBody(AdminCreateBooth)] },
]
