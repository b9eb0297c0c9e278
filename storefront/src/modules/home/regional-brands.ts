/**
 * Regional brands on the home page: specialities known by their place (Cu đơ Hà Tĩnh, Bưởi
 * Phúc Trạch…). Each opens the search page with words and, where the name is tied to a
 * province, that province; names and blurbs come from messages `browse.home.brands.<key>`.
 */
export type RegionalBrand = {
  key: "cuDo" | "buoiPhucTrach" | "camVuQuang" | "nhungHuou" | "nuocMamKyAnh"
  q: string
  province?: string
}

export const REGIONAL_BRANDS: readonly RegionalBrand[] = [
  { key: "cuDo", q: "cu đơ", province: "42" },
  { key: "buoiPhucTrach", q: "bưởi Phúc Trạch" },
  { key: "camVuQuang", q: "cam Vũ Quang" },
  { key: "nhungHuou", q: "nhung hươu", province: "42" },
  // Kỳ Anh's fish sauce: the words alone also find Thạch Kim's and Cẩm Nhượng's, all on the Hà Tĩnh coast
  { key: "nuocMamKyAnh", q: "nước mắm", province: "42" },
]
