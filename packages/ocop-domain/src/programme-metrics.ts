/**
 * The programme metrics the OCOP office sets targets for (Hà Tĩnh 2030 plan, S-004 §5.2) and how each
 * is measured by the dashboard. Pure constants: the backend, the admin and the reports share them.
 */
export type MetricUnit = "count" | "percent";

export type ProgrammeMetric = {
  code: string;
  unit: MetricUnit;
  vi: string;
  en: string;
};

export const PROGRAMME_METRICS = [
  {
    code: "certified_products",
    unit: "count",
    vi: "Sản phẩm OCOP còn hiệu lực",
    en: "Certified products in force",
  },
  { code: "certified_products_3_star", unit: "count", vi: "Sản phẩm đạt 3 sao", en: "Products at 3★" },
  { code: "certified_products_4_star", unit: "count", vi: "Sản phẩm đạt 4 sao", en: "Products at 4★" },
  { code: "certified_products_5_star", unit: "count", vi: "Sản phẩm đạt 5 sao", en: "Products at 5★" },
  {
    code: "producer_coop_sme_share",
    unit: "percent",
    vi: "Tỉ lệ chủ thể là hợp tác xã, doanh nghiệp nhỏ và vừa",
    en: "Producers that are co-operatives or SMEs",
  },
  {
    code: "traceability_share",
    unit: "percent",
    vi: "Sản phẩm từ 3 sao có truy xuất nguồn gốc điện tử (tem QR)",
    en: "3★+ products with electronic traceability (QR label)",
  },
  {
    code: "digital_platform_share",
    unit: "percent",
    vi: "Sản phẩm từ 3 sao tham gia nền tảng số (đăng bán trực tuyến)",
    en: "3★+ products on digital platforms (listed online)",
  },
  {
    code: "sales_growth_yoy",
    unit: "percent",
    vi: "Tăng trưởng doanh số so với cùng kỳ năm trước",
    en: "Sales growth on the same period last year",
  },
] as const satisfies readonly ProgrammeMetric[];

export type ProgrammeMetricCode = (typeof PROGRAMME_METRICS)[number]["code"];

export const PROGRAMME_METRIC_CODES = PROGRAMME_METRICS.map((m) => m.code) as ProgrammeMetricCode[];

export function programmeMetric(code: string): ProgrammeMetric | undefined {
  return (PROGRAMME_METRICS as readonly ProgrammeMetric[]).find((m) => m.code === code);
}

export function isProgrammeMetric(code: unknown): code is ProgrammeMetricCode {
  return typeof code === "string" && !!programmeMetric(code);
}

/** Producer types that count as "co-operative or SME" for the ≥ 40 % target: hợp tác xã and DNNVV. */
export const COOP_SME_PRODUCER_TYPES = ["HTX", "DN_NVV"] as const;

/**
 * Hà Tĩnh's 2030 targets (Phụ lục 13, "Mục tiêu cụ thể và các chỉ tiêu chủ yếu đến năm 2030", S-004 §5.2)
 * and its yearly sales-growth aim (+20 %, S-000 §I.3). Seeded for province code 42.
 */
export const HA_TINH_2030_TARGETS: ReadonlyArray<{
  metric: ProgrammeMetricCode;
  value: number;
  period_start: string;
  period_end: string;
  source: string;
}> = [
  {
    metric: "certified_products",
    value: 610,
    period_start: "2026-01-01",
    period_end: "2030-12-31",
    source: "Kế hoạch OCOP Hà Tĩnh 2026–2030 (Phụ lục 13, mục 5.2): khoảng 610 sản phẩm",
  },
  {
    metric: "certified_products_3_star",
    value: 555,
    period_start: "2026-01-01",
    period_end: "2030-12-31",
    source: "Phụ lục 13, mục 5.2: 555 sản phẩm 3 sao",
  },
  {
    metric: "certified_products_4_star",
    value: 50,
    period_start: "2026-01-01",
    period_end: "2030-12-31",
    source: "Phụ lục 13, mục 5.2: 50 sản phẩm 4 sao",
  },
  {
    metric: "certified_products_5_star",
    value: 5,
    period_start: "2026-01-01",
    period_end: "2030-12-31",
    source: "Phụ lục 13, mục 5.2: ít nhất 05 sản phẩm 5 sao",
  },
  {
    metric: "producer_coop_sme_share",
    value: 40,
    period_start: "2026-01-01",
    period_end: "2030-12-31",
    source: "Phụ lục 13, mục 5.2: ít nhất 40% chủ thể là HTX, DNNVV",
  },
  {
    metric: "traceability_share",
    value: 100,
    period_start: "2026-01-01",
    period_end: "2030-12-31",
    source: "Phụ lục 13, mục 5.2: 100% sản phẩm từ 3 sao truy xuất nguồn gốc điện tử",
  },
  {
    metric: "digital_platform_share",
    value: 100,
    period_start: "2026-01-01",
    period_end: "2030-12-31",
    source: "Phụ lục 13, mục 5.2: 100% sản phẩm từ 3 sao tham gia nền tảng số",
  },
  {
    metric: "sales_growth_yoy",
    value: 20,
    period_start: "2026-01-01",
    period_end: "2030-12-31",
    source: "Doanh số sản phẩm OCOP tăng tối thiểu 20%/năm (Kế hoạch OCOP Hà Tĩnh)",
  },
];
