import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../../validation"
import { StoreOcopSearchParams, StoreOcopSearchSuggestionsParams } from "./validators"

export const storeOcopSearchMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/store/ocop/search", middlewares: [validateQuery(StoreOcopSearchParams)] },
  { methods: ["GET"], matcher: "/store/ocop/search/suggestions", middlewares: [validateQuery(StoreOcopSearchSuggestionsParams)] },
]
