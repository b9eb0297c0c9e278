import { EXPIRING_SOON_DAYS } from "./domain"

/** The office page's tabs and the list query each one sends. */
export const OFFICE_TABS = ["review", "expiring", "suspended", "revoked", "all"] as const
export type OfficeTab = (typeof OFFICE_TABS)[number]

export const TAB_QUERY: Record<OfficeTab, Record<string, string | number>> = {
  review: { status: "pending_review" },
  expiring: { expiring_within_days: EXPIRING_SOON_DAYS },
  suspended: { status: "suspended" },
  revoked: { status: "revoked" },
  all: {},
}

export const FILTER_KEYS = ["province_code", "product_set", "stars", "producer_type"] as const
export type FilterKey = (typeof FILTER_KEYS)[number]

export const PAGE_SIZE = 20

export function isOfficeTab(v: string | null): v is OfficeTab {
  return !!v && (OFFICE_TABS as readonly string[]).includes(v)
}
