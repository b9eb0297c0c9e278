/**
 * The storefront's security headers, for every page (next.config.ts `headers()`). No I/O and no
 * path aliases: next.config.ts imports this file directly.
 *
 * The Content-Security-Policy allows what the pages load: the app's own scripts (Next's inline
 * bootstrap scripts need 'unsafe-inline' without nonces), images from this site, data:/blob: URLs
 * (VietQR codes, upload previews), the backend's file host and https image hosts, and Stripe.js with
 * its card iframes when cards are offered. No page may be framed by another site (POS and verify
 * pages included).
 */
const STRIPE_JS = "https://js.stripe.com"
const STRIPE_FRAMES = ["https://js.stripe.com", "https://hooks.stripe.com"]
const STRIPE_API = "https://api.stripe.com"
const ONE_YEAR_S = 365 * 24 * 3600

export type SecurityHeaderOptions = {
  /** Where product images and uploads are served from (MEDUSA_BACKEND_URL). */
  backendUrl: string
  production: boolean
}

function origin(url: string): string | null {
  try {
    return new URL(url).origin
  } catch {
    return null
  }
}

export function contentSecurityPolicy({ backendUrl, production }: SecurityHeaderOptions): string {
  const backend = origin(backendUrl)
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // development: React Refresh evaluates code
    "script-src": ["'self'", "'unsafe-inline'", STRIPE_JS, ...(production ? [] : ["'unsafe-eval'"])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", "https:", ...(backend ? [backend] : [])],
    "font-src": ["'self'", "data:"],
    // development: the hot-reload websocket
    "connect-src": ["'self'", STRIPE_API, ...(backend ? [backend] : []), ...(production ? [] : ["ws:", "wss:"])],
    "frame-src": STRIPE_FRAMES,
    "worker-src": ["'self'", "blob:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  }
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ")
}

export function securityHeaders(options: SecurityHeaderOptions): { key: string; value: string }[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(options) },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    // the counter's barcode scanner uses the camera of this site only
    { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=(), payment=(self)" },
    ...(options.production ? [{ key: "Strict-Transport-Security", value: `max-age=${ONE_YEAR_S}; includeSubDomains` }] : []),
  ]
}
