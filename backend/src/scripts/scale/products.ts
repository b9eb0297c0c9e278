import type { Region } from "./places"

/**
 * What OCOP products are made of: pack sizes with their usual price range in đồng, product
 * families per product set (1–26), and regional specialities (many with a geographical
 * indication or collective mark, kept in product.metadata.geographical_indication).
 */

/** [variant label, lowest price, highest price] in VND. */
export type Pack = readonly [label: string, min: number, max: number]

export const PACKS = {
  fishSauce: [["Chai 500ml (30 độ đạm)", 55000, 130000], ["Chai 500ml (40 độ đạm)", 80000, 180000], ["Chai 1 lít", 110000, 260000], ["Can 2 lít", 190000, 420000]],
  condiment: [["Hũ 500g", 35000, 90000], ["Chai 500ml", 30000, 80000], ["Hũ 1 kg", 60000, 150000]],
  honey: [["Hũ 250g", 90000, 180000], ["Chai 500ml", 180000, 380000], ["Chai 1 lít", 320000, 650000]],
  fruitKg: [["1 kg", 30000, 95000], ["Thùng 5 kg", 140000, 430000]],
  fruitPiece: [["1 quả (1–1,5 kg)", 40000, 95000], ["Hộp quà 2 quả", 90000, 210000]],
  vegetable: [["Túi 500g", 20000, 60000], ["1 kg", 35000, 110000]],
  rice: [["Túi 2 kg", 50000, 120000], ["Túi 5 kg", 110000, 260000], ["Túi 10 kg", 200000, 480000]],
  grain: [["Túi 500g", 35000, 95000], ["Túi 1 kg", 60000, 170000]],
  nuts: [["Hộp 250g", 60000, 160000], ["Túi 500g", 110000, 290000]],
  snack: [["Gói 200g", 25000, 65000], ["Hộp 400g", 45000, 130000]],
  cake: [["Gói 10 chiếc", 25000, 65000], ["Hộp 20 chiếc", 50000, 130000]],
  noodles: [["Gói 500g", 35000, 95000], ["Gói 1 kg", 65000, 170000]],
  driedSeafood: [["Túi 200g", 120000, 360000], ["Túi 500g", 280000, 820000]],
  processedMeat: [["Gói 500g", 90000, 230000], ["Cây 1 kg", 180000, 390000]],
  driedMeat: [["Túi 250g", 180000, 320000], ["Túi 500g", 340000, 620000]],
  oil: [["Chai 500ml", 50000, 120000], ["Chai 1 lít", 90000, 220000]],
  spice: [["Hũ 100g", 25000, 75000], ["Hũ 200g", 45000, 130000], ["Túi 500g", 90000, 280000]],
  tea: [["Hộp 100g", 60000, 210000], ["Túi 500g", 150000, 650000]],
  herbalTea: [["Hộp 20 túi lọc", 45000, 125000], ["Hộp 200g", 80000, 260000]],
  coffee: [["Túi 250g", 60000, 160000], ["Túi 500g", 110000, 290000]],
  liquor: [["Chai 500ml", 60000, 210000], ["Bình 2 lít", 200000, 620000]],
  wine: [["Chai 375ml", 70000, 230000], ["Chai 750ml", 120000, 460000]],
  water: [["Thùng 24 chai 500ml", 80000, 165000], ["Bình 19 lít", 40000, 85000]],
  drink: [["Chai 330ml", 15000, 45000], ["Chai 1 lít", 45000, 125000]],
  cordyceps: [["Hộp 10g", 350000, 950000], ["Hộp 50g", 1500000, 4200000]],
  deerVelvet: [["Hộp 100g", 2500000, 6000000], ["Hộp quà 200g", 5000000, 11000000]],
  herbal: [["Hộp 100g", 150000, 460000], ["Lọ 60 viên", 120000, 390000]],
  ginseng: [["Hộp 1 củ (50g)", 5000000, 15000000], ["Hộp 100g", 9000000, 28000000]],
  cosmetic: [["Chai 250ml", 60000, 185000], ["Hộp 100g", 50000, 160000]],
  essentialOil: [["Lọ 10ml", 45000, 150000], ["Chai 100ml", 180000, 560000]],
  handicraft: [["Chiếc", 80000, 950000], ["Bộ", 250000, 2600000]],
  textile: [["Chiếc", 150000, 1250000], ["Tấm 2 m", 300000, 2600000]],
  flower: [["Bó 10 cành", 80000, 360000], ["Chậu", 150000, 1250000]],
  bonsai: [["Chậu nhỏ", 300000, 2500000], ["Chậu lớn", 2000000, 15000000]],
  ornamentalAnimal: [["Con (15–20 cm)", 150000, 950000], ["Cặp", 300000, 3000000]],
  tour: [["Vé người lớn", 80000, 360000], ["Gói 1 ngày 1 đêm", 350000, 1250000]],
  freshMeat: [["1 kg", 90000, 290000], ["Con (1,5–2 kg)", 180000, 460000]],
  eggs: [["Hộp 10 quả", 30000, 60000], ["Khay 30 quả", 80000, 165000]],
  seafood: [["1 kg", 150000, 660000], ["Hộp 2 kg", 290000, 1250000]],
  milk: [["Chai 1 lít", 30000, 58000], ["Thùng 12 hộp", 110000, 230000]],
  swiftletNest: [["Hộp 50g", 1500000, 4500000], ["Hộp 100g", 2900000, 8500000]],
} as const satisfies Record<string, readonly Pack[]>

