import type { MiddlewareRoute } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { validateBody, validateQuery } from "./validation"

export type RouteMethod = "GET" | "POST" | "DELETE"

/**
 * What an OCOP route says about itself where it is wired: its method and path, what it validates,
 * and who may call it on what (`access`, one shape per caller: producer-route.ts, office-route.ts,
 * staff-route.ts). The guards are built from `access`, and the isolation matrices read the same
 * declarations back from src/api/middlewares.ts, so a route cannot be guarded one way and tested
 * another.
 */
export type RouteDeclaration<Access extends { actor: string } = { actor: string }> = {
  method: RouteMethod
  matcher: string
  body?: z.ZodTypeAny
  query?: z.ZodTypeAny
  access: Access
}

export type DeclaredRoute<Access extends { actor: string } = { actor: string }> = MiddlewareRoute & {
  declaration: RouteDeclaration<Access>
}

/** One middleware entry: the caller's guards first, then the one validator (src/api/validation.ts). */
export function declaredRoute<Access extends { actor: string }>(
  declaration: RouteDeclaration<Access>,
  guards: any[]
): DeclaredRoute<Access> {
  return {
    methods: [declaration.method],
    matcher: declaration.matcher,
    middlewares: [
      ...guards,
      ...(declaration.body ? [validateBody(declaration.body)] : []),
      ...(declaration.query ? [validateQuery(declaration.query)] : []),
    ],
    declaration,
  }
}

/** The declarations of one caller among wired routes (e.g. `defineMiddlewares(...).routes`). */
export function declarationsOf<Access extends { actor: string }>(
  routes: readonly unknown[],
  actor: Access["actor"]
): RouteDeclaration<Access>[] {
  return routes
    .map((route) => (route as Partial<DeclaredRoute>).declaration)
    .filter((declaration): declaration is RouteDeclaration<Access> => declaration?.access.actor === actor)
}
