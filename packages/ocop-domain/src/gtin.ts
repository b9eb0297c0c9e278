/** GS1 GTIN check digits. Real Vietnamese GTINs start with 893; demo SKUs use 20–29. */

export const VIETNAM_GS1_PREFIX = "893";
const GTIN_LENGTHS = [8, 12, 13, 14];

/**
 * Mod-10 check digit for a GTIN body (all digits but the last). Weights 3,1,3,… from the
 * right-most body digit, which makes the same routine serve every GTIN length.
 */
export function gtinCheckDigit(body: string): number {
  if (typeof body !== "string" || !/^\d{1,17}$/.test(body)) {
    throw new RangeError(`A GTIN body must be 1–17 digits, got ${JSON.stringify(body)}`);
  }
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

/** A GTIN-8, -12, -13 or -14 of digits only, with a correct check digit. */
export function isValidGtin(code: string): boolean {
  if (typeof code !== "string" || !/^\d+$/.test(code) || !GTIN_LENGTHS.includes(code.length)) return false;
  return gtinCheckDigit(code.slice(0, -1)) === Number(code[code.length - 1]);
}

/** Append the check digit: withCheckDigit("893123456789") → "8931234567897". */
export function withCheckDigit(body: string): string {
  return `${body}${gtinCheckDigit(body)}`;
}

/** A valid GTIN-13 registered through GS1 Vietnam (prefix 893). */
export function isVietnamGtin(code: string): boolean {
  return isValidGtin(code) && code.length === 13 && code.startsWith(VIETNAM_GS1_PREFIX);
}

/** GS1 restricted-circulation range (GTIN-13 prefix 20–29): safe for demo data, never a real product. */
export function isRestrictedCirculationGtin(code: string): boolean {
  return isValidGtin(code) && code.length === 13 && code[0] === "2";
}
