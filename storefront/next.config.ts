import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts")

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // @ocop/domain is a workspace package built to CommonJS; nothing to transpile.
}

export default withNextIntl(nextConfig)
