import { authenticate, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { requireActiveStaff } from "./require-active-staff"
import { declaredRoute, type DeclaredRoute, type RouteDeclaration } from "../declared-route"

/** Who may call a counter (POS) route: the facts pos-isolation.spec.ts is generated from. */
export type StaffAccess = {
  actor: "sales_point"
  /**
   * - `point`: the `:id` point must be one the staff member works at (the handler answers 404 otherwise)
   * - `self`: the staff member's own account and points
   * - `invitation`: opened by a person who has no login yet, with the invitation's token
   */
  resource: "point" | "self" | "invitation"
}

export type StaffRouteDeclaration = RouteDeclaration<StaffAccess>

/** Counter staff of points of sale and booths: actor type `sales_point`, bearer token or session, still active. */
const authenticateStaff = authenticate("sales_point", ["bearer", "session"])
const activeStaffOnly = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) =>
  authenticateStaff(req, res, (error?: unknown) => (error ? next(error) : requireActiveStaff(req as any, res, next)))

/** A /pos route: an active staff login (except an invitation's), then validation. */
export function staffRoute(
  route: Omit<StaffRouteDeclaration, "access"> & { access: Omit<StaffAccess, "actor"> }
): DeclaredRoute<StaffAccess> {
  const access: StaffAccess = { actor: "sales_point", ...route.access }
  return declaredRoute({ ...route, access }, access.resource === "invitation" ? [] : [activeStaffOnly])
}
