import { authenticate } from "@medusajs/framework/http"
import { declaredRoute, type DeclaredRoute, type RouteDeclaration } from "../declared-route"
import { loadProducerContext, requireOwner } from "./context"
import { receiveUploads } from "./uploads"

/** Who may call a producer portal route, and on what: the facts producer-isolation.spec.ts is generated from. */
export type ProducerAccess = {
  actor: "producer"
  /**
   * What the route acts on: the :id (and :variant_id) path params, or the body's ids, name a record
   * of this kind; "list" routes must never show another producer's records.
   */
  resource: "profile" | "member" | "invite" | "upload" | "product" | "variant" | "stock" | "certificate" | "order" | "consignment" | "list"
  /** the login may not be linked to a producer yet (onboarding, accepting an invite) */
  unregistered?: boolean
  /** only the producer's owner */
  ownerOnly?: boolean
  /** multipart upload (`files`) */
  upload?: boolean
}

export type ProducerRouteDeclaration = RouteDeclaration<ProducerAccess>

/**
 * A producer portal route: a producer login (bearer token or session), then the caller's producer
 * resolved in the backend (`req.producerContext`), then the owner-only check and the upload, then
 * validation.
 */
export function producerRoute(
  route: Omit<ProducerRouteDeclaration, "access"> & { access: Omit<ProducerAccess, "actor"> }
): DeclaredRoute<ProducerAccess> {
  const access: ProducerAccess = { actor: "producer", ...route.access }
  return declaredRoute({ ...route, access }, [
    authenticate("producer", ["bearer", "session"], access.unregistered ? { allowUnregistered: true } : {}),
    ...(access.unregistered ? [] : [loadProducerContext]),
    ...(access.ownerOnly ? [requireOwner] : []),
    ...(access.upload ? [receiveUploads] : []),
  ])
}
