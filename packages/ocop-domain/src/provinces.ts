/**
 * Provinces and centrally-run cities after the 1/7/2025 reorganisation (Resolution
 * 202/2025/QH15): 34 units, each keeping the code of one of the former provinces it absorbed
 * (codes per Decision 19/2025/QĐ-TTg). Cross-checked against the public dataset
 * nguyencongcuong/tinhthanhvn (reference citation C-31).
 */

export type ProvinceKind = "province" | "city";

export interface Province {
  code: string;
  vi: string;
  kind: ProvinceKind;
}

export const PROVINCES: readonly Province[] = [
  { code: "01", vi: "Hà Nội", kind: "city" },
  { code: "04", vi: "Cao Bằng", kind: "province" },
  { code: "08", vi: "Tuyên Quang", kind: "province" },
  { code: "11", vi: "Điện Biên", kind: "province" },
  { code: "12", vi: "Lai Châu", kind: "province" },
  { code: "14", vi: "Sơn La", kind: "province" },
  { code: "15", vi: "Lào Cai", kind: "province" },
  { code: "19", vi: "Thái Nguyên", kind: "province" },
  { code: "20", vi: "Lạng Sơn", kind: "province" },
  { code: "22", vi: "Quảng Ninh", kind: "province" },
  { code: "24", vi: "Bắc Ninh", kind: "province" },
  { code: "25", vi: "Phú Thọ", kind: "province" },
  { code: "31", vi: "Hải Phòng", kind: "city" },
  { code: "33", vi: "Hưng Yên", kind: "province" },
  { code: "37", vi: "Ninh Bình", kind: "province" },
  { code: "38", vi: "Thanh Hóa", kind: "province" },
  { code: "40", vi: "Nghệ An", kind: "province" },
  { code: "42", vi: "Hà Tĩnh", kind: "province" },
  { code: "44", vi: "Quảng Trị", kind: "province" },
  { code: "46", vi: "Huế", kind: "city" },
  { code: "48", vi: "Đà Nẵng", kind: "city" },
  { code: "51", vi: "Quảng Ngãi", kind: "province" },
  { code: "52", vi: "Gia Lai", kind: "province" },
  { code: "56", vi: "Khánh Hòa", kind: "province" },
  { code: "66", vi: "Đắk Lắk", kind: "province" },
  { code: "68", vi: "Lâm Đồng", kind: "province" },
  { code: "75", vi: "Đồng Nai", kind: "province" },
  { code: "79", vi: "Hồ Chí Minh", kind: "city" },
  { code: "80", vi: "Tây Ninh", kind: "province" },
  { code: "82", vi: "Đồng Tháp", kind: "province" },
  { code: "86", vi: "Vĩnh Long", kind: "province" },
  { code: "91", vi: "An Giang", kind: "province" },
  { code: "92", vi: "Cần Thơ", kind: "city" },
  { code: "96", vi: "Cà Mau", kind: "province" },
];

const PROVINCES_BY_CODE = new Map(PROVINCES.map((p) => [p.code, p]));

export function isProvinceCode(code: unknown): code is string {
  return typeof code === "string" && PROVINCES_BY_CODE.has(code);
}

/** Short name of a current province ("Hà Tĩnh"); undefined for unknown or pre-2025-only codes. */
export function provinceName(code: string): string | undefined {
  return PROVINCES_BY_CODE.get(code)?.vi;
}

/** Full administrative name: "Tỉnh Hà Tĩnh", "Thành phố Huế". */
export function provinceFullName(code: string): string | undefined {
  const p = PROVINCES_BY_CODE.get(code);
  if (!p) return undefined;
  return `${p.kind === "city" ? "Thành phố" : "Tỉnh"} ${p.vi}`;
}

/**
 * The 63 pre-1/7/2025 provinces, with the current province each became part of. Old codes
 * appear on certificates, product codes and addresses issued before the merger; keep them as
 * written and use this only to find today's province.
 */
