import type { ProducerType } from "@ocop/domain"
import type { Random } from "./random"

/** People's and trade names as they appear on OCOP lists ("Cơ sở nước mắm Luận Nghiệp", "HTX Bưởi Phúc Trạch"). */

const FAMILY_NAMES: ReadonlyArray<readonly [string, number]> = [
  ["Nguyễn", 38],
  ["Trần", 11],
  ["Lê", 9.5],
  ["Phạm", 7],
  ["Hoàng", 5],
  ["Phan", 4.5],
  ["Vũ", 4],
  ["Đặng", 2],
  ["Bùi", 2],
  ["Đỗ", 2],
  ["Hồ", 1.5],
  ["Ngô", 1.3],
  ["Dương", 1],
  ["Lý", 0.5],
  ["Võ", 3],
  ["Trương", 1],
  ["Lưu", 0.5],
  ["Đinh", 0.8],
  ["Mai", 0.5],
  ["Cao", 0.5],
]
const MIDDLE_MALE = ["Văn", "Hữu", "Đình", "Công", "Minh", "Quang", "Xuân", "Đức", "Ngọc", "Thanh"]
const MIDDLE_FEMALE = ["Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Minh"]
const GIVEN_MALE = [
  "An",
  "Bình",
  "Cường",
  "Dũng",
  "Đạt",
  "Duẫn",
  "Hải",
  "Hiếu",
  "Hòa",
  "Hùng",
  "Khánh",
  "Kiên",
  "Lâm",
  "Long",
  "Lộc",
  "Luận",
  "Minh",
  "Nghĩa",
  "Phúc",
  "Quang",
  "Sơn",
  "Sửu",
  "Tiến",
  "Toàn",
  "Tuấn",
  "Tùng",
  "Thành",
  "Thắng",
  "Vinh",
  "Chiến",
  "Hậu",
  "Nhân",
]
const GIVEN_FEMALE = [
  "Anh",
  "Chi",
  "Cúc",
  "Dung",
  "Giang",
  "Hà",
  "Hạnh",
  "Hằng",
  "Hiền",
  "Hoa",
  "Hương",
  "Hường",
  "Huệ",
  "Lan",
  "Liên",
  "Linh",
  "Loan",
  "Mai",
  "Nga",
  "Ngân",
  "Nhung",
  "Phương",
  "Quyên",
  "Tâm",
  "Thảo",
  "Thắm",
  "Thu",
  "Thủy",
  "Trang",
  "Vân",
  "Xuân",
  "Yến",
]
/** Syllables of trade names ("Phú Sáng", "An Phát", "Hương Quê"). */
const TRADE_FIRST = [
  "Phú",
  "An",
  "Hưng",
  "Thiên",
  "Việt",
  "Kim",
  "Tâm",
  "Hương",
  "Đại",
  "Minh",
  "Gia",
  "Bảo",
  "Hồng",
  "Nam",
  "Thành",
  "Phúc",
  "Tân",
  "Mộc",
  "Xanh",
  "Sen",
]
const TRADE_SECOND = [
  "Sáng",
  "Phát",
  "Thịnh",
  "Hương",
  "Xanh",
  "Ngọc",
  "Đức",
  "Quê",
  "Lộc",
  "Tài",
  "Anh",
  "Việt",
  "Nguyên",
  "Khang",
  "Hòa",
  "Long",
  "Thảo",
  "Nhiên",
  "Vàng",
  "Sơn",
]
const LATIN_BRANDS = ["Farm", "Food", "Organic", "Green", "Gold", "Foods", "Agri"]

export type Person = { family: string; middle: string; given: string; female: boolean }

export function person(random: Random): Person {
  const female = random.chance(0.5)
  return {
    family: random.weighted(FAMILY_NAMES, ([, w]) => w)[0],
    middle: random.pick(female ? MIDDLE_FEMALE : MIDDLE_MALE),
    given: random.pick(female ? GIVEN_FEMALE : GIVEN_MALE),
    female,
  }
}

export const fullName = (p: Person) => `${p.family} ${p.middle} ${p.given}`

/** A brand as families and small firms choose them: a couple's names, "Bà Hường", an auspicious pair, rarely a Latin word. */
export function tradeName(random: Random, owner: Person): string {
  const r = random.next()
  if (r < 0.35) {
    const partner = random.pick(owner.female ? GIVEN_MALE : GIVEN_FEMALE)
    return owner.female ? `${partner} ${owner.given}` : `${owner.given} ${partner}`
  }
  if (r < 0.45) return `${owner.female ? "Bà" : "Ông"} ${owner.given}`
  if (r < 0.55) return `${owner.given} ${owner.family === "Nguyễn" ? random.pick(TRADE_SECOND) : owner.family}`
  if (r < 0.96) {
    const first = random.pick(TRADE_FIRST)
    let second = random.pick(TRADE_SECOND)
    if (second === first) second = "Phát"
    return `${first} ${second}`
  }
  return `${random.pick(TRADE_FIRST)} ${random.pick(LATIN_BRANDS)}`
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/**
 * A producer's registered name, shaped by its type: "Hợp tác xã nông nghiệp Thạch Trung",
 * "Công ty TNHH Phú Sáng", "Cơ sở sản xuất nước mắm Luận Nghiệp", "Hộ kinh doanh Trần Công Hà".
 */
export function producerName(random: Random, type: ProducerType, trade: string, brand: string, owner: Person, place: string): string {
  switch (type) {
    case "HTX": {
      const r = random.next()
      if (r < 0.3) return `Hợp tác xã nông nghiệp ${place}`
      if (r < 0.5) return `Hợp tác xã dịch vụ nông nghiệp ${place}`
      if (r < 0.75) return `HTX ${trade} ${place}`
      return `Hợp tác xã sản xuất và kinh doanh ${trade} ${place}`
    }
    case "THT":
      return random.chance(0.5) ? `Tổ hợp tác ${trade} ${place}` : `Tổ hợp tác sản xuất ${trade} ${place}`
    case "DN_NVV": {
      const r = random.next()
      if (r < 0.45) return `Công ty TNHH ${brand}`
      if (r < 0.65) return `Công ty TNHH MTV ${brand}`
      if (r < 0.85) return `Công ty Cổ phần ${brand}`
      return `Công ty TNHH ${capitalise(trade)} ${brand}`
    }
    case "TRANG_TRAI":
      return random.chance(0.6) ? `Trang trại ${trade} ${brand}` : `Trang trại ${owner.family} ${owner.given}`
    case "HO_SXKD": {
      const r = random.next()
      if (r < 0.4) return `Cơ sở sản xuất ${trade} ${brand}`
      if (r < 0.7) return `Cơ sở ${trade} ${brand}`
      return `Hộ kinh doanh ${fullName(owner)}`
    }
    case "HOI_HIEP_HOI":
      return `Hội ${trade} ${place}`
    case "TT_DIEU_HANH":
      return `Trung tâm điều hành ${trade} ${place}`
  }
}
