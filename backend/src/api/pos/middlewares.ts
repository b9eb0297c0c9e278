import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  AdminCreateBooth,
  AdminCreateFair,
  AdminCreateSalesPoint,
  AdminCreateStaff,
  AdminUpdateSalesPoint,
} from "../admin/ocop/sales-points/validators"
import {
  PosCreateSale,
  PosCreateStockMovement,
  PosLabelParams,
  PosListParams,
  PosLookupParams,
  PosTaskParams,
  StoreFeedParams,
} from "./validators"

/** Counter staff of points of sale and booths: actor type `sales_point`, bearer token or session. */
const staffOnly = authenticate("sales_point", ["bearer", "session"])

/** Routes of points of sale, fair booths and the office's management of them (issue #7). */
export const posMiddlewares: MiddlewareRoute[] = [
  { matcher: "/pos*", middlewares: [staffOnly] },
  { method: ["GET"], matcher: "/pos/points/:id/lookup", middlewares: [validateAndTransformQuery(PosLookupParams, {})] },
  { method: ["POST"], matcher: "/pos/points/:id/sales", middlewares: [validateAndTransformBody(PosCreateSale)] },
  { method: ["POST"], matcher: "/pos/points/:id/stock-movements", middlewares: [validateAndTransformBody(PosCreateStockMovement)] },
  { method: ["GET"], matcher: "/pos/points/:id/stock-movements", middlewares: [validateAndTransformQuery(PosListParams, {})] },
  { method: ["GET"], matcher: "/pos/points/:id/tasks", middlewares: [validateAndTransformQuery(PosTaskParams, {})] },
  { method: ["GET"], matcher: "/pos/points/:id/labels", middlewares: [validateAndTransformQuery(PosLabelParams, {})] },
  { method: ["GET"], matcher: "/store/ocop/feed", middlewares: [validateAndTransformQuery(StoreFeedParams, {})] },
  { method: ["POST"], matcher: "/admin/ocop/sales-points", middlewares: [validateAndTransformBody(AdminCreateSalesPoint)] },
  { method: ["POST"], matcher: "/admin/ocop/sales-points/:id", middlewares: [validateAndTransformBody(AdminUpdateSalesPoint)] },
  { method: ["POST"], matcher: "/admin/ocop/sales-points/:id/staff", middlewares: [validateAndTransformBody(AdminCreateStaff)] },
  { method: ["POST"], matcher: "/admin/ocop/fairs", middlewares: [validateAndTransformBody(AdminCreateFair)] },
  { method: ["POST"], matcher: "/admin/ocop/fairs/:id/booths", middlewares: [validateAndTransformBody(AdminCreateBooth)] },
]