export type PackKind = keyof typeof PACKS

/** A product family: the start of a title ("Nước mắm cá cơm"), its packs and the word producers use for their trade. */
export type Family = {
  base: string
  pack: PackKind
  /** lowercase trade word for producer names: "nước mắm", "mật ong" */
  trade: string
  /** only made where the province has this character */
  region?: Region
  weight?: number
}

const f = (base: string, pack: PackKind, trade: string, region?: Region, weight?: number): Family => ({ base, pack, trade, region, weight })

/** Generic families per product set (Decision 26/2026 Annex II numbering). */
export const FAMILIES: Record<number, readonly Family[]> = {
  1: [
    f("Bưởi da xanh", "fruitPiece", "bưởi", "south"), f("Cam sành", "fruitKg", "cam"), f("Dưa lưới", "fruitKg", "dưa lưới"),
    f("Ổi lê", "fruitKg", "ổi"), f("Chuối tiêu hồng", "fruitKg", "chuối"), f("Thanh long ruột đỏ", "fruitKg", "thanh long", "south"),
    f("Nấm sò tươi", "vegetable", "nấm"), f("Khoai lang mật", "vegetable", "khoai lang"), f("Sầu riêng Ri6", "fruitKg", "sầu riêng", "south"),
    f("Nhãn xuồng", "fruitKg", "nhãn", "south"), f("Măng tây xanh", "vegetable", "rau sạch"), f("Rau cải hữu cơ", "vegetable", "rau sạch"),
    f("Bưởi đường", "fruitPiece", "bưởi"), f("Mít Thái", "fruitKg", "mít", "south"), f("Dứa Queen", "fruitKg", "dứa"), f("Chanh leo", "fruitKg", "chanh leo", "highland"),
  ],
  2: [
    f("Trứng gà ta", "eggs", "gà"), f("Gà đồi", "freshMeat", "gà"), f("Thịt lợn đen", "freshMeat", "lợn đen", "highland"),
    f("Tôm sú", "seafood", "tôm", "coastal"), f("Cua biển", "seafood", "cua", "coastal"), f("Cá lóc đồng", "seafood", "cá", "south"),
    f("Sữa bò tươi", "milk", "bò sữa"), f("Vịt bầu", "freshMeat", "vịt"), f("Ngao", "seafood", "ngao", "coastal"), f("Trứng vịt", "eggs", "vịt"),
  ],
  3: [
    f("Gạo hữu cơ", "rice", "gạo", undefined, 2), f("Gạo nếp cái hoa vàng", "rice", "gạo"), f("Gạo lứt đỏ", "rice", "gạo"),
    f("Gạo thơm", "rice", "gạo"), f("Đậu xanh", "grain", "nông sản"), f("Lạc đỏ", "grain", "nông sản"), f("Vừng đen", "grain", "nông sản"),
    f("Ngô nếp", "grain", "nông sản", "highland"), f("Đậu tương", "grain", "nông sản"),
  ],
  4: [
    f("Mật ong rừng", "honey", "mật ong", "highland", 3), f("Mật ong hoa nhãn", "honey", "mật ong", undefined, 2), f("Mật ong hoa cà phê", "honey", "mật ong", "highland"),
    f("Mật ong hoa vải", "honey", "mật ong"), f("Mật ong hoa keo", "honey", "mật ong"), f("Mật mía", "condiment", "mật mía"),
    f("Nghệ mật ong", "honey", "mật ong"), f("Phấn hoa", "honey", "mật ong"),
  ],
  5: [
    f("Bánh chưng", "cake", "bánh chưng"), f("Bánh tét", "cake", "bánh tét", "south"), f("Chả giò", "processedMeat", "thực phẩm"),
    f("Cơm cháy chà bông", "snack", "cơm cháy"), f("Bánh cuốn", "cake", "bánh cuốn"), f("Xôi gấc", "cake", "thực phẩm"),
  ],
  6: [
    f("Miến dong", "noodles", "miến dong", undefined, 2), f("Bánh đa nem", "cake", "bánh đa"), f("Bánh đa vừng", "cake", "bánh đa"),
    f("Bánh ram", "cake", "bánh ram"), f("Bánh tráng", "cake", "bánh tráng", "south"), f("Bún khô", "noodles", "bún"),
    f("Phở khô", "noodles", "phở"), f("Ngũ cốc dinh dưỡng", "grain", "ngũ cốc"), f("Bột gạo lứt", "grain", "ngũ cốc"),
    f("Bánh cốm", "cake", "bánh cốm"), f("Bánh in", "cake", "bánh"), f("Bánh phồng tôm", "snack", "bánh phồng", "coastal"), f("Hủ tiếu", "noodles", "hủ tiếu", "south"),
  ],
  7: [
    f("Kẹo lạc", "snack", "kẹo lạc", undefined, 2), f("Kẹo dừa", "snack", "kẹo dừa", "south"), f("Mứt gừng", "snack", "mứt"),
    f("Ô mai", "snack", "ô mai"), f("Chuối sấy dẻo", "snack", "hoa quả sấy"), f("Dầu lạc", "oil", "dầu lạc"),
    f("Tinh bột sắn dây", "grain", "tinh bột"), f("Măng khô", "vegetable", "măng", "highland"), f("Mít sấy", "snack", "hoa quả sấy"),
    f("Hồng sấy", "snack", "hoa quả sấy", "highland"), f("Mứt sen", "snack", "mứt"), f("Hạt điều rang muối", "nuts", "hạt điều", "south"),
    f("Dầu dừa", "oil", "dầu dừa", "south"), f("Tương ớt", "condiment", "tương ớt"), f("Dưa muối", "condiment", "dưa muối"), f("Trám đen", "snack", "trám"),
  ],
  8: [
    f("Chả mực", "processedMeat", "hải sản", "coastal"), f("Chả cá", "processedMeat", "hải sản", "coastal"), f("Ruốc tôm", "driedSeafood", "hải sản", "coastal"),
    f("Mực khô", "driedSeafood", "hải sản", "coastal", 2), f("Mực một nắng", "driedSeafood", "hải sản", "coastal"), f("Cá khô", "driedSeafood", "hải sản", "coastal"),
    f("Tôm khô", "driedSeafood", "hải sản", "coastal"), f("Giò lụa", "processedMeat", "giò chả"), f("Giò bò", "processedMeat", "giò chả"),
    f("Nem chua", "processedMeat", "nem"), f("Lạp xưởng", "processedMeat", "lạp xưởng"), f("Thịt trâu gác bếp", "driedMeat", "thịt gác bếp", "highland"),
    f("Khô cá lóc", "driedSeafood", "khô cá", "south"), f("Ruốc heo", "processedMeat", "ruốc"), f("Trứng vịt muối", "eggs", "trứng muối"),
  ],
  9: [
    f("Nước mắm cá cơm", "fishSauce", "nước mắm", "coastal", 4), f("Nước mắm truyền thống", "fishSauce", "nước mắm", "coastal", 3),
    f("Nước mắm nhĩ", "fishSauce", "nước mắm", "coastal", 2), f("Mắm tôm", "condiment", "mắm", "coastal"), f("Mắm tép", "condiment", "mắm"),
    f("Tương nếp", "condiment", "tương"), f("Nước tương", "condiment", "tương"), f("Mắm ruốc", "condiment", "mắm", "coastal"), f("Tương bần", "condiment", "tương"),
  ],
  10: [
    f("Muối tiêu", "spice", "gia vị"), f("Muối ớt xanh", "spice", "gia vị"), f("Hạt tiêu đen", "spice", "hồ tiêu"),
    f("Tiêu sọ", "spice", "hồ tiêu"), f("Tỏi đen", "spice", "tỏi"), f("Hành phi", "spice", "gia vị"), f("Bột gừng", "spice", "gia vị"),
    f("Quế thanh", "spice", "quế", "highland"), f("Hồi khô", "spice", "hồi", "highland"), f("Muối hầm", "spice", "muối", "coastal"),
  ],
  11: [
    f("Chè xanh", "tea", "chè", undefined, 3), f("Chè búp", "tea", "chè"), f("Trà Shan tuyết", "tea", "chè", "highland", 2),
    f("Chè móc câu", "tea", "chè"), f("Trà ô long", "tea", "chè", "highland"), f("Trà xanh", "tea", "chè"),
  ],
  12: [
    f("Trà hoa vàng", "herbalTea", "trà hoa vàng", "highland"), f("Trà túi lọc đinh lăng", "herbalTea", "trà thảo mộc"), f("Trà mướp đắng", "herbalTea", "trà thảo mộc"),
    f("Trà gạo lứt", "herbalTea", "trà thảo mộc"), f("Trà cà gai leo", "herbalTea", "trà thảo mộc"), f("Trà hoa cúc", "herbalTea", "trà thảo mộc"),
    f("Trà sen", "herbalTea", "trà sen"), f("Trà gừng", "herbalTea", "trà thảo mộc"), f("Trà vối", "herbalTea", "trà thảo mộc"), f("Trà lá sen", "herbalTea", "trà sen"),
    f("Trà atiso", "herbalTea", "atiso", "highland"), f("Trà dây", "herbalTea", "trà thảo mộc", "highland"),
  ],
  13: [
    f("Cà phê rang xay", "coffee", "cà phê", "highland", 3), f("Cà phê Robusta", "coffee", "cà phê", "highland", 2), f("Cà phê Arabica", "coffee", "cà phê", "highland"),
    f("Cà phê hạt", "coffee", "cà phê", "highland"), f("Ca cao nguyên chất", "coffee", "ca cao", "south"), f("Bột ca cao", "coffee", "ca cao", "south"),
  ],
  14: [
    f("Rượu nếp cái", "liquor", "rượu", undefined, 2), f("Rượu ngô men lá", "liquor", "rượu", "highland", 2), f("Rượu gạo", "liquor", "rượu"),
    f("Rượu men lá", "liquor", "rượu"), f("Rượu nếp cẩm", "liquor", "rượu"),
  ],
  15: [
    f("Rượu sim", "wine", "rượu"), f("Rượu mơ", "wine", "rượu"), f("Rượu vang nho", "wine", "rượu vang"), f("Rượu chuối hột", "wine", "rượu"),
    f("Rượu mận", "wine", "rượu", "highland"), f("Rượu ba kích", "wine", "rượu"), f("Rượu cần", "liquor", "rượu cần", "highland"),
  ],
  16: [f("Nước khoáng thiên nhiên", "water", "nước khoáng"), f("Nước uống đóng chai", "water", "nước uống"), f("Nước suối", "water", "nước uống")],
  17: [
    f("Nước cốt gừng", "drink", "đồ uống"), f("Nước ép chanh leo", "drink", "đồ uống"), f("Siro dâu tằm", "drink", "đồ uống"),
    f("Nước ép táo mèo", "drink", "đồ uống", "highland"), f("Nước cốt chanh", "drink", "đồ uống"), f("Nước dừa", "drink", "đồ uống", "south"), f("Sữa đậu nành", "drink", "đồ uống"),
  ],
  18: [
    f("Đông trùng hạ thảo", "cordyceps", "đông trùng hạ thảo", undefined, 4), f("Cao cà gai leo", "herbal", "dược liệu"), f("Tinh bột nghệ", "herbal", "tinh bột nghệ", undefined, 2),
    f("Viên đinh lăng", "herbal", "dược liệu"), f("Nấm linh chi đỏ", "herbal", "nấm linh chi", undefined, 2), f("Ba kích tím", "herbal", "dược liệu", "highland"),
    f("Hà thủ ô", "herbal", "dược liệu", "highland"), f("Cao xương hươu", "herbal", "hươu"), f("Sâm Bố Chính", "herbal", "dược liệu"), f("Giảo cổ lam", "herbalTea", "dược liệu", "highland"),
  ],
  19: [
    f("Dầu gội bồ kết", "cosmetic", "mỹ phẩm thiên nhiên"), f("Xà phòng thảo dược", "cosmetic", "mỹ phẩm thiên nhiên"), f("Son dầu gấc", "cosmetic", "mỹ phẩm thiên nhiên"),
    f("Kem nghệ", "cosmetic", "mỹ phẩm thiên nhiên"), f("Dầu dừa dưỡng tóc", "cosmetic", "mỹ phẩm thiên nhiên", "south"), f("Nước hoa bưởi", "cosmetic", "mỹ phẩm thiên nhiên"),
  ],
  20: [
    f("Tinh dầu sả chanh", "essentialOil", "tinh dầu", undefined, 2), f("Tinh dầu tràm", "essentialOil", "tinh dầu", "coastal"), f("Tinh dầu quế", "essentialOil", "tinh dầu", "highland"),
    f("Tinh dầu bưởi", "essentialOil", "tinh dầu"), f("Tinh dầu bạc hà", "essentialOil", "tinh dầu"), f("Thuốc tắm người Dao", "herbal", "dược liệu", "highland"),
    f("Lá xông thảo dược", "herbal", "dược liệu"), f("Cao chè vằng", "herbal", "dược liệu"),
  ],
  21: [
    f("Nón lá", "handicraft", "nón lá"), f("Gốm", "handicraft", "gốm"), f("Mây tre đan", "handicraft", "mây tre đan", undefined, 2), f("Chiếu cói", "handicraft", "cói"),
    f("Tranh gạo", "handicraft", "tranh"), f("Đồ gỗ mỹ nghệ", "handicraft", "đồ gỗ"), f("Sơn mài", "handicraft", "sơn mài"), f("Giỏ lục bình", "handicraft", "lục bình", "south"),
    f("Vòng trầm hương", "handicraft", "trầm hương"), f("Túi cói", "handicraft", "cói"), f("Đèn lồng", "handicraft", "đèn lồng"),
  ],
  22: [f("Lụa tơ tằm", "textile", "dệt lụa"), f("Thổ cẩm", "textile", "thổ cẩm", "highland", 2), f("Khăn lụa", "textile", "dệt lụa"), f("Áo dài lụa", "textile", "may mặc"), f("Vải lanh", "textile", "dệt vải", "highland")],
  23: [f("Hoa lan hồ điệp", "flower", "hoa lan"), f("Hoa cúc", "flower", "hoa"), f("Hoa hồng", "flower", "hoa"), f("Hoa đào", "flower", "hoa đào"), f("Hoa ly", "flower", "hoa")],
  24: [f("Mai vàng", "bonsai", "sinh vật cảnh", "south"), f("Bonsai", "bonsai", "sinh vật cảnh"), f("Quất cảnh", "bonsai", "sinh vật cảnh"), f("Sen đá", "flower", "sinh vật cảnh"), f("Lan rừng", "bonsai", "sinh vật cảnh", "highland")],
  25: [f("Cá Koi", "ornamentalAnimal", "cá cảnh"), f("Cá chép cảnh", "ornamentalAnimal", "cá cảnh"), f("Gà tre", "ornamentalAnimal", "gà cảnh")],
  26: [
    f("Du lịch cộng đồng", "tour", "du lịch cộng đồng", undefined, 2), f("Homestay", "tour", "du lịch cộng đồng"),
    f("Điểm du lịch sinh thái", "tour", "du lịch sinh thái"), f("Du lịch trải nghiệm làng nghề", "tour", "du lịch làng nghề"),
  ],
}

