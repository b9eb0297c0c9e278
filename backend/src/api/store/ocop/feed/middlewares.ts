import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../../validation"
import { StoreFeedParams } from "./validators"

/** A point's catalogue feed for an external POS, opened with the point's publishable key. */
export const storeOcopFeedMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/store/ocop/feed", middlewares: [validateQuery(StoreFeedParams)] },
]
