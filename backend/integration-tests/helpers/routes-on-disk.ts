import { readdirSync, readFileSync, statSync } from "node:fs"
import { join, relative, sep } from "node:path"
import middlewares from "../../src/api/middlewares"
import { declarationsOf, type RouteDeclaration } from "../../src/api/declared-route"

const API_DIR = join(__dirname, "../../src/api")

/**
 * Every "METHOD /path" a route.ts below src/api/<folder> exports, with [param] folders written
 * :param as in the middlewares, sorted: the isolation matrices compare their declarations with
 * this, so a new route cannot escape its matrix.
 */
export function routesOnDisk(folder: string): string[] {
  const found: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name)
      if (statSync(full).isDirectory()) walk(full)
      else if (name === "route.ts") {
        const path =
          "/" +
          relative(API_DIR, dir)
            .split(sep)
            .join("/")
            .replace(/\[([^\]]+)\]/g, ":$1")
        for (const m of readFileSync(full, "utf8").matchAll(/export const (GET|POST|DELETE|PUT|PATCH)\b/g)) found.push(`${m[1]} ${path}`)
      }
    }
  }
  walk(join(API_DIR, folder))
  return found.sort()
}

/**
 * The routes of one caller as wired in src/api/middlewares.ts: the declarations their guards and
 * validation were built from (src/api/declared-route.ts). The isolation matrices are generated
 * from these.
 */
export function declaredRoutes<Access extends { actor: string }>(actor: Access["actor"]): RouteDeclaration<Access>[] {
  return declarationsOf<Access>(middlewares.routes ?? [], actor)
}

/** "METHOD /path", as routesOnDisk lists them. */
export const routeKey = (route: Pick<RouteDeclaration, "method" | "matcher">) => `${route.method} ${route.matcher}`
