import type { MiddlewareRoute } from "@medusajs/framework/http"
import { producerRoute } from "../producer-route"
import { ProducerOnboarding } from "../validators"

export const producerOnboardingMiddlewares: MiddlewareRoute[] = [
  producerRoute({
    method: "POST",
    matcher: "/producer/onboarding",
    access: { resource: "profile", unregistered: true },
    body: ProducerOnboarding,
  }),
]