export const LEGACY_PROVINCES: ReadonlyArray<{ code: string; vi: string; current: string }> = [
  { code: "01", vi: "Hà Nội", current: "01" },
  { code: "02", vi: "Hà Giang", current: "08" },
  { code: "04", vi: "Cao Bằng", current: "04" },
  { code: "06", vi: "Bắc Kạn", current: "19" },
  { code: "08", vi: "Tuyên Quang", current: "08" },
  { code: "10", vi: "Lào Cai", current: "15" },
  { code: "11", vi: "Điện Biên", current: "11" },
  { code: "12", vi: "Lai Châu", current: "12" },
  { code: "14", vi: "Sơn La", current: "14" },
  { code: "15", vi: "Yên Bái", current: "15" },
  { code: "17", vi: "Hòa Bình", current: "25" },
  { code: "19", vi: "Thái Nguyên", current: "19" },
  { code: "20", vi: "Lạng Sơn", current: "20" },
  { code: "22", vi: "Quảng Ninh", current: "22" },
  { code: "24", vi: "Bắc Giang", current: "24" },
  { code: "25", vi: "Phú Thọ", current: "25" },
  { code: "26", vi: "Vĩnh Phúc", current: "25" },
  { code: "27", vi: "Bắc Ninh", current: "24" },
  { code: "30", vi: "Hải Dương", current: "31" },
  { code: "31", vi: "Hải Phòng", current: "31" },
  { code: "33", vi: "Hưng Yên", current: "33" },
  { code: "34", vi: "Thái Bình", current: "33" },
  { code: "35", vi: "Hà Nam", current: "37" },
  { code: "36", vi: "Nam Định", current: "37" },
  { code: "37", vi: "Ninh Bình", current: "37" },
  { code: "38", vi: "Thanh Hóa", current: "38" },
  { code: "40", vi: "Nghệ An", current: "40" },
  { code: "42", vi: "Hà Tĩnh", current: "42" },
  { code: "44", vi: "Quảng Bình", current: "44" },
  { code: "45", vi: "Quảng Trị", current: "44" },
  { code: "46", vi: "Thừa Thiên Huế", current: "46" },
  { code: "48", vi: "Đà Nẵng", current: "48" },
  { code: "49", vi: "Quảng Nam", current: "48" },
  { code: "51", vi: "Quảng Ngãi", current: "51" },
  { code: "52", vi: "Bình Định", current: "52" },
  { code: "54", vi: "Phú Yên", current: "66" },
  { code: "56", vi: "Khánh Hòa", current: "56" },
  { code: "58", vi: "Ninh Thuận", current: "56" },
  { code: "60", vi: "Bình Thuận", current: "68" },
  { code: "62", vi: "Kon Tum", current: "51" },
  { code: "64", vi: "Gia Lai", current: "52" },
  { code: "66", vi: "Đắk Lắk", current: "66" },
  { code: "67", vi: "Đắk Nông", current: "68" },
  { code: "68", vi: "Lâm Đồng", current: "68" },
  { code: "70", vi: "Bình Phước", current: "75" },
  { code: "72", vi: "Tây Ninh", current: "80" },
  { code: "74", vi: "Bình Dương", current: "79" },
  { code: "75", vi: "Đồng Nai", current: "75" },
  { code: "77", vi: "Bà Rịa - Vũng Tàu", current: "79" },
  { code: "79", vi: "Hồ Chí Minh", current: "79" },
  { code: "80", vi: "Long An", current: "80" },
  { code: "82", vi: "Tiền Giang", current: "82" },
  { code: "83", vi: "Bến Tre", current: "86" },
  { code: "84", vi: "Trà Vinh", current: "86" },
  { code: "86", vi: "Vĩnh Long", current: "86" },
  { code: "87", vi: "Đồng Tháp", current: "82" },
  { code: "89", vi: "An Giang", current: "91" },
  { code: "91", vi: "Kiên Giang", current: "91" },
  { code: "92", vi: "Cần Thơ", current: "92" },
  { code: "93", vi: "Hậu Giang", current: "92" },
  { code: "94", vi: "Sóc Trăng", current: "92" },
  { code: "95", vi: "Bạc Liêu", current: "96" },
  { code: "96", vi: "Cà Mau", current: "96" },
];

/**
 * Pre-2025 province code → current code. A code can mean different provinces before and after
 * the merger ("44" was Quảng Bình, is now Quảng Trị; old Quảng Trị "45" → "44"), so always
 * know which era a code comes from before looking it up.
 */
export const LEGACY_PROVINCE_CODES: Record<string, string> = Object.fromEntries(LEGACY_PROVINCES.map((p) => [p.code, p.current]));

export function legacyProvinceName(code: string): string | undefined {
  return LEGACY_PROVINCES.find((p) => p.code === code)?.vi;
}

/** Current province code for a pre-2025 code; undefined when the code never existed. */
export function currentProvinceCode(legacyCode: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(LEGACY_PROVINCE_CODES, legacyCode) ? LEGACY_PROVINCE_CODES[legacyCode] : undefined;
}
