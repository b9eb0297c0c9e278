/**
 * Commune-level units (xã, phường, đặc khu) of the provinces OCOP Market serves first, after the
 * 1/7/2025 reorganisation: Hà Tĩnh (42) under Resolution 1665/NQ-UBTVQH15 and the new Quảng Trị
 * (44, old Quảng Bình + old Quảng Trị) under Resolution 1680/NQ-UBTVQH15, with the codes of
 * Decision 19/2025/QĐ-TTg. Copied as data from the public dataset nguyencongcuong/tinhthanhvn
 * (current wards, reference citation C-31) and checked against the counts in
 * reference/ocop-domain.md §8 (Hà Tĩnh 69 units: 9 wards, 60 communes; Quảng Trị 78 units:
 * 8 wards, 69 communes, special zone Cồn Cỏ). No npm package of the 2025 units was found that
 * is maintained and trustworthy enough to depend on; other provinces take a free-text commune.
 */

export type CommuneKind = "ward" | "commune" | "special_zone";

export interface Commune {
  /** Five-digit code, Decision 19/2025/QĐ-TTg. */
  code: string;
  /** Short name without the unit word: "Thành Sen". */
  vi: string;
  kind: CommuneKind;
}

const KIND_WORDS: Record<CommuneKind, string> = { ward: "Phường", commune: "Xã", special_zone: "Đặc khu" };

export const HA_TINH_COMMUNES: readonly Commune[] = [
  { code: "18073", vi: "Thành Sen", kind: "ward" },
  { code: "18100", vi: "Trần Phú", kind: "ward" },
  { code: "18115", vi: "Bắc Hồng Lĩnh", kind: "ward" },
  { code: "18118", vi: "Nam Hồng Lĩnh", kind: "ward" },
  { code: "18652", vi: "Hà Huy Tập", kind: "ward" },
  { code: "18754", vi: "Sông Trí", kind: "ward" },
  { code: "18781", vi: "Hải Ninh", kind: "ward" },
  { code: "18823", vi: "Vũng Áng", kind: "ward" },
  { code: "18832", vi: "Hoành Sơn", kind: "ward" },
  { code: "18133", vi: "Hương Sơn", kind: "commune" },
  { code: "18160", vi: "Sơn Hồng", kind: "commune" },
  { code: "18163", vi: "Sơn Tiến", kind: "commune" },
  { code: "18172", vi: "Sơn Tây", kind: "commune" },
  { code: "18184", vi: "Sơn Giang", kind: "commune" },
  { code: "18196", vi: "Sơn Kim 1", kind: "commune" },
  { code: "18199", vi: "Sơn Kim 2", kind: "commune" },
  { code: "18202", vi: "Tứ Mỹ", kind: "commune" },
  { code: "18223", vi: "Kim Hoa", kind: "commune" },
  { code: "18229", vi: "Đức Thọ", kind: "commune" },
  { code: "18244", vi: "Đức Minh", kind: "commune" },
  { code: "18262", vi: "Đức Quang", kind: "commune" },
  { code: "18277", vi: "Đức Thịnh", kind: "commune" },
  { code: "18304", vi: "Đức Đồng", kind: "commune" },
  { code: "18313", vi: "Vũ Quang", kind: "commune" },
  { code: "18322", vi: "Mai Hoa", kind: "commune" },
  { code: "18328", vi: "Thượng Đức", kind: "commune" },
  { code: "18352", vi: "Nghi Xuân", kind: "commune" },
  { code: "18364", vi: "Đan Hải", kind: "commune" },
  { code: "18373", vi: "Tiên Điền", kind: "commune" },
  { code: "18394", vi: "Cổ Đạm", kind: "commune" },
  { code: "18406", vi: "Can Lộc", kind: "commune" },
  { code: "18409", vi: "Hồng Lộc", kind: "commune" },
  { code: "18418", vi: "Tùng Lộc", kind: "commune" },
  { code: "18436", vi: "Trường Lưu", kind: "commune" },
  { code: "18466", vi: "Gia Hanh", kind: "commune" },
  { code: "18481", vi: "Xuân Lộc", kind: "commune" },
  { code: "18484", vi: "Đồng Lộc", kind: "commune" },
  { code: "18496", vi: "Hương Khê", kind: "commune" },
  { code: "18502", vi: "Hà Linh", kind: "commune" },
  { code: "18523", vi: "Hương Bình", kind: "commune" },
  { code: "18532", vi: "Hương Phố", kind: "commune" },
  { code: "18544", vi: "Hương Xuân", kind: "commune" },
  { code: "18547", vi: "Phúc Trạch", kind: "commune" },
  { code: "18550", vi: "Hương Đô", kind: "commune" },
  { code: "18562", vi: "Thạch Hà", kind: "commune" },
  { code: "18568", vi: "Lộc Hà", kind: "commune" },
  { code: "18583", vi: "Mai Phụ", kind: "commune" },
  { code: "18586", vi: "Đông Kinh", kind: "commune" },
  { code: "18601", vi: "Việt Xuyên", kind: "commune" },
  { code: "18604", vi: "Thạch Khê", kind: "commune" },
  { code: "18619", vi: "Đồng Tiến", kind: "commune" },
  { code: "18628", vi: "Thạch Lạc", kind: "commune" },
  { code: "18634", vi: "Toàn Lưu", kind: "commune" },
  { code: "18667", vi: "Thạch Xuân", kind: "commune" },
  { code: "18673", vi: "Cẩm Xuyên", kind: "commune" },
  { code: "18676", vi: "Thiên Cầm", kind: "commune" },
  { code: "18682", vi: "Yên Hòa", kind: "commune" },
  { code: "18685", vi: "Cẩm Bình", kind: "commune" },
  { code: "18736", vi: "Cẩm Hưng", kind: "commune" },
  { code: "18739", vi: "Cẩm Duệ", kind: "commune" },
  { code: "18742", vi: "Cẩm Trung", kind: "commune" },
  { code: "18748", vi: "Cẩm Lạc", kind: "commune" },
  { code: "18766", vi: "Kỳ Xuân", kind: "commune" },
  { code: "18775", vi: "Kỳ Anh", kind: "commune" },
  { code: "18787", vi: "Kỳ Văn", kind: "commune" },
  { code: "18790", vi: "Kỳ Khang", kind: "commune" },
  { code: "18814", vi: "Kỳ Hoa", kind: "commune" },
  { code: "18838", vi: "Kỳ Lạc", kind: "commune" },
  { code: "18844", vi: "Kỳ Thượng", kind: "commune" },
];

