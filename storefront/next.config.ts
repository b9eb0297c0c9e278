import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"
import { securityHeaders } from "./src/lib/security-headers"

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts")

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Cached shop pages (ISR, revalidate 5 s) say `s-maxage=5, stale-while-revalidate=55` instead of
  // a year of staleness: a CDN may serve a delisted product page only briefly (lib/cache-control.ts).
  expireTime: 60,
  // @ocop/domain is a built workspace package (ES module and CommonJS builds); nothing to transpile.
  // CSP, no framing, nosniff, Referrer-Policy, HSTS in production (lib/security-headers.ts)
  async headers() {
    const headers = securityHeaders({
      backendUrl: process.env.MEDUSA_BACKEND_URL || "http://localhost:9000",
      production: process.env.NODE_ENV === "production",
    })
    return [{ source: "/:path*", headers }]
  },
}

export default withNextIntl(nextConfig)
