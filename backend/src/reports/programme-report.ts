import { CERTIFICATE_STATUS_LABELS, productSet, provinceName } from "@ocop/domain"
import type { ChangeKind, ProgrammeFigures } from "../modules/programme/figures/types"

/**
 * The periodic programme report as plain tables, rendered by ./xlsx.ts and ./pdf.ts from the same
 * model so both files carry the same figures. Vietnamese only: the report goes to the provincial
 * People's Committee.
 */
export const NO_DATA_MESSAGE = "Không có dữ liệu trong kỳ báo cáo"

export type CellKind = "text" | "int" | "vnd" | "percent" | "date"
export type Column = { header: string; kind: CellKind; width: number }
export type Cell = string | number | null
export type Section = { sheet: string; title: string; note?: string; columns: Column[]; rows: Cell[][] }

export type ReportModel = {
  title: string
  province: string
  periodLabel: string
  asOf: string
  generatedAt: string
  hasData: boolean
  notes: string[]
  sections: Section[]
  /** target progress, for the PDF's bars */
  progress: Array<{ label: string; value: number; actual: number | null; progress: number | null; unit: string }>
}

export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = {
  issued: "Cấp mới",
  renewed: "Cấp lại (đánh giá lại)",
  upgraded: "Nâng hạng",
  downgraded: "Hạ hạng",
  corrected: "Đính chính",
  expired: "Hết hiệu lực",
  revoked: "Thu hồi",
  suspended: "Tạm dừng bán (đang xem xét)",
  extended: "Gia hạn chuyển tiếp",
}

/** dd/mm/yyyy */
export function viDate(iso: string | null | undefined): string {
  if (!iso) return ""
  const [y, m, d] = iso.slice(0, 10).split("-")
  return `${d}/${m}/${y}`
}

const monthLabel = (key: string) => `${key.slice(5, 7)}/${key.slice(0, 4)}`
const stars = (n: number | null | undefined) => (n ? `${n}★` : "")

