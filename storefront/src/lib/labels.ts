/**
 * Locale-aware lookups of the labels that @ocop/domain defines. No rule lives here: only
 * "which language" and a fallback to the raw code for values the domain does not know.
 */
import {
  isCertifiedStars,
  isProducerType,
  ISSUER_LEVEL_LABELS,
  issuerLevelForStars,
  isSupersedeReason,
  producerTypeLabel,
  productSet,
  provinceName,
  REVOCATION_GROUNDS,
  SUPERSEDE_REASON_LABELS,
} from "@ocop/domain"

export type Lang = "vi" | "en"

export function producerTypeName(code: string, lang: Lang): string {
  return isProducerType(code) ? producerTypeLabel(code)[lang] : code
}

export function productSetName(code: number, lang: Lang): string {
  return productSet(code)?.[lang] ?? String(code)
}

/** Province names are proper nouns: the same in both languages. */
export function provinceLabel(code: string): string {
  return provinceName(code) ?? code
}

/** Who issues certificates of these stars today: the provincial People's Committee (3★/4★) or the ministry (5★). */
export function issuerLevelName(stars: number, lang: Lang): string | null {
  return isCertifiedStars(stars) ? ISSUER_LEVEL_LABELS[issuerLevelForStars(stars)][lang] : null
}

export function revocationGroundName(code: string, lang: Lang): string {
  return REVOCATION_GROUNDS.find((g) => g.code === code)?.[lang] ?? code
}

export function supersedeReasonName(code: string, lang: Lang): string {
  return isSupersedeReason(code) ? SUPERSEDE_REASON_LABELS[code][lang] : code
}
