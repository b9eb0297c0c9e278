/**
 * Presentation helpers that are not domain rules (those live in @ocop/domain).
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/

const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

/**
 * A calendar date ("YYYY-MM-DD", as stored on certificates) for display: `dd/MM/yyyy` in
 * Vietnamese, `d MMM yyyy` in English. Reads the digits, never a Date, so the day cannot
 * shift with the server's time zone.
 */
export function formatDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return ""
  const match = ISO_DATE.exec(iso)
  if (!match) return iso
  const [, year, month, day] = match
  if (locale === "en") {
    const monthName = EN_MONTHS[Number(month) - 1]
    return monthName ? `${Number(day)} ${monthName} ${year}` : iso
  }
  return `${day}/${month}/${year}`
}
