/**
 * Star bands and certification levels (Decision 26/2026/QĐ-TTg, Art. 3.3 and 4.1).
 *
 * The band from a score is only an upper bound: a star level also needs that level's
 * minimum criteria, so the awarded star is stored on the certificate, never recomputed
 * from the score at read time.
 */

import { foldVietnamese } from "./text.js";

export type StarBand = 1 | 2 | 3 | 4 | 5;
/** Only 3★ and above receive a recognition decision and a certificate. */
export type CertifiedStars = 3 | 4 | 5;

export const CERTIFIED_STARS = [3, 4, 5] as const;

export type IssuerLevel = "province" | "ministry";

/** Score band lower bounds, highest first; a band runs up to (not including) the next one. */
const BAND_FLOORS: ReadonlyArray<readonly [StarBand, number]> = [
  [5, 90],
  [4, 70],
  [3, 50],
  [2, 30],
  [1, 0],
];

/**
 * The star band a council average score falls in: 5★ ≥ 90; 4★ 70–<90; 3★ 50–<70;
 * 2★ 30–<50; 1★ < 30. Scores are averages, so fractions such as 89.99 are normal.
 */
export function starBandForScore(score: number): StarBand {
  if (typeof score !== "number" || Number.isNaN(score) || score < 0 || score > 100) {
    throw new RangeError(`OCOP score must be a number from 0 to 100, got ${String(score)}`);
  }
  for (const [band, floor] of BAND_FLOORS) {
    if (score >= floor) return band;
  }
  return 1;
}

export function isCertifiedStars(n: unknown): n is CertifiedStars {
  return n === 3 || n === 4 || n === 5;
}

/**
 * Who issues the certificate today: 3★/4★ the provincial People's Committee,
 * 5★ the Ministry of Agriculture and Environment. Historical district issuers
 * (before 6/7/2025) are data on the certificate, not a rule here.
 */
export function issuerLevelForStars(stars: CertifiedStars): IssuerLevel {
  if (!isCertifiedStars(stars)) {
    throw new RangeError(`Only 3, 4 or 5 stars are certified, got ${String(stars)}`);
  }
  return stars === 5 ? "ministry" : "province";
}

/**
 * Whether an issuer as written names a People's Committee ("UBND tỉnh Hà Tĩnh", "Ủy ban nhân dân
 * huyện Thạch Hà"): the provincial (or historical district) level, never the ministry.
 */
export function issuerNamesPeoplesCommittee(issuer: string): boolean {
  const folded = foldVietnamese(issuer);
  return /\bubnd\b/.test(folded) || folded.includes("uy ban nhan dan");
}

/**
 * Whether the issuer written on a certificate can have issued these stars: a 5★ certificate is the
 * ministry's (Art. 4.1), so it cannot name a People's Committee. 3★/4★ issuers stay as written
 * (provincial today, district before 6/7/2025).
 */
export function issuerFitsStars(issuer: string, stars: CertifiedStars): boolean {
  return issuerLevelForStars(stars) !== "ministry" || !issuerNamesPeoplesCommittee(issuer);
}

export const ISSUER_LEVEL_LABELS: Record<IssuerLevel, { vi: string; en: string }> = {
  province: { vi: "Ủy ban nhân dân cấp tỉnh", en: "Provincial People's Committee" },
  ministry: { vi: "Bộ Nông nghiệp và Môi trường", en: "Ministry of Agriculture and Environment" },
};

export const STAR_LABELS: Record<CertifiedStars, { vi: string; en: string }> = {
  3: { vi: "3 sao", en: "3 stars" },
  4: { vi: "4 sao", en: "4 stars" },
  5: { vi: "5 sao", en: "5 stars" },
};
