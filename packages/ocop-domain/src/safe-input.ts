/**
 * What the platform accepts from a person's keyboard and what it will turn into a link. One
 * definition for the backend validators, the admin and the storefront.
 */

/**
 * Characters nobody types into a form but an attacker uses to break storage (NUL) or to hide and
 * reorder text: C0 controls, DEL, C1 controls, bidi embeddings/overrides/isolates, zero-width
 * characters and the byte-order mark. Line breaks and tabs are the only controls in long text.
 */
const UNSAFE_IN_LINE = /[\u0000-\u001F\u007F-\u009F\u200B-\u200D\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/u;
const UNSAFE_IN_LONG_TEXT = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200D\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/u;

export type TextKind = "line" | "long";

/** Browsers send a textarea's line breaks as CRLF: long text is kept with "\n" only. */
export function normalizeLineBreaks(s: string): string {
  return s.replace(/\r\n?/g, "\n");
}

/** The first unsafe character as "U+XXXX", or null when the text is clean. */
export function findUnsafeCharacter(s: string, kind: TextKind = "line"): string | null {
  const match = (kind === "long" ? UNSAFE_IN_LONG_TEXT : UNSAFE_IN_LINE).exec(kind === "long" ? normalizeLineBreaks(s) : s);
  if (!match) return null;
  return `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** True when `s` holds no control, bidi or zero-width character (line breaks and tabs allowed in long text). */
export function isSafeText(s: unknown, kind: TextKind = "line"): s is string {
  return typeof s === "string" && findUnsafeCharacter(s, kind) === null;
}

/** Longest link the platform stores (browsers and CDNs agree on about 2 KB). */
export const MAX_URL_LENGTH = 2048;

/**
 * The backend's default address, where it serves uploaded files (…/uploads/<name>) when
 * MEDUSA_BACKEND_URL is not set: development, tests and the one-machine stacks. Links on this
 * origin are ours even over plain http; only the origin is compared.
 */
export const LOCAL_FILE_BASE_URL = "http://localhost:9000";

export type SafeUrlOptions = {
  /**
   * Origins whose own links are trusted even over plain http: the platform's file host
   * (in development the local file provider, http://localhost:9000). https links are always safe.
   */
  allowOrigins?: ReadonlyArray<string>;
};

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/**
 * True for an absolute https link (or a link on one of `allowOrigins`) without credentials,
 * whitespace or control characters. Everything else — javascript:, data:, file:, relative paths,
 * http elsewhere — is refused, so it can never become a clickable script or a local file.
 */
export function isSafeUrl(url: unknown, options: SafeUrlOptions = {}): url is string {
  if (typeof url !== "string" || url.length === 0 || url.length > MAX_URL_LENGTH) return false;
  if (/[\s\u0000-\u001F\u007F-\u009F]/.test(url) || !isSafeText(url)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username || parsed.password || !parsed.hostname) return false;
  if (parsed.protocol === "https:") return true;
  if (parsed.protocol !== "http:") return false;
  const allowed = (options.allowOrigins ?? []).map(originOf).filter((o): o is string => !!o && o !== "null");
  return allowed.includes(parsed.origin);
}

/** The link itself when it is safe to render as a link, otherwise null (render it as text). */
export function safeUrl(url: unknown, options: SafeUrlOptions = {}): string | null {
  return isSafeUrl(url, options) ? url : null;
}
