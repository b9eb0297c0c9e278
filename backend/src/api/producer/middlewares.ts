import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { loadProducerContext, requireOwner } from "./context"
import { ADMIN_PRODUCER_ROUTES, PRODUCER_ROUTES } from "./route-table"
import { receiveUploads } from "./uploads"
import { validateProducerBody, validateProducerQuery } from "./validate"

/**
 * Producer portal middlewares, built from the route table: a producer login (bearer token or
 * session), then the caller's producer resolved in the backend, then owner-only checks and
 * validation. Spread into src/api/middlewares.ts.
 */
export const producerMiddlewares: MiddlewareRoute[] = [
  ...PRODUCER_ROUTES.map(
    (route): MiddlewareRoute => ({
      methods: [route.method],
      matcher: route.matcher,
      middlewares: [
        authenticate("producer", ["bearer", "session"], route.unregistered ? { allowUnregistered: true } : {}),
        ...(route.unregistered ? [] : [loadProducerContext as any]),
        ...(route.ownerOnly ? [requireOwner as any] : []),
        ...(route.upload ? [receiveUploads as any] : []),
        ...(route.body ? [validateProducerBody(route.body) as any] : []),
        ...(route.query ? [validateProducerQuery(route.query) as any] : []),
      ],
    })
  ),
  ...ADMIN_PRODUCER_ROUTES.map(
    (route): MiddlewareRoute => ({
      methods: [route.method],
      matcher: route.matcher,
      middlewares: [
        ...(route.body ? [validateProducerBody(route.body) as any] : []),
        ...(route.query ? [validateProducerQuery(route.query) as any] : []),
      ],
    })
  ),
]
