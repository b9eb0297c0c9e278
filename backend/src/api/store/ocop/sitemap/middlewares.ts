import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../../validation"
import { StoreOcopSitemapParams } from "./validators"

export const storeOcopSitemapMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/store/ocop/sitemap", middlewares: [validateQuery(StoreOcopSitemapParams)] },
]
