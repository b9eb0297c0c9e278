/** Which parts of a moment to show: the day only, a time in the current year, or day and time in full. */
export type VietnamTimeStyle = "day" | "short" | "full"

const PARTS: Record<VietnamTimeStyle, Intl.DateTimeFormatOptions> = {
  day: { day: "2-digit", month: "2-digit", year: "numeric" },
  short: { day: "2-digit", month: "2-digit", hour: "2-digit", minute: "2-digit" },
  full: { day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit" },
}

/**
 * A moment as people in Vietnam read it, whatever the server's time zone: "21:05 24/11/2026" (vi) or
 * "24/11/2026, 21:05" (en, day first as well). Text that is not a date comes back unchanged.
 */
export function formatVietnamTime(iso: string | null | undefined, locale: string, style: VietnamTimeStyle = "full"): string {
  if (!iso) return ""
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "vi-VN", { timeZone: "Asia/Ho_Chi_Minh", ...PARTS[style] }).format(date)
}
