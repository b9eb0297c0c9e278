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
  // Its modules (and @ocop/contract's) are pure: tell webpack so, or every module behind the
  // `export *` index (provinces, communes, password lists, programme metrics…) is kept for its
  // top-level constants and ships in the browser bundle of any client component that imports one rule.
  webpack(config) {
    config.module.rules.push({ test: /[\\/](packages[\\/]ocop-|@ocop[\\/])(domain|contract)[\\/]dist[\\/]esm[\\/]/, sideEffects: false })
    return config
  },
  // Several instances share one cache in Redis when NEXT_CACHE_REDIS_URL is set (cache-handler.mjs:
  // npm run stack:prod, docker compose); otherwise each keeps Next's own on its disk.
  ...(process.env.NEXT_CACHE_REDIS_URL ? { cacheHandler: require.resolve("./cache-handler.mjs"), cacheMaxMemorySize: 0 } : {}),
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