/** Rough national share of OCOP products per product set (food dominates; tourism is small). */
export const SET_WEIGHTS: Record<number, number> = {
  1: 9, 2: 6, 3: 6, 4: 4, 5: 2, 6: 7, 7: 10, 8: 10, 9: 6, 10: 3, 11: 4, 12: 6, 13: 2.5,
  14: 4, 15: 2.5, 16: 0.5, 17: 2, 18: 6, 19: 2, 20: 3, 21: 5, 22: 1, 23: 0.7, 24: 0.6, 25: 0.2, 26: 1.5,
}

/** A regional speciality: a full title stem, made only in its pre-2025 province. */
export type Speciality = {
  legacy: string
  set: number
  base: string
  pack: PackKind
  trade: string
  /** geographical indication or collective mark the product carries, when it has one */
  gi: string | null
}

const s = (legacy: string, set: number, base: string, pack: PackKind, trade: string, gi: string | null = null): Speciality => ({ legacy, set, base, pack, trade, gi })

export const SPECIALITIES: readonly Speciality[] = [
  s("01", 21, "Gốm Bát Tràng", "handicraft", "gốm", "Gốm sứ Bát Tràng"), s("01", 22, "Lụa Vạn Phúc", "textile", "dệt lụa", "Lụa Vạn Phúc"),
  s("01", 1, "Bưởi Diễn", "fruitPiece", "bưởi", "Bưởi Diễn"), s("01", 23, "Hoa đào Nhật Tân", "flower", "hoa đào", "Đào Nhật Tân"),
  s("01", 2, "Sữa bò tươi Ba Vì", "milk", "bò sữa", "Sữa Ba Vì"), s("01", 6, "Cốm làng Vòng", "grain", "cốm", "Cốm làng Vòng"),
  s("01", 21, "Mây tre đan Phú Vinh", "handicraft", "mây tre đan", "Mây tre đan Phú Vinh"), s("01", 6, "Bánh cuốn Thanh Trì", "cake", "bánh cuốn"),
  s("02", 4, "Mật ong bạc hà Mèo Vạc", "honey", "mật ong", "Mật ong bạc hà Mèo Vạc"), s("02", 11, "Chè Shan tuyết Hà Giang", "tea", "chè"),
  s("02", 1, "Cam sành Hà Giang", "fruitKg", "cam", "Cam sành Hà Giang"),
  s("04", 7, "Hạt dẻ Trùng Khánh", "nuts", "hạt dẻ", "Hạt dẻ Trùng Khánh"), s("04", 6, "Miến dong Nguyên Bình", "noodles", "miến dong"), s("04", 8, "Lạp sườn Cao Bằng", "processedMeat", "lạp sườn"),
  s("06", 1, "Hồng không hạt Bắc Kạn", "fruitKg", "hồng", "Hồng không hạt Bắc Kạn"), s("06", 6, "Miến dong Na Rì", "noodles", "miến dong"),
  s("08", 1, "Cam sành Hàm Yên", "fruitKg", "cam", "Cam Hàm Yên"),
  s("10", 3, "Gạo Séng Cù Mường Khương", "rice", "gạo"), s("10", 14, "Rượu ngô men lá Bắc Hà", "liquor", "rượu", "Rượu ngô Bắc Hà"),
  s("11", 3, "Gạo Điện Biên", "rice", "gạo", "Gạo Điện Biên"), s("11", 8, "Thịt trâu gác bếp Điện Biên", "driedMeat", "thịt gác bếp"),
  s("12", 11, "Chè Tam Đường", "tea", "chè"), s("12", 18, "Sâm Lai Châu", "ginseng", "sâm", "Sâm Lai Châu"),
  s("14", 11, "Chè Shan tuyết Mộc Châu", "tea", "chè", "Chè Shan tuyết Mộc Châu"), s("14", 2, "Sữa tươi Mộc Châu", "milk", "bò sữa"),
  s("14", 1, "Xoài tròn Yên Châu", "fruitKg", "xoài", "Xoài tròn Yên Châu"), s("14", 1, "Mận hậu Mộc Châu", "fruitKg", "mận"),
  s("15", 10, "Quế Văn Yên", "spice", "quế", "Quế Văn Yên"), s("15", 11, "Chè Shan tuyết Suối Giàng", "tea", "chè", "Chè Shan tuyết Suối Giàng"),
  s("15", 3, "Gạo nếp Tú Lệ", "rice", "gạo", "Gạo nếp Tú Lệ"),
  s("17", 1, "Cam Cao Phong", "fruitKg", "cam", "Cam Cao Phong"),
  s("19", 11, "Chè Tân Cương", "tea", "chè", "Chè Thái Nguyên"),
  s("20", 1, "Na Chi Lăng", "fruitKg", "na", "Na Chi Lăng"), s("20", 10, "Hồi Lạng Sơn", "spice", "hồi", "Hồi Lạng Sơn"), s("20", 1, "Quýt vàng Bắc Sơn", "fruitKg", "quýt"),
  s("22", 8, "Chả mực Hạ Long", "processedMeat", "chả mực", "Chả mực Hạ Long"), s("22", 6, "Miến dong Bình Liêu", "noodles", "miến dong", "Miến dong Bình Liêu"),
  s("22", 12, "Trà hoa vàng Ba Chẽ", "herbalTea", "trà hoa vàng"), s("22", 18, "Ba kích Quảng Ninh", "herbal", "ba kích", "Ba kích Quảng Ninh"),
  s("22", 8, "Sá sùng Quan Lạn", "driedSeafood", "hải sản"),
  s("24", 1, "Vải thiều Lục Ngạn", "fruitKg", "vải thiều", "Vải thiều Lục Ngạn"), s("24", 2, "Gà đồi Yên Thế", "freshMeat", "gà", "Gà đồi Yên Thế"),
  s("24", 6, "Mỳ Chũ", "noodles", "mỳ gạo", "Mỳ Chũ"), s("24", 14, "Rượu làng Vân", "liquor", "rượu", "Rượu làng Vân"),
  s("25", 1, "Bưởi Đoan Hùng", "fruitPiece", "bưởi", "Bưởi Đoan Hùng"),
  s("26", 1, "Su su Tam Đảo", "vegetable", "rau sạch"),
  s("27", 21, "Tranh Đông Hồ", "handicraft", "tranh", "Tranh dân gian Đông Hồ"), s("27", 6, "Bánh phu thê Đình Bảng", "cake", "bánh"),
  s("30", 1, "Vải thiều Thanh Hà", "fruitKg", "vải thiều", "Vải thiều Thanh Hà"), s("30", 6, "Bánh gai Ninh Giang", "cake", "bánh gai", "Bánh gai Ninh Giang"),
  s("30", 6, "Bánh đậu xanh Hải Dương", "cake", "bánh đậu xanh", "Bánh đậu xanh Hải Dương"),
  s("31", 9, "Nước mắm Cát Hải", "fishSauce", "nước mắm", "Nước mắm Cát Hải"),
  s("33", 1, "Nhãn lồng Hưng Yên", "fruitKg", "nhãn", "Nhãn lồng Hưng Yên"), s("33", 2, "Gà Đông Tảo", "freshMeat", "gà", "Gà Đông Tảo"),
  s("34", 6, "Bánh cáy làng Nguyễn", "cake", "bánh cáy", "Bánh cáy làng Nguyễn"),
  s("35", 1, "Chuối ngự Đại Hoàng", "fruitKg", "chuối", "Chuối ngự Đại Hoàng"),
  s("36", 3, "Gạo tám xoan Hải Hậu", "rice", "gạo", "Gạo tám xoan Hải Hậu"),
  s("37", 14, "Rượu Kim Sơn", "liquor", "rượu", "Rượu Kim Sơn"),
  s("38", 8, "Nem chua Thanh Hóa", "processedMeat", "nem chua", "Nem chua Thanh Hóa"), s("38", 21, "Chiếu cói Nga Sơn", "handicraft", "cói", "Cói Nga Sơn"),
  s("38", 5, "Bánh gai Tứ Trụ", "cake", "bánh gai", "Bánh gai Tứ Trụ"), s("38", 9, "Mắm tôm Hậu Lộc", "condiment", "mắm"),
  s("40", 1, "Cam Vinh", "fruitKg", "cam", "Cam Vinh"), s("40", 9, "Tương Nam Đàn", "condiment", "tương", "Tương Nam Đàn"),
  s("40", 9, "Nước mắm Cửa Hội", "fishSauce", "nước mắm"), s("40", 11, "Chè xanh Thanh Chương", "tea", "chè"),
  s("42", 1, "Bưởi Phúc Trạch", "fruitPiece", "bưởi", "Bưởi Phúc Trạch"), s("42", 18, "Nhung hươu Hương Sơn", "deerVelvet", "nhung hươu", "Nhung hươu Hương Sơn"),
  s("42", 7, "Cu đơ", "snack", "cu đơ", "Cu đơ Hà Tĩnh"), s("42", 7, "Kẹo cu đơ", "snack", "cu đơ", "Cu đơ Hà Tĩnh"),
  s("42", 1, "Cam bù Hương Sơn", "fruitKg", "cam", "Cam bù Hương Sơn"), s("42", 1, "Cam Vũ Quang", "fruitKg", "cam"),
  s("42", 4, "Mật ong rừng Vũ Quang", "honey", "mật ong"), s("42", 9, "Nước mắm Kỳ Anh", "fishSauce", "nước mắm"), s("42", 9, "Nước mắm Thạch Kim", "fishSauce", "nước mắm"),
  s("44", 7, "Khoai deo Quảng Bình", "snack", "khoai deo"), s("44", 9, "Nước mắm Cảnh Dương", "fishSauce", "nước mắm"),
  s("45", 10, "Hồ tiêu Quảng Trị", "spice", "hồ tiêu", "Hồ tiêu Quảng Trị"), s("45", 13, "Cà phê Khe Sanh", "coffee", "cà phê", "Cà phê Khe Sanh"),
  s("45", 20, "Chè vằng Quảng Trị", "herbal", "chè vằng", "Chè vằng Quảng Trị"),
  s("46", 7, "Mè xửng Huế", "snack", "mè xửng", "Mè xửng Huế"), s("46", 20, "Tinh dầu tràm Huế", "essentialOil", "tinh dầu", "Tinh dầu tràm Huế"),
  s("46", 21, "Nón lá Huế", "handicraft", "nón lá", "Nón lá Huế"), s("46", 8, "Tôm chua Huế", "processedMeat", "tôm chua"),
  s("48", 9, "Nước mắm Nam Ô", "fishSauce", "nước mắm", "Nước mắm Nam Ô"),
  s("49", 18, "Sâm Ngọc Linh Quảng Nam", "ginseng", "sâm", "Sâm Ngọc Linh"), s("49", 10, "Quế Trà My", "spice", "quế", "Quế Trà My"), s("49", 21, "Đèn lồng Hội An", "handicraft", "đèn lồng"),
  s("51", 10, "Tỏi Lý Sơn", "spice", "tỏi", "Tỏi Lý Sơn"), s("51", 7, "Kẹo gương Quảng Ngãi", "snack", "kẹo"), s("51", 7, "Đường phèn Quảng Ngãi", "snack", "đường phèn"),
  s("52", 14, "Rượu Bàu Đá", "liquor", "rượu", "Rượu Bàu Đá"), s("52", 8, "Nem chợ Huyện", "processedMeat", "nem", "Nem chợ Huyện"),
  s("54", 8, "Cá ngừ đại dương Phú Yên", "seafood", "hải sản", "Cá ngừ đại dương Phú Yên"),
  s("56", 8, "Yến sào Khánh Hòa", "swiftletNest", "yến sào", "Yến sào Khánh Hòa"),
  s("58", 1, "Nho Ninh Thuận", "fruitKg", "nho", "Nho Ninh Thuận"), s("58", 15, "Rượu vang nho Ninh Thuận", "wine", "rượu vang"), s("58", 21, "Gốm Bàu Trúc", "handicraft", "gốm", "Gốm Bàu Trúc"),
  s("60", 9, "Nước mắm Phan Thiết", "fishSauce", "nước mắm", "Nước mắm Phan Thiết"), s("60", 1, "Thanh long Bình Thuận", "fruitKg", "thanh long", "Thanh long Bình Thuận"),
  s("62", 18, "Sâm Ngọc Linh Kon Tum", "ginseng", "sâm", "Sâm Ngọc Linh"),
  s("64", 10, "Hồ tiêu Chư Sê", "spice", "hồ tiêu", "Hồ tiêu Chư Sê"),
  s("66", 13, "Cà phê Buôn Ma Thuột", "coffee", "cà phê", "Cà phê Buôn Ma Thuột"),
  s("67", 13, "Cà phê Đắk Mil", "coffee", "cà phê"),
  s("68", 13, "Cà phê Arabica Cầu Đất", "coffee", "cà phê"), s("68", 12, "Trà atiso Đà Lạt", "herbalTea", "atiso"),
  s("68", 23, "Hoa Đà Lạt", "flower", "hoa", "Hoa Đà Lạt"), s("68", 11, "Chè B'Lao", "tea", "chè", "Trà B'Lao"),
  s("70", 7, "Hạt điều Bình Phước", "nuts", "hạt điều", "Hạt điều Bình Phước"),
  s("72", 6, "Bánh tráng phơi sương Trảng Bàng", "cake", "bánh tráng", "Bánh tráng Trảng Bàng"), s("72", 10, "Muối tôm Tây Ninh", "spice", "muối tôm", "Muối tôm Tây Ninh"),
  s("74", 1, "Măng cụt Lái Thiêu", "fruitKg", "măng cụt"),
  s("75", 1, "Bưởi Tân Triều", "fruitPiece", "bưởi", "Bưởi Tân Triều"), s("75", 1, "Chôm chôm Long Khánh", "fruitKg", "chôm chôm"),
  s("79", 8, "Khô cá dứa Cần Giờ", "driedSeafood", "khô cá"),
  s("80", 1, "Thanh long Châu Thành", "fruitKg", "thanh long", "Thanh long Long An"), s("80", 3, "Gạo Nàng Thơm Chợ Đào", "rice", "gạo", "Gạo Nàng Thơm Chợ Đào"),
  s("82", 1, "Xoài cát Hòa Lộc", "fruitKg", "xoài", "Xoài cát Hòa Lộc"), s("82", 1, "Vú sữa Lò Rèn Vĩnh Kim", "fruitKg", "vú sữa", "Vú sữa Lò Rèn Vĩnh Kim"),
  s("83", 7, "Kẹo dừa Bến Tre", "snack", "kẹo dừa", "Kẹo dừa Bến Tre"), s("83", 1, "Sầu riêng Cái Mơn", "fruitKg", "sầu riêng", "Sầu riêng Cái Mơn"),
  s("84", 1, "Dừa sáp Cầu Kè", "fruitPiece", "dừa sáp", "Dừa sáp Cầu Kè"),
  s("86", 1, "Bưởi Năm Roi Bình Minh", "fruitPiece", "bưởi", "Bưởi Năm Roi Bình Minh"), s("86", 21, "Gốm đỏ Mang Thít", "handicraft", "gốm"),
  s("87", 1, "Quýt hồng Lai Vung", "fruitKg", "quýt", "Quýt hồng Lai Vung"), s("87", 8, "Nem Lai Vung", "processedMeat", "nem", "Nem Lai Vung"),
  s("87", 23, "Hoa kiểng Sa Đéc", "flower", "hoa kiểng", "Hoa kiểng Sa Đéc"), s("87", 12, "Trà tim sen Đồng Tháp", "herbalTea", "trà sen"),
  s("89", 7, "Đường thốt nốt Bảy Núi", "snack", "thốt nốt", "Đường thốt nốt Bảy Núi"), s("89", 8, "Mắm Châu Đốc", "condiment", "mắm", "Mắm Châu Đốc"),
  s("91", 9, "Nước mắm Phú Quốc", "fishSauce", "nước mắm", "Nước mắm Phú Quốc"), s("91", 10, "Hồ tiêu Phú Quốc", "spice", "hồ tiêu", "Hồ tiêu Phú Quốc"),
  s("91", 15, "Rượu sim Phú Quốc", "wine", "rượu sim"),
  s("93", 1, "Khóm Cầu Đúc", "fruitPiece", "khóm", "Khóm Cầu Đúc Hậu Giang"),
  s("94", 10, "Hành tím Vĩnh Châu", "spice", "hành tím", "Hành tím Vĩnh Châu"), s("94", 3, "Gạo ST25", "rice", "gạo"), s("94", 6, "Bánh pía Sóc Trăng", "cake", "bánh pía"),
  s("95", 10, "Muối Bạc Liêu", "spice", "muối", "Muối Bạc Liêu"),
  s("96", 2, "Cua Cà Mau", "seafood", "cua", "Cua Cà Mau"), s("96", 8, "Tôm khô Rạch Gốc", "driedSeafood", "tôm khô"), s("96", 4, "Mật ong rừng U Minh", "honey", "mật ong"),
]

