import type { MiddlewareRoute } from "@medusajs/framework/http"
import { producerRoute } from "../producer-route"
import { ProducerCreateProduct, ProducerListParams, ProducerUpdateProduct, ProducerVariant, ProducerVariantUpdate } from "../validators"

/** A variant route acts on the variant: it must be the producer's and belong to the product in the path. */
export const producerProductsMiddlewares: MiddlewareRoute[] = [
  producerRoute({ method: "GET", matcher: "/producer/products", access: { resource: "list" }, query: ProducerListParams }),
  producerRoute({ method: "POST", matcher: "/producer/products", access: { resource: "product" }, body: ProducerCreateProduct }),
  producerRoute({ method: "GET", matcher: "/producer/products/:id", access: { resource: "product" } }),
  producerRoute({ method: "POST", matcher: "/producer/products/:id", access: { resource: "product" }, body: ProducerUpdateProduct }),
  producerRoute({ method: "DELETE", matcher: "/producer/products/:id", access: { resource: "product" } }),
  producerRoute({ method: "POST", matcher: "/producer/products/:id/variants", access: { resource: "product" }, body: ProducerVariant }),
  producerRoute({
    method: "POST",
    matcher: "/producer/products/:id/variants/:variant_id",
    access: { resource: "variant" },
    body: ProducerVariantUpdate,
  }),
  producerRoute({ method: "DELETE", matcher: "/producer/products/:id/variants/:variant_id", access: { resource: "variant" } }),
]
