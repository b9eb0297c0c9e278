/**
 * Location categories of OCOP points of sale (điểm giới thiệu và bán sản phẩm OCOP), after the
 * criteria of Decision 950/QĐ-BCT: points at transport stations, highway rest stops, markets,
 * tourist sites, post offices, supermarkets and trade centres, and anywhere else approved.
 */
export const SALES_POINT_CATEGORIES = [
  { code: "station", vi: "Nhà ga, bến xe, cảng hàng không", en: "Station (rail, bus, airport)" },
  { code: "rest_stop", vi: "Trạm dừng nghỉ", en: "Highway rest stop" },
  { code: "market", vi: "Chợ", en: "Market" },
  { code: "tourist_site", vi: "Khu, điểm du lịch", en: "Tourist site" },
  { code: "post_office", vi: "Bưu cục", en: "Post office" },
  { code: "supermarket", vi: "Siêu thị, trung tâm thương mại", en: "Supermarket or trade centre" },
  { code: "other", vi: "Địa điểm khác", en: "Other location" },
] as const;

export type SalesPointCategory = (typeof SALES_POINT_CATEGORIES)[number]["code"];

export const SALES_POINT_CATEGORY_CODES = SALES_POINT_CATEGORIES.map((c) => c.code) as unknown as readonly [
  SalesPointCategory,
  ...SalesPointCategory[],
];

export function isSalesPointCategory(code: unknown): code is SalesPointCategory {
  return typeof code === "string" && SALES_POINT_CATEGORIES.some((c) => c.code === code);
}

export function salesPointCategoryName(code: string, lang: "vi" | "en" = "vi"): string | undefined {
  return SALES_POINT_CATEGORIES.find((c) => c.code === code)?.[lang];
}
