import { storefrontLink } from "../../lib/auth/identities"

/** The public verify page of a certificate: what a label's QR and the point's catalogue feed link to. */
export const verifyUrl = (code: string) => storefrontLink(`/verify/${encodeURIComponent(code)}`)
