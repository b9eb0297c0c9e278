import type { MiddlewareRoute } from "@medusajs/framework/http"
import { staffRoute } from "../staff-route"
import {
  PosCreateSale,
  PosCreateStockMovement,
  PosLabelParams,
  PosListParams,
  PosLookupParams,
  PosReceiveConsignment,
  PosRequestConsignment,
  PosTaskParams,
} from "../validators"

const atPoint = { resource: "point" } as const

/** Everything a counter does at one of its points: the `:id` point must be the staff member's (else 404). */
export const posPointsMiddlewares: MiddlewareRoute[] = [
  staffRoute({ method: "GET", matcher: "/pos/points/:id/lookup", access: atPoint, query: PosLookupParams }),
  staffRoute({ method: "POST", matcher: "/pos/points/:id/sales", access: atPoint, body: PosCreateSale }),
  staffRoute({ method: "GET", matcher: "/pos/points/:id/sales/:order_id/receipt", access: atPoint }),
  staffRoute({ method: "POST", matcher: "/pos/points/:id/sales/:order_id/payment", access: atPoint }),
  staffRoute({ method: "GET", matcher: "/pos/points/:id/stock", access: atPoint }),
  staffRoute({ method: "GET", matcher: "/pos/points/:id/stock-movements", access: atPoint, query: PosListParams }),
  staffRoute({ method: "POST", matcher: "/pos/points/:id/stock-movements", access: atPoint, body: PosCreateStockMovement }),
  staffRoute({ method: "GET", matcher: "/pos/points/:id/destinations", access: atPoint }),
  staffRoute({ method: "GET", matcher: "/pos/points/:id/tasks", access: atPoint, query: PosTaskParams }),
  staffRoute({ method: "POST", matcher: "/pos/points/:id/tasks/:task_id/done", access: atPoint }),
  staffRoute({ method: "GET", matcher: "/pos/points/:id/labels", access: atPoint, query: PosLabelParams }),
  staffRoute({ method: "GET", matcher: "/pos/points/:id/consignments", access: atPoint, query: PosListParams }),
  staffRoute({ method: "POST", matcher: "/pos/points/:id/consignments", access: atPoint, body: PosRequestConsignment }),
  staffRoute({
    method: "POST",
    matcher: "/pos/points/:id/consignments/:consignment_id/receive",
    access: atPoint,
    body: PosReceiveConsignment,
  }),
]