export const QUANG_TRI_COMMUNES: readonly Commune[] = [
  { code: "18859", vi: "Đồng Thuận", kind: "ward" },
  { code: "18871", vi: "Đồng Sơn", kind: "ward" },
  { code: "18880", vi: "Đồng Hới", kind: "ward" },
  { code: "19009", vi: "Ba Đồn", kind: "ward" },
  { code: "19066", vi: "Bắc Gianh", kind: "ward" },
  { code: "19333", vi: "Đông Hà", kind: "ward" },
  { code: "19351", vi: "Nam Đông Hà", kind: "ward" },
  { code: "19360", vi: "Quảng Trị", kind: "ward" },
  { code: "18901", vi: "Minh Hóa", kind: "commune" },
  { code: "18904", vi: "Dân Hóa", kind: "commune" },
  { code: "18919", vi: "Tân Thành", kind: "commune" },
  { code: "18922", vi: "Kim Điền", kind: "commune" },
  { code: "18943", vi: "Kim Phú", kind: "commune" },
  { code: "18949", vi: "Đồng Lê", kind: "commune" },
  { code: "18952", vi: "Tuyên Sơn", kind: "commune" },
  { code: "18958", vi: "Tuyên Lâm", kind: "commune" },
  { code: "18985", vi: "Tuyên Phú", kind: "commune" },
  { code: "18991", vi: "Tuyên Bình", kind: "commune" },
  { code: "18997", vi: "Tuyên Hóa", kind: "commune" },
  { code: "19021", vi: "Phú Trạch", kind: "commune" },
  { code: "19030", vi: "Trung Thuần", kind: "commune" },
  { code: "19033", vi: "Hòa Trạch", kind: "commune" },
  { code: "19051", vi: "Tân Gianh", kind: "commune" },
  { code: "19057", vi: "Quảng Trạch", kind: "commune" },
  { code: "19075", vi: "Nam Ba Đồn", kind: "commune" },
  { code: "19093", vi: "Nam Gianh", kind: "commune" },
  { code: "19111", vi: "Hoàn Lão", kind: "commune" },
  { code: "19126", vi: "Bắc Trạch", kind: "commune" },
  { code: "19138", vi: "Phong Nha", kind: "commune" },
  { code: "19141", vi: "Bố Trạch", kind: "commune" },
  { code: "19147", vi: "Thượng Trạch", kind: "commune" },
  { code: "19159", vi: "Đông Trạch", kind: "commune" },
  { code: "19198", vi: "Nam Trạch", kind: "commune" },
  { code: "19204", vi: "Trường Sơn", kind: "commune" },
  { code: "19207", vi: "Quảng Ninh", kind: "commune" },
  { code: "19225", vi: "Ninh Châu", kind: "commune" },
  { code: "19237", vi: "Trường Ninh", kind: "commune" },
  { code: "19246", vi: "Lệ Ninh", kind: "commune" },
  { code: "19249", vi: "Lệ Thủy", kind: "commune" },
  { code: "19255", vi: "Cam Hồng", kind: "commune" },
  { code: "19288", vi: "Sen Ngư", kind: "commune" },
  { code: "19291", vi: "Tân Mỹ", kind: "commune" },
  { code: "19309", vi: "Trường Phú", kind: "commune" },
  { code: "19318", vi: "Kim Ngân", kind: "commune" },
  { code: "19363", vi: "Vĩnh Linh", kind: "commune" },
  { code: "19366", vi: "Bến Quan", kind: "commune" },
  { code: "19372", vi: "Vĩnh Hoàng", kind: "commune" },
  { code: "19405", vi: "Vĩnh Thủy", kind: "commune" },
  { code: "19414", vi: "Cửa Tùng", kind: "commune" },
  { code: "19429", vi: "Khe Sanh", kind: "commune" },
  { code: "19432", vi: "Lao Bảo", kind: "commune" },
  { code: "19435", vi: "Hướng Lập", kind: "commune" },
  { code: "19441", vi: "Hướng Phùng", kind: "commune" },
  { code: "19462", vi: "Tân Lập", kind: "commune" },
  { code: "19483", vi: "A Dơi", kind: "commune" },
  { code: "19489", vi: "Lìa", kind: "commune" },
  { code: "19495", vi: "Gio Linh", kind: "commune" },
  { code: "19496", vi: "Cửa Việt", kind: "commune" },
  { code: "19501", vi: "Bến Hải", kind: "commune" },
  { code: "19537", vi: "Cồn Tiên", kind: "commune" },
  { code: "19555", vi: "Hướng Hiệp", kind: "commune" },
  { code: "19564", vi: "Đakrông", kind: "commune" },
  { code: "19567", vi: "Ba Lòng", kind: "commune" },
  { code: "19588", vi: "Tà Rụt", kind: "commune" },
  { code: "19594", vi: "La Lay", kind: "commune" },
  { code: "19597", vi: "Cam Lộ", kind: "commune" },
  { code: "19603", vi: "Hiếu Giang", kind: "commune" },
  { code: "19624", vi: "Triệu Phong", kind: "commune" },
  { code: "19639", vi: "Nam Cửa Việt", kind: "commune" },
  { code: "19645", vi: "Triệu Bình", kind: "commune" },
  { code: "19654", vi: "Triệu Cơ", kind: "commune" },
  { code: "19669", vi: "Ái Tử", kind: "commune" },
  { code: "19681", vi: "Diên Sanh", kind: "commune" },
  { code: "19699", vi: "Vĩnh Định", kind: "commune" },
  { code: "19702", vi: "Hải Lăng", kind: "commune" },
  { code: "19735", vi: "Nam Hải Lăng", kind: "commune" },
  { code: "19741", vi: "Mỹ Thủy", kind: "commune" },
  { code: "19742", vi: "Cồn Cỏ", kind: "special_zone" },
];

/** Province code → its commune-level units, for the provinces that have a list here. */
export const COMMUNES_BY_PROVINCE: Readonly<Record<string, readonly Commune[]>> = {
  "42": HA_TINH_COMMUNES,
  "44": QUANG_TRI_COMMUNES,
};

/** The commune list of a province, or undefined when only free text is offered for it. */
export function communesOf(provinceCode: string): readonly Commune[] | undefined {
  return Object.prototype.hasOwnProperty.call(COMMUNES_BY_PROVINCE, provinceCode) ? COMMUNES_BY_PROVINCE[provinceCode] : undefined;
}

/** Full name with the unit word: "Phường Thành Sen", "Xã Hương Sơn", "Đặc khu Cồn Cỏ". */
export function communeFullName(commune: Pick<Commune, "vi" | "kind">): string {
  return `${KIND_WORDS[commune.kind]} ${commune.vi}`;
}

/** A unit of `provinceCode` by its code; undefined when unknown or when the province has no list. */
export function findCommune(provinceCode: string, code: string): Commune | undefined {
  return communesOf(provinceCode)?.find((c) => c.code === code);
}