export function buildReportModel(f: ProgrammeFigures): ReportModel {
  const states = f.certified.by_state
  const summary: Cell[][] = [
    ["Sản phẩm OCOP còn hiệu lực", f.certified.total, "sản phẩm"],
    ["  trong đó 3 sao", f.certified.by_stars["3"], "sản phẩm"],
    ["  trong đó 4 sao", f.certified.by_stars["4"], "sản phẩm"],
    ["  trong đó 5 sao", f.certified.by_stars["5"], "sản phẩm"],
    ["Chủ thể có sản phẩm còn hiệu lực", f.producers.total, "chủ thể"],
    ["  trong đó hợp tác xã, doanh nghiệp nhỏ và vừa", f.producers.coop_sme, "chủ thể"],
    ["Tỉ lệ chủ thể là HTX, DNNVV", f.producers.coop_sme_share, "%"],
    ["Sản phẩm đăng bán trực tuyến", f.online.listed, "sản phẩm"],
    ["Tỉ lệ sản phẩm đăng bán trực tuyến", f.online.listed_share, "%"],
    ["Sản phẩm có tem QR truy xuất", f.online.qr_labelled, "sản phẩm"],
    ["Tỉ lệ sản phẩm có tem QR truy xuất", f.online.qr_share, "%"],
    ["Giấy chứng nhận hết hạn trong 30 ngày tới", f.expiring.within_30, "giấy"],
    ["Giấy chứng nhận hết hạn trong 90 ngày tới", f.expiring.within_90, "giấy"],
    ["Giấy chứng nhận hết hạn trong 180 ngày tới", f.expiring.within_180, "giấy"],
    ["Doanh số trong kỳ", f.sales.total, "đồng"],
    ["Doanh số cùng kỳ năm trước", f.sales.previous, "đồng"],
    ["Tăng trưởng so với cùng kỳ", f.sales.growth, "%"],
    ["Số đơn hàng trong kỳ", f.sales.orders, "đơn"],
    ["Biến động giấy chứng nhận trong kỳ", f.changes.total, "lượt"],
  ]
  const trendKinds: ChangeKind[] = ["issued", "renewed", "upgraded", "downgraded", "expired", "revoked"]

  const sections: Section[] = [
    {
      sheet: "Tổng hợp",
      title: "1. Số liệu tổng hợp",
      note: `Số sản phẩm, chủ thể và hạn giấy chứng nhận tính đến ngày ${viDate(f.as_of)}.`,
      columns: [
        { header: "Chỉ tiêu", kind: "text", width: 5 },
        { header: "Giá trị", kind: "int", width: 1.6 },
        { header: "Đơn vị", kind: "text", width: 1.2 },
      ],
      rows: summary,
    },
    {
      sheet: "Theo trạng thái",
      title: "2. Sản phẩm còn hiệu lực theo trạng thái giấy chứng nhận",
      columns: [
        { header: "Trạng thái", kind: "text", width: 4 },
        { header: "Số sản phẩm", kind: "int", width: 1.5 },
      ],
      rows: (Object.keys(states) as Array<keyof typeof states>).map((s) => [CERTIFICATE_STATUS_LABELS[s].vi, states[s]]),
    },
    {
      sheet: "Theo ngành",
      title: "3. Sản phẩm còn hiệu lực theo ngành và bộ sản phẩm",
      columns: [
        { header: "Ngành", kind: "text", width: 3 },
        { header: "Bộ sản phẩm", kind: "text", width: 4 },
        { header: "Số sản phẩm", kind: "int", width: 1.4 },
      ],
      rows: f.by_product_set.map((s) => [
        `${s.sector}. ${f.by_sector.find((x) => x.code === s.sector)?.label.vi ?? ""}`,
        `${s.code}. ${s.label.vi}`,
        s.products,
      ]),
    },
    {
      sheet: "Theo xã",
      title: "4. Sản phẩm còn hiệu lực theo xã, phường",
      note: "Xã, phường theo địa giới từ 1/7/2025; “Chưa xác định” khi địa chỉ chủ thể chưa được đối chiếu.",
      columns: [
        { header: "Tỉnh/thành", kind: "text", width: 2 },
        { header: "Xã/phường", kind: "text", width: 3 },
        { header: "Sản phẩm", kind: "int", width: 1.3 },
        { header: "Chủ thể", kind: "int", width: 1.3 },
      ],
      rows: f.by_commune.map((c) => [
        c.province_code ? (provinceName(c.province_code) ?? c.province_code) : "Chưa xác định",
        c.commune ?? "Chưa xác định",
        c.products,
        c.producers,
      ]),
    },
    {
      sheet: "Chủ thể",
      title: "5. Chủ thể có sản phẩm còn hiệu lực theo loại hình",
      columns: [
        { header: "Loại hình chủ thể", kind: "text", width: 4 },
        { header: "Số chủ thể", kind: "int", width: 1.4 },
        { header: "Tỉ lệ (%)", kind: "percent", width: 1.4 },
      ],
      rows: f.producers.by_type.map((t) => [
        t.label.vi,
        t.producers,
        f.producers.total ? Math.round((t.producers / f.producers.total) * 1000) / 10 : null,
      ]),
    },
    {
      sheet: "Diễn biến 12 tháng",
      title: "6. Diễn biến 12 tháng: sản phẩm còn hiệu lực cuối tháng và biến động",
      columns: [
        { header: "Tháng", kind: "text", width: 1.2 },
        { header: "Còn hiệu lực", kind: "int", width: 1.2 },
        { header: "3★", kind: "int", width: 0.8 },
        { header: "4★", kind: "int", width: 0.8 },
        { header: "5★", kind: "int", width: 0.8 },
        ...trendKinds.map((k) => ({ header: CHANGE_KIND_LABELS[k].replace(" (đánh giá lại)", ""), kind: "int" as const, width: 1 })),
      ],
      rows: f.trend.map((t) => [
        monthLabel(t.month),
        t.total,
        t.by_stars["3"],
        t.by_stars["4"],
        t.by_stars["5"],
        ...trendKinds.map((k) => t.changes[k] ?? 0),
      ]),
    },
    {
      sheet: "Doanh số theo tháng",
      title: "7. Doanh số theo tháng (đồng)",
      columns: [
        { header: "Tháng", kind: "text", width: 1.2 },
        { header: "Doanh số", kind: "vnd", width: 2 },
        { header: "Cùng kỳ năm trước", kind: "vnd", width: 2 },
        { header: "Tăng trưởng (%)", kind: "percent", width: 1.4 },
      ],
      rows: f.sales.by_month.map((m) => [monthLabel(m.month), m.total, m.previous, m.growth]),
    },
    {
      sheet: "Doanh số theo kênh",
      title: "8. Doanh số trong kỳ theo kênh bán (đồng)",
      columns: [
        { header: "Kênh bán", kind: "text", width: 3 },
        { header: "Kỳ này", kind: "vnd", width: 2 },
        { header: "Cùng kỳ năm trước", kind: "vnd", width: 2 },
        { header: "Tăng trưởng (%)", kind: "percent", width: 1.4 },
      ],
      rows: f.sales.by_channel.map((c) => [c.online ? `${c.name} (trực tuyến)` : c.name, c.total, c.previous, c.growth]),
    },
    {
      sheet: "Doanh số theo ngành",
      title: "9. Doanh số trong kỳ theo ngành (đồng)",
      columns: [
        { header: "Ngành", kind: "text", width: 3 },
        { header: "Kỳ này", kind: "vnd", width: 2 },
        { header: "Cùng kỳ năm trước", kind: "vnd", width: 2 },
        { header: "Tăng trưởng (%)", kind: "percent", width: 1.4 },
      ],
      rows: f.sales.by_sector.map((s) => [s.code ? `${s.code}. ${s.label.vi}` : s.label.vi, s.total, s.previous, s.growth]),
    },
    {
      sheet: "Chỉ tiêu",
      title: "10. Tiến độ thực hiện chỉ tiêu",
      columns: [
        { header: "Chỉ tiêu", kind: "text", width: 3.6 },
        { header: "Thời hạn", kind: "text", width: 1.4 },
        { header: "Mục tiêu", kind: "percent", width: 1 },
        { header: "Thực hiện", kind: "percent", width: 1 },
        { header: "Đạt (%)", kind: "percent", width: 1 },
        { header: "Căn cứ", kind: "text", width: 3 },
      ],
      rows: f.targets.map((t) => [
        `${t.label.vi}${t.unit === "percent" ? " (%)" : ""}`,
        viDate(t.period_end),
        t.value,
        t.actual,
        t.progress,
        t.source ?? "",
      ]),
    },
    {
      sheet: "Biến động GCN",
      title: "11. Biến động giấy chứng nhận OCOP trong kỳ",
      note: "Ngày hết hiệu lực là ngày cuối cùng giấy chứng nhận còn hiệu lực; cấp lại, nâng hạng, hạ hạng là giấy chứng nhận mới thay thế giấy cũ.",
      columns: [
        { header: "Ngày", kind: "date", width: 1.5 },
        { header: "Biến động", kind: "text", width: 1.6 },
        { header: "Sản phẩm", kind: "text", width: 2.6 },
        { header: "Chủ thể", kind: "text", width: 2.4 },
        { header: "Hạng", kind: "text", width: 0.9 },
        { header: "Bộ SP", kind: "int", width: 0.7 },
        { header: "Số quyết định", kind: "text", width: 1.6 },
        { header: "Mã xác minh", kind: "text", width: 1.4 },
        { header: "Ghi chú", kind: "text", width: 2.4 },
      ],
      rows: f.changes.items.map((c) => [
        c.day,
        CHANGE_KIND_LABELS[c.kind] ?? c.kind,
        c.product_title,
        c.producer_name ?? "",
        c.stars_before && c.stars_before !== c.stars ? `${stars(c.stars_before)} → ${stars(c.stars)}` : stars(c.stars),
        productSet(c.product_set) ? c.product_set : null,
        c.decision_number,
        c.verification_code,
        c.reason ?? "",
      ]),
    },
  ]

  return {
    title: "BÁO CÁO KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH MỖI XÃ MỘT SẢN PHẨM (OCOP)",
    province: f.province?.full_name ?? "Toàn quốc",
    periodLabel: f.period.label.vi,
    asOf: f.as_of,
    generatedAt: f.generated_at,
    hasData: f.has_data,
    notes: [f.online.definitions.listed.vi, f.online.definitions.qr.vi],
    sections,
    progress: f.targets.map((t) => ({
      label: `${t.label.vi} (đến ${viDate(t.period_end)})`,
      value: t.value,
      actual: t.actual,
      progress: t.progress,
      unit: t.unit === "percent" ? "%" : "",
    })),
  }
}

export function reportFileName(f: ProgrammeFigures, ext: string): string {
  const p = f.period
  const part =
    p.kind === "monthly"
      ? `${p.year}-${String(p.month).padStart(2, "0")}`
      : p.kind === "quarterly"
        ? `${p.year}-q${p.quarter}`
        : `${p.year}`
  return `bao-cao-ocop-${f.province?.code ?? "toan-quoc"}-${part}.${ext}`
}
