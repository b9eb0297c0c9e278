import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createHash, randomBytes } from "node:crypto"
import { ERROR_CODES, ocopError } from "../errors"

/** The e-mail/password login of an address, whatever actor it was made for (one per address in Medusa). */
export async function emailpassIdentityOf(container: MedusaContainer, email: string) {
  const [identity] = await container
    .resolve(Modules.AUTH)
    .listAuthIdentities({ provider_identities: { entity_id: email.trim().toLowerCase(), provider: "emailpass" } } as any)
  return identity ?? null
}

/** 409: an address that already has a login (a shopper, a producer, an officer, other staff) is never linked to a new role. */
export const emailTakenError = () =>
  ocopError(
    "CONFLICT",
    ERROR_CODES.AUTH_EMAIL_TAKEN,
    "E-mail này đã có tài khoản khác trên OCOP Market (khách hàng, chủ thể hoặc nhân viên); hãy dùng một e-mail khác",
    "this e-mail already has another account; use a different e-mail"
  )

/** A one-time invitation token (sent once) and the hash that is stored. */
export function newInvitationToken() {
  const token = randomBytes(32).toString("base64url")
  return { token, token_hash: hashInvitationToken(token) }
}

export const hashInvitationToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex")

/** A link on the storefront (STOREFRONT_URL) in Vietnamese, the default locale. */
export const storefrontLink = (path: string) => `${(process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/$/, "")}/vi${path}`
