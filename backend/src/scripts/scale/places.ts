/**
 * Where OCOP products come from, by pre-2025 province (63 units). The 34 current provinces of
 * @ocop/domain are reached through LEGACY_PROVINCES, so a producer has both its current province
 * and the province its older certificates were issued in. Localities are real district or town
 * names (many of today's communes took them in 2025), written "huyện" by default or with a prefix:
 * "tx:" thị xã, "tp:" thành phố, "q:" quận, "x:" a commune or village known in its own right
 * (Bát Tràng, Phúc Trạch), which is a place but no district. `weight` is the province's rough share
 * of the national OCOP catalogue (Hà Nội leads by far).
 */
export type Region = "coastal" | "highland" | "south"

export type LegacyPlace = {
  weight: number
  localities: readonly string[]
  regions: readonly Region[]
}

export const LEGACY_PLACES: Record<string, LegacyPlace> = {
  "01": {
    weight: 12,
    regions: [],
    localities: [
      "Ba Vì",
      "Sóc Sơn",
      "Chương Mỹ",
      "Thạch Thất",
      "Mỹ Đức",
      "Đông Anh",
      "Gia Lâm",
      "Phúc Thọ",
      "Thường Tín",
      "Ứng Hòa",
      "x:Bát Tràng",
      "x:Vạn Phúc",
      "Phú Xuyên",
    ],
  },
  "02": { weight: 1.6, regions: ["highland"], localities: ["Mèo Vạc", "Đồng Văn", "Bắc Quang", "Hoàng Su Phì", "Quản Bạ", "Vị Xuyên"] },
  "04": { weight: 1.1, regions: ["highland"], localities: ["Trùng Khánh", "Hà Quảng", "Nguyên Bình", "Bảo Lạc", "Hòa An", "Quảng Hòa"] },
  "06": { weight: 1, regions: ["highland"], localities: ["Ba Bể", "Chợ Đồn", "Na Rì", "Ngân Sơn", "Bạch Thông"] },
  "08": { weight: 1.4, regions: ["highland"], localities: ["Hàm Yên", "Chiêm Hóa", "Na Hang", "Sơn Dương", "Yên Sơn"] },
  "10": { weight: 1.3, regions: ["highland"], localities: ["Bát Xát", "tx:Sa Pa", "Bắc Hà", "Mường Khương", "Bảo Thắng"] },
  "11": {
    weight: 0.9,
    regions: ["highland"],
    localities: ["Mường Nhé", "Tuần Giáo", "Điện Biên Đông", "Mường Ảng", "Tủa Chùa", "x:Mường Thanh"],
  },
  "12": { weight: 0.7, regions: ["highland"], localities: ["Tam Đường", "Sìn Hồ", "Phong Thổ", "Than Uyên", "Tân Uyên"] },
  "14": { weight: 1.6, regions: ["highland"], localities: ["Mộc Châu", "Yên Châu", "Mai Sơn", "Thuận Châu", "Sông Mã", "Bắc Yên"] },
  "15": { weight: 1.3, regions: ["highland"], localities: ["Văn Yên", "Văn Chấn", "Trấn Yên", "Mù Cang Chải", "x:Suối Giàng", "Lục Yên"] },
  "17": { weight: 1.2, regions: ["highland"], localities: ["Cao Phong", "Mai Châu", "Lạc Sơn", "Tân Lạc", "Kim Bôi", "Lương Sơn"] },
  "19": { weight: 2, regions: ["highland"], localities: ["Đại Từ", "Định Hóa", "x:Tân Cương", "Phú Lương", "Võ Nhai", "Đồng Hỷ"] },
  "20": { weight: 1.3, regions: ["highland"], localities: ["Chi Lăng", "Bắc Sơn", "Đình Lập", "Tràng Định", "Văn Quan", "Lộc Bình"] },
  "22": {
    weight: 3,
    regions: ["coastal"],
    localities: [
      "tp:Hạ Long",
      "Vân Đồn",
      "Tiên Yên",
      "Ba Chẽ",
      "Bình Liêu",
      "Đầm Hà",
      "Cô Tô",
      "tp:Đông Triều",
      "tp:Móng Cái",
      "x:Quan Lạn",
    ],
  },
  "24": { weight: 2, regions: [], localities: ["Lục Ngạn", "Yên Thế", "Lục Nam", "Tân Yên", "tx:Việt Yên", "Sơn Động"] },
  "25": { weight: 1.8, regions: [], localities: ["Thanh Sơn", "Đoan Hùng", "Tân Sơn", "Cẩm Khê", "Thanh Thủy", "Lâm Thao"] },
  "26": { weight: 1.2, regions: [], localities: ["Tam Đảo", "Vĩnh Tường", "Lập Thạch", "Sông Lô", "Yên Lạc"] },
  "27": { weight: 1.5, regions: [], localities: ["tp:Từ Sơn", "tx:Thuận Thành", "Tiên Du", "tx:Quế Võ", "x:Đình Bảng", "x:Đông Hồ"] },
  "30": { weight: 2, regions: [], localities: ["Thanh Hà", "tp:Chí Linh", "Gia Lộc", "Ninh Giang", "tx:Kinh Môn", "Tứ Kỳ"] },
  "31": { weight: 1.4, regions: ["coastal"], localities: ["Cát Hải", "tp:Thủy Nguyên", "Kiến Thụy", "Tiên Lãng", "Vĩnh Bảo", "An Lão"] },
  "33": { weight: 1.5, regions: [], localities: ["Khoái Châu", "Văn Giang", "Kim Động", "Tiên Lữ", "Phù Cừ", "Văn Lâm"] },
  "34": { weight: 1.8, regions: ["coastal"], localities: ["Thái Thụy", "Vũ Thư", "Quỳnh Phụ", "Kiến Xương", "Tiền Hải", "Hưng Hà"] },
  "35": { weight: 1, regions: [], localities: ["Lý Nhân", "Thanh Liêm", "Kim Bảng", "Bình Lục", "tx:Duy Tiên"] },
  "36": { weight: 1.6, regions: ["coastal"], localities: ["Hải Hậu", "Giao Thủy", "Ý Yên", "Nghĩa Hưng", "Xuân Trường", "Vụ Bản"] },
  "37": { weight: 1.3, regions: ["coastal"], localities: ["Kim Sơn", "Gia Viễn", "tp:Hoa Lư", "Nho Quan", "Yên Khánh", "Yên Mô"] },
  "38": {
    weight: 3.5,
    regions: ["coastal"],
    localities: ["Nga Sơn", "Hoằng Hóa", "Thọ Xuân", "Quảng Xương", "Như Thanh", "Bá Thước", "Thạch Thành", "Hậu Lộc", "tp:Sầm Sơn"],
  },
  "40": {
    weight: 3,
    regions: ["coastal"],
    localities: [
      "Diễn Châu",
      "Nghi Lộc",
      "Quỳnh Lưu",
      "Thanh Chương",
      "Con Cuông",
      "Quế Phong",
      "Nghĩa Đàn",
      "Nam Đàn",
      "tx:Cửa Lò",
      "x:Cửa Hội",
    ],
  },
  "42": {
    weight: 2.5,
    regions: ["coastal"],
    localities: [
      "Hương Sơn",
      "Vũ Quang",
      "Hương Khê",
      "tx:Kỳ Anh",
      "Can Lộc",
      "Thạch Hà",
      "Nghi Xuân",
      "Cẩm Xuyên",
      "Đức Thọ",
      "Lộc Hà",
      "x:Phúc Trạch",
      "x:Thạch Kim",
    ],
  },
  "44": {
    weight: 1.2,
    regions: ["coastal"],
    localities: ["Lệ Thủy", "Bố Trạch", "Minh Hóa", "Tuyên Hóa", "Quảng Trạch", "x:Cảnh Dương", "x:Phong Nha"],
  },
  "45": {
    weight: 1.1,
    regions: ["coastal"],
    localities: ["Hướng Hóa", "Gio Linh", "Vĩnh Linh", "Hải Lăng", "Cam Lộ", "Triệu Phong", "x:Khe Sanh"],
  },
  "46": {
    weight: 1.5,
    regions: ["coastal"],
    localities: ["Phong Điền", "Quảng Điền", "Phú Vang", "tx:Hương Trà", "A Lưới", "Nam Đông", "Phú Lộc", "x:Thủy Biều"],
  },
  "48": { weight: 0.8, regions: ["coastal"], localities: ["Hòa Vang", "x:Nam Ô", "q:Sơn Trà", "q:Liên Chiểu", "x:Hòa Bắc"] },
  "49": {
    weight: 2.2,
    regions: ["coastal"],
    localities: ["tp:Hội An", "Đại Lộc", "Tiên Phước", "x:Trà My", "Duy Xuyên", "Quế Sơn", "Nam Trà My", "tx:Điện Bàn"],
  },
  "51": { weight: 1.3, regions: ["coastal"], localities: ["Lý Sơn", "Bình Sơn", "Mộ Đức", "Ba Tơ", "Minh Long", "Sơn Tịnh", "tx:Đức Phổ"] },
  "52": {
    weight: 1.5,
    regions: ["coastal"],
    localities: ["Tuy Phước", "tx:Hoài Nhơn", "tx:An Nhơn", "Phù Cát", "Phù Mỹ", "Tây Sơn", "x:Bàu Đá"],
  },
  "54": { weight: 1, regions: ["coastal"], localities: ["Tuy An", "tx:Sông Cầu", "Đồng Xuân", "Sơn Hòa", "tx:Đông Hòa"] },
  "56": {
    weight: 1.2,
    regions: ["coastal"],
    localities: ["tp:Cam Ranh", "tx:Ninh Hòa", "Vạn Ninh", "Khánh Vĩnh", "Diên Khánh", "Cam Lâm"],
  },
  "58": { weight: 0.8, regions: ["coastal"], localities: ["Ninh Phước", "Ninh Hải", "Bác Ái", "Thuận Nam", "tp:Phan Rang", "x:Bàu Trúc"] },
  "60": {
    weight: 1.2,
    regions: ["coastal"],
    localities: ["tp:Phan Thiết", "Hàm Thuận Nam", "x:Mũi Né", "Tuy Phong", "Phú Quý", "Hàm Tân"],
  },
  "62": { weight: 0.9, regions: ["highland"], localities: ["Đăk Hà", "Kon Plông", "x:Ngọc Linh", "Đăk Tô", "Tu Mơ Rông", "Đăk Glei"] },
  "64": { weight: 1.3, regions: ["highland"], localities: ["Chư Sê", "Chư Prông", "Mang Yang", "tx:An Khê", "Đak Đoa", "Ia Grai"] },
  "66": {
    weight: 1.8,
    regions: ["highland"],
    localities: ["tp:Buôn Ma Thuột", "Krông Pắc", "Cư M'gar", "Krông Năng", "Ea Kar", "Buôn Đôn"],
  },
  "67": { weight: 0.9, regions: ["highland"], localities: ["Đắk Mil", "tp:Gia Nghĩa", "Krông Nô", "Đắk Song", "Tuy Đức"] },
  "68": {
    weight: 2,
    regions: ["highland"],
    localities: ["tp:Đà Lạt", "tp:Bảo Lộc", "Di Linh", "Lâm Hà", "Đơn Dương", "x:Cầu Đất", "Lạc Dương"],
  },
  "70": { weight: 1, regions: ["south"], localities: ["Bù Đăng", "tx:Phước Long", "tx:Bình Long", "Lộc Ninh", "Đồng Phú"] },
  "72": { weight: 1.1, regions: ["south"], localities: ["Gò Dầu", "tx:Trảng Bàng", "tx:Hòa Thành", "Tân Châu", "Dương Minh Châu"] },
  "74": { weight: 0.9, regions: ["south"], localities: ["x:Lái Thiêu", "tp:Thủ Dầu Một", "Dầu Tiếng", "tp:Bến Cát", "tp:Tân Uyên"] },
  "75": { weight: 1.4, regions: ["south"], localities: ["tp:Long Khánh", "Xuân Lộc", "Định Quán", "Tân Phú", "Cẩm Mỹ", "Vĩnh Cửu"] },
  "77": { weight: 1, regions: ["south", "coastal"], localities: ["x:Long Hải", "Côn Đảo", "Châu Đức", "Xuyên Mộc", "Đất Đỏ"] },
  "79": { weight: 1.5, regions: ["south", "coastal"], localities: ["Củ Chi", "Cần Giờ", "Hóc Môn", "Bình Chánh", "Nhà Bè"] },
  "80": { weight: 1.4, regions: ["south"], localities: ["Cần Giuộc", "Bến Lức", "Đức Hòa", "Tân Trụ", "Châu Thành", "Cần Đước"] },
  "82": {
    weight: 1.8,
    regions: ["south", "coastal"],
    localities: ["Cái Bè", "tx:Cai Lậy", "Chợ Gạo", "tx:Gò Công", "x:Hòa Lộc", "x:Vĩnh Kim"],
  },
  "83": {
    weight: 2,
    regions: ["south", "coastal"],
    localities: ["Chợ Lách", "x:Cái Mơn", "Mỏ Cày Nam", "Giồng Trôm", "Ba Tri", "Bình Đại"],
  },
  "84": { weight: 1.2, regions: ["south", "coastal"], localities: ["Cầu Kè", "Tiểu Cần", "tx:Duyên Hải", "Càng Long", "Trà Cú"] },
  "86": { weight: 1.2, regions: ["south"], localities: ["tx:Bình Minh", "Trà Ôn", "Long Hồ", "Mang Thít", "Vũng Liêm"] },
  "87": { weight: 2, regions: ["south"], localities: ["Lấp Vò", "tp:Sa Đéc", "Tháp Mười", "Cao Lãnh", "Lai Vung", "Tam Nông"] },
  "89": { weight: 2, regions: ["south"], localities: ["tp:Châu Đốc", "Tri Tôn", "tx:Tịnh Biên", "Chợ Mới", "Châu Phú", "x:Bảy Núi"] },
  "91": {
    weight: 1.5,
    regions: ["south", "coastal"],
    localities: ["tp:Phú Quốc", "tp:Hà Tiên", "Kiên Lương", "An Biên", "U Minh Thượng", "Hòn Đất"],
  },
  "92": { weight: 1.2, regions: ["south"], localities: ["Phong Điền", "Cờ Đỏ", "q:Ô Môn", "q:Thốt Nốt", "Vĩnh Thạnh"] },
  "93": { weight: 1.1, regions: ["south"], localities: ["tp:Vị Thanh", "tx:Long Mỹ", "Phụng Hiệp", "x:Cầu Đúc", "Châu Thành A"] },
  "94": { weight: 1.4, regions: ["south", "coastal"], localities: ["tx:Vĩnh Châu", "Kế Sách", "Mỹ Xuyên", "Cù Lao Dung", "Trần Đề"] },
  "95": { weight: 1, regions: ["south", "coastal"], localities: ["Hồng Dân", "Phước Long", "tx:Giá Rai", "Đông Hải", "Hòa Bình"] },
  "96": {
    weight: 1.4,
    regions: ["south", "coastal"],
    localities: ["Năm Căn", "Ngọc Hiển", "Đầm Dơi", "U Minh", "Trần Văn Thời", "x:Rạch Gốc"],
  },
}

