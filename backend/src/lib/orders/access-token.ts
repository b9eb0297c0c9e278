import { createHmac, timingSafeEqual } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * A guest's key to one order: `<expiry seconds>.<HMAC-SHA256(order id + expiry)>`, signed with a key
 * derived from the server's JWT secret (so it fails closed exactly where that secret does). The order
 * id alone opens nothing.
 */
export const ORDER_TOKEN_TTL_SECONDS = 7 * 24 * 60 * 60
export const ORDER_TOKEN_HEADER = "x-ocop-order-token"

function keyOf(container: MedusaContainer): Buffer {
  const { jwtSecret } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http
  if (!jwtSecret) throw new Error("JWT_SECRET is required to sign order access tokens")
  return createHmac("sha256", String(jwtSecret)).update("ocop-order-access-v1").digest()
}

const mac = (key: Buffer, orderId: string, expires: number) => createHmac("sha256", key).update(`${orderId}.${expires}`).digest("base64url")

export function signOrderAccessToken(container: MedusaContainer, orderId: string, now = new Date(), ttlSeconds = ORDER_TOKEN_TTL_SECONDS) {
  const expires = Math.floor(now.getTime() / 1000) + ttlSeconds
  return { token: `${expires}.${mac(keyOf(container), orderId, expires)}`, expires_at: new Date(expires * 1000).toISOString() }
}

/** True only for an unexpired token signed for this very order. */
export function verifyOrderAccessToken(container: MedusaContainer, orderId: string, token: unknown, now = new Date()): boolean {
  if (typeof token !== "string" || token.length > 200) return false
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!match) return false
  const expires = Number(match[1])
  if (expires * 1000 <= now.getTime()) return false
  const expected = Buffer.from(mac(keyOf(container), orderId, expires))
  const given = Buffer.from(match[2])
  return expected.length === given.length && timingSafeEqual(expected, given)
}
