/**
 * Facet values of a search answer, ready for the filter panel: labels from @ocop/domain in
 * the page's language, a stable order, and the values the shopper selected even when the
 * current answer has no count for them (so they can always be unselected).
 */
import { PRODUCER_TYPE_CODES, PRODUCT_SETS, SECTOR_CODES, sector } from "@ocop/domain"
import { type Lang, producerTypeName, productSetName, provinceLabel } from "./labels"
import type { FacetValue } from "@ocop/contract"

export type FacetKind = "province" | "sector" | "product_set" | "producer_type"

export type FacetOption = {
  value: string
  label: string
  /** null when the answer did not count this value (a selected value with no hits). */
  count: number | null
  selected: boolean
}

/** The name of one facet value in the page's language (the raw value when unknown). */
export function facetValueLabel(kind: FacetKind, value: string, lang: Lang): string {
  switch (kind) {
    case "province":
      return provinceLabel(value)
    case "sector": {
      const s = sector(value as (typeof SECTOR_CODES)[number])
      return s ? s[lang] : value
    }
    case "product_set":
      return /^\d+$/.test(value) ? productSetName(Number(value), lang) : value
    case "producer_type":
      return producerTypeName(value, lang)
  }
}

/** Position of a value in the domain's own order (sectors I..VI, sets 1..26, producer types). */
function domainOrder(kind: FacetKind, value: string): number {
  switch (kind) {
    case "sector":
      return (SECTOR_CODES as readonly string[]).indexOf(value)
    case "product_set":
      return PRODUCT_SETS.findIndex((p) => String(p.code) === value)
    case "producer_type":
      return (PRODUCER_TYPE_CODES as readonly string[]).indexOf(value)
    case "province":
      return -1
  }
}

/**
 * Options of one facet group. Provinces: most products first, then by name (Vietnamese
 * collation); the classifications keep the order of the law. Unknown values go last.
 */
export function facetOptions(kind: FacetKind, counts: FacetValue[] | undefined, selected: string[], lang: Lang): FacetOption[] {
  const byValue = new Map<string, number>()
  for (const { value, count } of counts ?? []) byValue.set(String(value), count)
  const values = [...new Set([...byValue.keys(), ...selected])]
  const options = values.map((value) => ({
    value,
    label: facetValueLabel(kind, value, lang),
    count: byValue.has(value) ? byValue.get(value)! : null,
    selected: selected.includes(value),
  }))
  const collator = new Intl.Collator("vi")
  return options.sort((a, b) => {
    if (kind === "province") {
      return (b.count ?? 0) - (a.count ?? 0) || collator.compare(a.label, b.label)
    }
    const oa = domainOrder(kind, a.value)
    const ob = domainOrder(kind, b.value)
    return (oa < 0 ? Infinity : oa) - (ob < 0 ? Infinity : ob) || collator.compare(a.label, b.label)
  })
}

/**
 * How many products have at least 3, 4 or 5 stars, from the per-level counts the backend
 * gives ("4" → products with exactly 4 stars).
 */
export function starsAtLeastCounts(counts: FacetValue[] | undefined): Record<3 | 4 | 5, number> {
  const exact = (n: number) => (counts ?? []).filter((c) => Number(c.value) === n).reduce((s, c) => s + c.count, 0)
  const five = exact(5)
  const four = exact(4) + five
  return { 3: exact(3) + four, 4: four, 5: five }
}

/** Products with a geographical indication, from the `has_geographical_indication` facet. */
export function giCount(counts: FacetValue[] | undefined): number {
  return (counts ?? []).filter((c) => String(c.value) === "true").reduce((s, c) => s + c.count, 0)
}

/**
 * The backend's readable errors carry both languages: "Số sao tối thiểu phải là 3, 4 hoặc 5
 * (stars must be 3, 4 or 5)", possibly behind Medusa's "Invalid request: " and several joined
 * by "; ". Show the parts in the page's language; anything else as it is.
 */
export function bilingualMessage(message: string, lang: Lang): string {
  const body = message.trim().replace(/^Invalid request:\s*/i, "")
  return body
    .split(/;\s+/)
    .map((part) => {
      const match = /^(.*\S)\s+\(([^()]+)\)\s*$/s.exec(part.trim())
      if (!match) return part.trim()
      const [, vi, en] = match
      return lang === "en" ? en.trim() : vi.trim()
    })
    .filter(Boolean)
    .join("; ")
}