/** The five centrally-run cities before 2025 (their People's Committee is "UBND thành phố"). */
export const LEGACY_CITIES = new Set(["01", "31", "48", "79", "92"])

/** Syllables of Sino-Vietnamese commune names ("Thạch Trung", "Hòa Lộc", "Xuân Thành"). */
export const COMMUNE_FIRST = [
  "An",
  "Bình",
  "Hòa",
  "Phú",
  "Tân",
  "Thạch",
  "Xuân",
  "Hưng",
  "Đông",
  "Tây",
  "Nam",
  "Bắc",
  "Vĩnh",
  "Quảng",
  "Thanh",
  "Hương",
  "Đức",
  "Cẩm",
  "Nghi",
  "Diễn",
  "Yên",
  "Lộc",
  "Long",
  "Mỹ",
  "Phước",
  "Thuận",
  "Trung",
  "Thịnh",
  "Kim",
  "Gia",
  "Hồng",
  "Đại",
  "Tiên",
  "Minh",
  "Sơn",
  "Hải",
  "Ngọc",
  "Phong",
  "Khánh",
  "Thái",
]
export const COMMUNE_SECOND = [
  "Lộc",
  "Thành",
  "Hòa",
  "Phú",
  "An",
  "Lợi",
  "Tiến",
  "Hưng",
  "Sơn",
  "Thủy",
  "Lâm",
  "Hải",
  "Trung",
  "Xuân",
  "Long",
  "Bình",
  "Thịnh",
  "Phong",
  "Mỹ",
  "Khánh",
  "Điền",
  "Tân",
  "Quang",
  "Đông",
  "Hà",
  "Kim",
  "Ninh",
  "Châu",
  "Lạc",
  "Nghĩa",
]

export type Locality = { name: string; district: string | null }

const DISTRICT_KINDS: Record<string, string> = { tx: "thị xã", tp: "thành phố", q: "quận" }

/** "tx:Kỳ Anh" → Kỳ Anh, district "thị xã Kỳ Anh"; "x:Phúc Trạch" → no district; "Hương Sơn" → "huyện Hương Sơn". */
export function locality(entry: string): Locality {
  const [kind, name] = entry.includes(":") ? entry.split(":") : ["", entry]
  if (kind === "x") return { name, district: null }
  return { name, district: `${DISTRICT_KINDS[kind] ?? "huyện"} ${name}` }
}
