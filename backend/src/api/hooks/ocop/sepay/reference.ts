/**
 * The order reference (vietqr-payload.ts: "OCOP " and up to 10 letters or digits) in a transfer's
 * note. Banks rewrite notes (upper case, spaces dropped, their own prefix and suffix added), so it is
 * looked for anywhere, with or without the space.
 */
export function vietQrReferenceIn(...texts: (string | null | undefined)[]): string | null {
  for (const text of texts) {
    const match = text?.toUpperCase().match(/OCOP\s?([A-Z0-9]{6,10})(?![A-Z0-9])/)
    if (match) return `OCOP ${match[1]}`
  }
  return null
}
