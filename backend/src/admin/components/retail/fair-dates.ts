/** Fair dates in Vietnam time: display, state from the dates, and the form's datetime-local → ISO. */
const TIME_ZONE = "Asia/Ho_Chi_Minh"

const dateFormat = new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric" })
const timeFormat = new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" })

/** dd/MM/yyyy in Vietnam time. */
export const vnDate = (value: string) => dateFormat.format(new Date(value))

/** HH:mm in Vietnam time. */
export const vnTime = (value: string) => timeFormat.format(new Date(value))

export type FairState = "upcoming" | "ongoing" | "ended"

export function fairState(fair: { starts_at: string; ends_at: string }, now = new Date()): FairState {
  if (now.getTime() < new Date(fair.starts_at).getTime()) return "upcoming"
  if (now.getTime() <= new Date(fair.ends_at).getTime()) return "ongoing"
  return "ended"
}

export const FAIR_STATE_COLOR: Record<FairState, "blue" | "green" | "grey"> = { upcoming: "blue", ongoing: "green", ended: "grey" }

/** "2026-11-20T08:00" typed in Vietnam → "2026-11-20T08:00:00+07:00"; empty stays empty (the backend says what is missing). */
export function vnLocalToIso(value: string): string {
  if (!value) return ""
  return `${value.length === 16 ? `${value}:00` : value}+07:00`
}
