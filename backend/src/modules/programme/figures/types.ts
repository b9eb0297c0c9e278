import type { InForceState, MetricUnit, ReportingPeriod } from "@ocop/domain"

/**
 * What the programme dashboard and the periodic reports show: the shape the admin's dashboard, the
 * report writers and the HTTP answer of GET /admin/ocop/dashboard share.
 */

export const CHANGE_KINDS = [
  "issued",
  "renewed",
  "upgraded",
  "downgraded",
  "corrected",
  "expired",
  "revoked",
  "suspended",
  "extended",
] as const
export type ChangeKind = (typeof CHANGE_KINDS)[number]

type Label = { vi: string; en: string }

/** How the QR label share is counted: there is no label-printing register yet. Shown in the UI and reports. */
export const QR_LABEL_DEFINITION: Label = {
  vi: "Chưa có sổ theo dõi cấp tem QR: một sản phẩm được tính là đã có tem QR truy xuất khi đang đăng bán trực tuyến và giấy chứng nhận có mã xác minh (mã QR dẫn tới trang xác minh công khai).",
  en: "There is no QR label register yet: a product counts as QR-labelled when it is listed online and its certificate has a verification code (the QR code opens the public verification page).",
}

export const LISTED_ONLINE_DEFINITION: Label = {
  vi: "Sản phẩm đang hiển thị (đã xuất bản) trên kênh “Chợ OCOP trực tuyến”; trạng thái đăng bán là trạng thái hiện tại khi lập số liệu.",
  en: "Products published in the “Chợ OCOP trực tuyến” online channel; the listing state is the one at the time the figures are produced.",
}

export type Trend = {
  month: string
  day: string
  total: number
  by_stars: Record<"3" | "4" | "5", number>
  by_state: Record<InForceState, number>
  changes: Partial<Record<ChangeKind, number>>
}

export type ChangeItem = {
  day: string
  kind: ChangeKind
  stars_before: number | null
  stars: number
  reason: string | null
  certificate_id: string
  decision_number: string
  issuer: string
  verification_code: string
  product_set: number
  product_id: string
  product_title: string
  producer_name: string | null
  province_code: string | null
  commune: string | null
}

export type Money = { total: number; previous: number; growth: number | null }

export type TargetProgress = {
  id: string
  metric: string
  unit: MetricUnit
  label: Label
  province_code: string
  period_start: string
  period_end: string
  value: number
  source: string | null
  actual: number | null
  /** actual ÷ target in percent (may pass 100); null when there is nothing to measure yet */
  progress: number | null
}

export type ProgrammeFigures = {
  generated_at: string
  today: string
  as_of: string
  province: { code: string; name: string; full_name: string } | null
  period: ReportingPeriod
  has_data: boolean
  certified: {
    total: number
    by_stars: Record<"3" | "4" | "5", number>
    by_state: Record<InForceState, number>
  }
  by_sector: Array<{ code: string; label: Label; products: number }>
  by_product_set: Array<{ code: number; sector: string; label: Label; products: number }>
  by_province: Array<{ province_code: string | null; name: string | null; products: number; producers: number }>
  by_commune: Array<{ province_code: string | null; commune: string | null; products: number; producers: number }>
  producers: {
    total: number
    coop_sme: number
    coop_sme_share: number | null
    by_type: Array<{ type: string | null; label: Label; producers: number }>
  }
  expiring: { within_30: number; within_90: number; within_180: number }
  online: {
    listed: number
    listed_share: number | null
    qr_labelled: number
    qr_share: number | null
    online_channel: { id: string | null; name: string }
    definitions: { listed: Label; qr: Label }
  }
  trend: Trend[]
  changes: { counts: Partial<Record<ChangeKind, number>>; total: number; items: ChangeItem[]; items_truncated: boolean }
  sales: {
    currency_code: "vnd"
    total: number
    previous: number
    growth: number | null
    orders: number
    by_month: Array<{ month: string; total: number; previous: number; growth: number | null }>
    by_channel: Array<{ id: string | null; name: string; online: boolean } & Money>
    by_sector: Array<{ code: string | null; label: Label } & Money>
  }
  targets: TargetProgress[]
}
