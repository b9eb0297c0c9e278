/**
 * Vietnamese mobile phone numbers, as a shopper types them at checkout and as the backend
 * stores them. Since the 2018 renumbering every mobile number is 10 digits starting 03, 05,
 * 07, 08 or 09 (Circular 22/2014/TT-BTTTT as amended, the "chuyển mã mạng 11 số về 10 số"
 * plan); written internationally as +84 followed by the 9 digits after the leading 0.
 * Spaces, dots, dashes and brackets between digits are allowed ("090 123 4567", "0901.234.567").
 */

/** Mobile network prefixes (the digit after the national 0 / after +84). */
export const VN_MOBILE_PREFIXES = ["3", "5", "7", "8", "9"] as const;

const SEPARATORS = /[\s.\-()]/g;
const NATIONAL = /^0([35789]\d{8})$/;
const INTERNATIONAL = /^(?:\+|00)?84([35789]\d{8})$/;

/** The 9 subscriber digits after 0 / +84, or null when `input` is not a Vietnamese mobile number. */
function subscriberDigits(input: string): string | null {
  const compact = input.trim().replace(SEPARATORS, "");
  const match = NATIONAL.exec(compact) ?? INTERNATIONAL.exec(compact);
  return match ? match[1] : null;
}

/** True for a Vietnamese mobile number in national (0…) or international (+84…) form. */
export function isVnMobilePhone(input: unknown): input is string {
  return typeof input === "string" && subscriberDigits(input) !== null;
}

/** National form, 10 digits without separators ("0901234567"); null when invalid. */
export function normalizeVnMobilePhone(input: string): string | null {
  const digits = subscriberDigits(input);
  return digits ? `0${digits}` : null;
}

/** E.164 form ("+84901234567"); null when invalid. */
export function vnMobilePhoneE164(input: string): string | null {
  const digits = subscriberDigits(input);
  return digits ? `+84${digits}` : null;
}

/** Display form "0901 234 567"; returns `input` unchanged when it is not a valid number. */
export function formatVnMobilePhone(input: string): string {
  const national = normalizeVnMobilePhone(input);
  if (!national) return input;
  return `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`;
}
