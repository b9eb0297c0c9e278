import {
  validateAndTransformBody,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { assertScopeMayRecordStars, assertScopeMayTransition } from "../../../lib/office/five-star"
import { provinceOfRecord } from "../../../lib/office/record-province"
import { nationalOnly, noOfficeScope, officeScopeOfUser, outOfScope, type OfficeScope } from "../../../lib/office/scope"
import { OFFICE_ROUTES, type OfficeRoute } from "./route-table"

/** Every value of a query parameter as sent (?a=1,2 or ?a=1&a=2). */
const queryValues = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value === undefined || value === "" ? [] : [value]).flatMap((v) => String(v).split(",")).filter(Boolean)

/** Refuses what the route's rule forbids a provincial account; passes a national one. */
async function checkRule(req: MedusaRequest, route: OfficeRoute, scope: OfficeScope) {
  const rule = route.scope
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
const officeScopeGuard = (route: OfficeRoute) => async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
  try {
    const auth = (req as any).auth_context
    const scope = auth?.actor_type === "user" ? await officeScopeOfUser(req.scope, auth.actor_id) : null
    ;(req as any).office_scope = scope
    if (route.scope.kind !== "self") {
      if (!scope) throw noOfficeScope()
      await checkRule(req, route, scope)
    }
    next()
  } catch (error) {
    next(error)
  }
}

/** Office scope checks for every /admin/ocop route, built from the route table. Spread into src/api/middlewares.ts. */
export const officeMiddlewares: MiddlewareRoute[] = OFFICE_ROUTES.map((route) => ({
  methods: [route.method],
  matcher: route.matcher,
  middlewares: [officeScopeGuard(route) as any, ...(route.body ? [validateAndTransformBody(route.body)] : [])],
}))
