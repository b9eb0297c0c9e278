import type { MiddlewareRoute } from "@medusajs/framework/http"
import { producerRoute } from "../producer-route"

export const producerUploadsMiddlewares: MiddlewareRoute[] = [
  producerRoute({ method: "POST", matcher: "/producer/uploads", access: { resource: "upload", upload: true } }),
]
