import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { OFFICE_MODULE } from "../../../modules/office"
import { nationalOnly, noOfficeScope, outOfScope } from "../../../modules/office/errors"
import { assertScopeMayRecordStars, assertScopeMayTransition } from "../../../modules/office/five-star"
import type { OfficeScope } from "../../../modules/office/scope"
import type OfficeModuleService from "../../../modules/office/service"
import { provinceOfRecord, type OfficeRecordKind } from "./record-province"
import { declaredRoute, type DeclaredRoute, type RouteDeclaration } from "../../declared-route"

/**
 * How an admin OCOP route is confined to the acting officer's province (Medusa's admin login applies
 * to /admin/* already). A national account passes every rule; a provincial one:
 * - `self`: reads only its own account (no scope needed, so an unscoped account learns why it is refused)
 * - `national`: refused
 * - `list`: allowed; the handler filters to the officer's province (`officeProvinceFilter`)
 * - `query_province`: `?province_code` may name only the officer's province; the handler applies it
 * - `record`: the record named by the `:id` param (or a body field) must be in the officer's province
 * - `body_province`: the body's `province_code` must be the officer's
 */
export type OfficeScopeRule =
  | { kind: "self" }
  | { kind: "national" }
  | { kind: "list" }
  | { kind: "query_province" }
  | {
      kind: "record"
      resource: OfficeRecordKind
      bodyField?: string
      bodyProvince?: boolean
      fiveStar?: "record" | "transition"
      /** further records the body names (dotted path), each of which must be in the officer's province too */
      alsoBody?: Array<{ path: string; resource: OfficeRecordKind }>
    }
  | { kind: "body_province" }

/** Who may call an office route: the facts office-isolation.spec.ts is generated from. */
export type OfficeAccess = { actor: "office"; scope: OfficeScopeRule }

export type OfficeRouteDeclaration = RouteDeclaration<OfficeAccess>

/** Every value of a query parameter as sent (?a=1,2 or ?a=1&a=2). */
const queryValues = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value === undefined || value === "" ? [] : [value]).flatMap((v) => String(v).split(",")).filter(Boolean)

/** Refuses what the route's rule forbids a provincial account; passes a national one. */
async function checkRule(req: MedusaRequest, rule: OfficeScopeRule, scope: OfficeScope) {
  const body = (req.body ?? {}) as Record<string, unknown>
  if (scope.kind === "national") return
  const own = scope.province_code
  switch (rule.kind) {
    case "self":
    case "list":
      return
    case "national":
      throw nationalOnly()
    case "query_province":
      if (queryValues(req.query?.province_code).some((code) => code !== own)) throw outOfScope(scope)
      return
    case "body_province":
      if (body.province_code !== undefined && body.province_code !== own) throw outOfScope(scope)
      return
    case "record": {
      const id = rule.bodyField ? body[rule.bodyField] : req.params.id
      // an unknown id is the handler's (or the validator's) to answer: 404 / 400, as for a national account
      const record = await provinceOfRecord(req.scope, rule.resource, id as string)
      if (record.found && record.province_code !== own) throw outOfScope(scope)
      for (const also of rule.alsoBody ?? []) {
        const alsoId = also.path.split(".").reduce<any>((v, k) => (v && typeof v === "object" ? v[k] : undefined), body)
        if (alsoId === undefined || alsoId === null) continue
        const other = await provinceOfRecord(req.scope, also.resource, alsoId)
        if (other.found && other.province_code !== own) throw outOfScope(scope)
      }
      if (rule.bodyProvince && body.province_code !== undefined && body.province_code !== own) throw outOfScope(scope)
      if (rule.fiveStar === "record") assertScopeMayRecordStars(scope, body.stars)
      if (rule.fiveStar === "transition" && record.certificate) assertScopeMayTransition(scope, record.certificate, body.to)
      return
    }
  }
}

/**
 * Resolves the acting officer's scope (refusing an account without one, except on `self` routes),
 * keeps it on the request for the handlers' list filters, then applies the route's rule.
 */
const officeScopeGuard = (rule: OfficeScopeRule) => async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
  try {
    const auth = (req as any).auth_context
    const scope =
      auth?.actor_type === "user" ? await req.scope.resolve<OfficeModuleService>(OFFICE_MODULE).scopeOfUser(auth.actor_id) : null
    ;(req as any).office_scope = scope
    if (rule.kind !== "self") {
      if (!scope) throw noOfficeScope()
      await checkRule(req, rule, scope)
    }
    next()
  } catch (error) {
    next(error)
  }
}

/** An /admin/ocop route: the office scope check runs before validation and the handler. */
export function officeRoute(route: Omit<OfficeRouteDeclaration, "access"> & { scope: OfficeScopeRule }): DeclaredRoute<OfficeAccess> {
  const { scope, ...rest } = route
  return declaredRoute({ ...rest, access: { actor: "office", scope } }, [officeScopeGuard(scope)])
}
