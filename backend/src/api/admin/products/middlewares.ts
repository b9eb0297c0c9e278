import type { MiddlewareRoute } from "@medusajs/framework/http"
import { checkBody } from "../../validation"
import { OfficeProductText } from "./validators"

/** Medusa admin's own product routes: our text limits first, then Medusa's validator and handler. */
export const adminProductsMiddlewares: MiddlewareRoute[] = ["/admin/products", "/admin/products/:id"].map((matcher) => ({
  methods: ["POST"],
  matcher,
  middlewares: [checkBody(OfficeProductText)],
}))