/** One sentence per sector for descriptions (what a shopper reads under the title). */
export const SET_BLURBS: Record<number, string> = {
  1: "Thu hái đúng vụ, đóng gói tại vườn.",
  2: "Nuôi thả tự nhiên, truy xuất được nguồn gốc.",
  3: "Canh tác theo quy trình an toàn, xay xát mới.",
  4: "Khai thác thủ công, không pha đường.",
  5: "Làm thủ công theo công thức gia truyền.",
  6: "Làm từ nguyên liệu địa phương, phơi nắng tự nhiên.",
  7: "Chế biến thủ công, không chất bảo quản.",
  8: "Chế biến theo cách truyền thống của làng biển và làng quê.",
  9: "Ủ chượp lâu ngày theo phương pháp truyền thống.",
  10: "Gia vị sạch, sơ chế và đóng gói tại cơ sở.",
  11: "Búp chè hái tay, sao sấy thủ công.",
  12: "Thảo mộc sấy lạnh, giữ nguyên hương vị.",
  13: "Rang mộc, không tẩm hương liệu.",
  14: "Nấu thủ công, hạ thổ trước khi đóng chai.",
  15: "Ngâm ủ từ trái cây và thảo mộc địa phương.",
  16: "Nguồn nước được kiểm định, đóng chai khép kín.",
  17: "Ép từ nguyên liệu tươi, không phẩm màu.",
  18: "Sản xuất theo tiêu chuẩn, có công bố chất lượng.",
  19: "Chiết xuất từ thảo dược, lành tính cho da.",
  20: "Chưng cất từ thảo dược trồng tại địa phương.",
  21: "Làm thủ công bởi nghệ nhân làng nghề.",
  22: "Dệt và may thủ công theo hoa văn truyền thống.",
  23: "Trồng tại nhà vườn, giao tận nơi.",
  24: "Chăm sóc và tạo dáng bởi nghệ nhân.",
  25: "Nhân giống và chăm sóc tại trại.",
  26: "Trải nghiệm đời sống, ẩm thực và văn hóa của cộng đồng địa phương.",
}
