import type { MiddlewareRoute } from "@medusajs/framework/http"
import { checkBody } from "../../../validation"
import { requireSepayKey } from "./sepay-key"
import { SepayTransaction } from "./validators"

/** SePay's transfer webhook: the API key first (a forged call learns nothing), then the body. */
export const hooksSepayMiddlewares: MiddlewareRoute[] = [
  { methods: ["POST"], matcher: "/hooks/ocop/sepay", middlewares: [requireSepayKey, checkBody(SepayTransaction)] },
]
