import type { MiddlewareRoute } from "@medusajs/framework/http"
import { producerRoute } from "../producer-route"
import { ProducerReevaluation, ProducerSubmitCertificate } from "../validators"

/** Submitting a certificate names a product in the body: it must be the producer's. */
export const producerCertificatesMiddlewares: MiddlewareRoute[] = [
  producerRoute({ method: "GET", matcher: "/producer/certificates", access: { resource: "list" } }),
  producerRoute({
    method: "POST",
    matcher: "/producer/certificates",
    access: { resource: "certificate" },
    body: ProducerSubmitCertificate,
  }),
  producerRoute({ method: "GET", matcher: "/producer/certificates/:id", access: { resource: "certificate" } }),
  producerRoute({
    method: "POST",
    matcher: "/producer/certificates/:id/reevaluation",
    access: { resource: "certificate" },
    body: ProducerReevaluation,
  }),
]
