import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { contentSecurityPolicy, securityHeaders } from "./security-headers"

const header = (headers: { key: string; value: string }[], key: string) => headers.find((h) => h.key === key)?.value

describe("storefront security headers", () => {
  it("forbid framing, sniffing and full referrers on every page", () => {
    const headers = securityHeaders({ backendUrl: "http://localhost:9000", production: true })
    assert.match(header(headers, "Content-Security-Policy")!, /frame-ancestors 'none'/)
    assert.equal(header(headers, "X-Frame-Options"), "DENY")
    assert.equal(header(headers, "X-Content-Type-Options"), "nosniff")
    assert.equal(header(headers, "Referrer-Policy"), "strict-origin-when-cross-origin")
  })

  it("send HSTS in production only", () => {
    assert.match(
      header(securityHeaders({ backendUrl: "https://api.ocop.vn", production: true }), "Strict-Transport-Security")!,
      /max-age=31536000/
    )
    assert.equal(
      header(securityHeaders({ backendUrl: "http://localhost:9000", production: false }), "Strict-Transport-Security"),
      undefined
    )
  })

  it("let pages load images from the backend and Stripe.js, and nothing runs plugins", () => {
    const csp = contentSecurityPolicy({ backendUrl: "https://api.ocop.vn/", production: true })
    assert.match(csp, /img-src [^;]*https:\/\/api\.ocop\.vn/)
    assert.match(csp, /script-src [^;]*https:\/\/js\.stripe\.com/)
    assert.match(csp, /object-src 'none'/)
    assert.doesNotMatch(csp, /unsafe-eval/)
    assert.match(contentSecurityPolicy({ backendUrl: "http://localhost:9000", production: false }), /script-src [^;]*'unsafe-eval'/)
  })
})
