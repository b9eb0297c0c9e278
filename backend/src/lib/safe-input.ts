import { z } from "@medusajs/framework/zod"
import { findUnsafeCharacter, isSafeUrl, LOCAL_FILE_BASE_URL, normalizeLineBreaks } from "@ocop/domain"

/**
 * The zod builders every request schema uses for text, links and bounded numbers, so that each
 * string has a maximum, control/bidi/zero-width characters never reach the database, and only
 * https (or our own file host's) links are stored. Rules come from @ocop/domain; messages are
 * Vietnamese first. Refines only: Medusa rewrites zod's own range messages in English.
 */

export const UNSAFE_TEXT_MESSAGE =
  "Có ký tự điều khiển hoặc ký tự ẩn (như NUL, đảo chiều, độ rộng 0) không được phép (control, bidi or zero-width characters are not allowed)"

export const tooLongMessage = (max: number) => `Tối đa ${max.toLocaleString("vi-VN")} ký tự (at most ${max} characters)`

export const UNSAFE_URL_MESSAGE = "Đường dẫn phải bắt đầu bằng https:// hoặc là tệp đã tải lên (link must be https:// or an uploaded file)"

/**
 * Origins of our own file host, trusted over plain http: the backend's own URL (medusa-config serves
 * uploads at MEDUSA_BACKEND_URL/uploads), its default http://localhost:9000, and FILE_BASE_URL if a
 * file provider elsewhere is configured. Files on a cloud store are https and need no exception.
 */
export function ownFileOrigins(): string[] {
  const candidates = [process.env.FILE_BASE_URL, process.env.MEDUSA_BACKEND_URL, LOCAL_FILE_BASE_URL]
  const origins = new Set<string>()
  for (const candidate of candidates) {
    if (!candidate) continue
    try {
      origins.add(new URL(candidate).origin)
    } catch {
      // a malformed variable adds nothing
    }
  }
  return [...origins]
}

type TextOptions = {
  /** Most characters after trimming. */
  max: number
  /** When set, an empty value is refused with this message ("Thiếu … (… is required)"). */
  required?: string
}

const notText = (required?: string) => required ?? "Phải là chữ (must be text)"

/** One line of text: trimmed, no control characters (not even a line break), at most `max` characters. */
export function safeText({ max, required }: TextOptions) {
  let schema = z
    .string({ message: notText(required) })
    .trim()
    .refine((s) => findUnsafeCharacter(s, "line") === null, { message: UNSAFE_TEXT_MESSAGE, abort: true })
    .refine((s) => s.length <= max, { message: tooLongMessage(max), abort: true })
  if (required) schema = schema.refine((s) => s.length > 0, required)
  return schema
}

/** Several lines (a story, a description, a note): line breaks and tabs allowed, CRLF kept as LF. */
export function safeLongText({ max, required }: TextOptions) {
  let schema = z
    .string({ message: notText(required) })
    .overwrite(normalizeLineBreaks)
    .trim()
    .refine((s) => findUnsafeCharacter(s, "long") === null, { message: UNSAFE_TEXT_MESSAGE, abort: true })
    .refine((s) => s.length <= max, { message: tooLongMessage(max), abort: true })
  if (required) schema = schema.refine((s) => s.length > 0, required)
  return schema
}

/** A link we will store and later render: https, or a file on our own file host. */
export function safeUrl(message: string = UNSAFE_URL_MESSAGE) {
  return z
    .string({ message })
    .trim()
    .refine((s) => isSafeUrl(s, { allowOrigins: ownFileOrigins() }), message)
}

/** A finite number from `min` to `max` (inclusive), optionally whole. */
export function boundedNumber({ min, max, integer = false, message }: { min: number; max: number; integer?: boolean; message: string }) {
  return z.number({ message }).refine((n) => Number.isFinite(n) && n >= min && n <= max && (!integer || Number.isInteger(n)), message)
}

/** An id of one of our records (prod_…, pcert_…): short, no controls. */
export const safeId = (required: string) => safeText({ max: 100, required })
