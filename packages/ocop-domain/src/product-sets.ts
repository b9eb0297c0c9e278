/**
 * OCOP classification under Decision 26/2026/QĐ-TTg (Annex I/II): 6 sectors → 26 product sets
 * (bộ sản phẩm), each with its own scorecard. Set numbers follow Annex II and are what the demo
 * dataset's `bo` field uses. Older certificates may use other set names (1048/148 era): store
 * the legal basis with them rather than re-mapping.
 */

export const SECTOR_CODES = ["I", "II", "III", "IV", "V", "VI"] as const;
export type SectorCode = (typeof SECTOR_CODES)[number];

export interface Sector {
  code: SectorCode;
  vi: string;
  en: string;
  /** Sector VI is a service (a visit or a stay): it is booked, never shipped. */
  shippable: boolean;
}

export interface ProductSet {
  code: number;
  sector: SectorCode;
  vi: string;
  en: string;
}

export const SECTORS: readonly Sector[] = [
  { code: "I", vi: "Sản phẩm thực phẩm", en: "Food", shippable: true },
  { code: "II", vi: "Sản phẩm đồ uống", en: "Beverages", shippable: true },
  {
    code: "III",
    vi: "Sản phẩm dược liệu và sản phẩm từ dược liệu",
    en: "Medicinal herbs and herbal products",
    shippable: true,
  },
  { code: "IV", vi: "Sản phẩm hàng thủ công mỹ nghệ", en: "Handicrafts", shippable: true },
  { code: "V", vi: "Sản phẩm sinh vật cảnh", en: "Ornamental plants and animals", shippable: true },
  {
    code: "VI",
    vi: "Sản phẩm dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
    en: "Community tourism, eco-tourism and tourist-destination services",
    shippable: false,
  },
];

export const PRODUCT_SETS: readonly ProductSet[] = [
  { code: 1, sector: "I", vi: "Rau, củ, quả, hạt tươi", en: "Fresh vegetables, tubers, fruit, nuts and seeds" },
  { code: 2, sector: "I", vi: "Thịt, thủy sản, trứng, sữa tươi", en: "Fresh meat, aquatic products, eggs and milk" },
  { code: 3, sector: "I", vi: "Gạo, ngũ cốc, hạt sơ chế khác", en: "Rice, cereals and other minimally processed grains and seeds" },
  { code: 4, sector: "I", vi: "Mật ong, mật khác và nông sản thực phẩm khác", en: "Honey, other syrups and other agri-food" },
  { code: 5, sector: "I", vi: "Đồ ăn nhanh", en: "Convenience food" },
  { code: 6, sector: "I", vi: "Chế biến từ gạo, ngũ cốc", en: "Processed food made from rice or cereals" },
  { code: 7, sector: "I", vi: "Chế biến từ rau, củ, quả, hạt", en: "Processed food made from vegetables, fruit, nuts or seeds" },
  {
    code: 8,
    sector: "I",
    vi: "Chế biến từ thịt, trứng, sữa, thủy sản, mật ong, mật khác và nông sản thực phẩm khác",
    en: "Processed food made from meat, eggs, milk, aquatic products, honey and other agri-food",
  },
  { code: 9, sector: "I", vi: "Tương, nước mắm, gia vị dạng lỏng khác", en: "Soy and bean pastes, fish sauce and other liquid condiments" },
  { code: 10, sector: "I", vi: "Gia vị khác (muối, hành, tỏi, tiêu)", en: "Other seasonings (salt, shallot, garlic, pepper)" },
  { code: 11, sector: "I", vi: "Chè tươi, chè chế biến", en: "Fresh and processed tea" },
  { code: 12, sector: "I", vi: "Sản phẩm chè/trà từ thực vật khác", en: "Herbal teas from other plants" },
  { code: 13, sector: "I", vi: "Cà phê, ca cao", en: "Coffee and cocoa" },
  { code: 14, sector: "II", vi: "Rượu trắng", en: "Distilled white liquor" },
  { code: 15, sector: "II", vi: "Đồ uống có cồn khác", en: "Other alcoholic drinks" },
  { code: 16, sector: "II", vi: "Nước khoáng thiên nhiên, nước uống đóng chai", en: "Natural mineral water and bottled water" },
  { code: 17, sector: "II", vi: "Đồ uống không cồn (khác)", en: "Other non-alcoholic drinks" },
  {
    code: 18,
    sector: "III",
    vi: "Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền",
    en: "Health supplements, herbal medicines and traditional medicines",
  },
  { code: 19, sector: "III", vi: "Mỹ phẩm có thành phần từ dược liệu", en: "Cosmetics with herbal ingredients" },
  { code: 20, sector: "III", vi: "Tinh dầu và dược liệu khác", en: "Essential oils and other herbal materials" },
  { code: 21, sector: "IV", vi: "Thủ công mỹ nghệ gia dụng, trang trí", en: "Household and decorative handicrafts" },
  { code: 22, sector: "IV", vi: "Vải, may mặc", en: "Textiles and garments" },
  { code: 23, sector: "V", vi: "Hoa", en: "Flowers" },
  { code: 24, sector: "V", vi: "Cây cảnh", en: "Ornamental plants and bonsai" },
  { code: 25, sector: "V", vi: "Động vật cảnh", en: "Ornamental animals" },
  {
    code: 26,
    sector: "VI",
    vi: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
    en: "Community tourism, eco-tourism and tourist-destination services",
  },
];

const SETS_BY_CODE = new Map(PRODUCT_SETS.map((s) => [s.code, s]));
const SECTORS_BY_CODE = new Map(SECTORS.map((s) => [s.code, s]));

export function isSectorCode(code: unknown): code is SectorCode {
  return typeof code === "string" && (SECTOR_CODES as readonly string[]).includes(code);
}

export function productSet(code: number): ProductSet | undefined {
  return SETS_BY_CODE.get(code);
}

/** A sector by its code ("I".."VI"), or the sector a product set (1..26) belongs to. */
export function sector(code: SectorCode | number): Sector | undefined {
  if (typeof code === "number") {
    const set = SETS_BY_CODE.get(code);
    return set ? SECTORS_BY_CODE.get(set.sector) : undefined;
  }
  return SECTORS_BY_CODE.get(code);
}

export function productSetsInSector(code: SectorCode): ProductSet[] {
  return PRODUCT_SETS.filter((s) => s.sector === code);
}

/** Whether products of this set can be shipped (false for tourism services and unknown sets). */
export function isShippableProductSet(code: number): boolean {
  return sector(code)?.shippable ?? false;
}
