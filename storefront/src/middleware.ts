import createMiddleware from "next-intl/middleware"
import type { NextRequest } from "next/server"
import { routing } from "./i18n/routing"
import { listingCacheControl } from "./lib/cache-control"

const intlMiddleware = createMiddleware(routing)

export default function middleware(request: NextRequest) {
  const response = intlMiddleware(request)
  // listings render per request (they read ?page=/?sort=) but are the same for everyone: CDN-cacheable
  const cacheControl = response.headers.has("location") ? null : listingCacheControl(request.method, request.nextUrl.pathname)
  if (cacheControl) response.headers.set("Cache-Control", cacheControl)
  // which of several storefront instances answered (npm run stack:prod, docker compose)
  if (process.env.OCOP_INSTANCE) response.headers.set("X-Ocop-Instance", process.env.OCOP_INSTANCE)
  return response
}

export const config = {
  // Everything except API routes, Next internals and files with an extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
}
