/**
 * Producer types (chủ thể OCOP) eligible under Decision 26/2026/QĐ-TTg Art. 2.3. Associations
 * and operating centres may apply only for sector VI (community tourism).
 */
import { foldVietnamese } from "./text.js";

export const PRODUCER_TYPE_CODES = ["HTX", "THT", "DN_NVV", "TRANG_TRAI", "HO_SXKD", "HOI_HIEP_HOI", "TT_DIEU_HANH"] as const;

export type ProducerType = (typeof PRODUCER_TYPE_CODES)[number];

export const PRODUCER_TYPES: ReadonlyArray<{ code: ProducerType; vi: string; en: string; tourismOnly: boolean }> = [
  { code: "HTX", vi: "Hợp tác xã", en: "Co-operative", tourismOnly: false },
  { code: "THT", vi: "Tổ hợp tác", en: "Co-operative group", tourismOnly: false },
  { code: "DN_NVV", vi: "Doanh nghiệp nhỏ và vừa", en: "Small or medium enterprise", tourismOnly: false },
  { code: "TRANG_TRAI", vi: "Trang trại", en: "Farm", tourismOnly: false },
  { code: "HO_SXKD", vi: "Hộ sản xuất kinh doanh", en: "Registered household business", tourismOnly: false },
  { code: "HOI_HIEP_HOI", vi: "Hội, hiệp hội", en: "Association or federation", tourismOnly: true },
  { code: "TT_DIEU_HANH", vi: "Trung tâm điều hành", en: "Operating centre", tourismOnly: true },
];

export function isProducerType(code: unknown): code is ProducerType {
  return typeof code === "string" && (PRODUCER_TYPE_CODES as readonly string[]).includes(code);
}

/**
 * Labels seen in published lists, folded. The demo dataset uses "Hộ SXKD", "Doanh nghiệp",
 * "Hợp tác xã" and "Tổ hợp tác"; "Doanh nghiệp" maps to DN_NVV because only SMEs may apply.
 */
const LABEL_ALIASES: Record<string, ProducerType> = {
  "hop tac xa": "HTX",
  htx: "HTX",
  "to hop tac": "THT",
  tht: "THT",
  "doanh nghiep": "DN_NVV",
  "doanh nghiep nho va vua": "DN_NVV",
  dn: "DN_NVV",
  dnnvv: "DN_NVV",
  "cong ty": "DN_NVV",
  "trang trai": "TRANG_TRAI",
  "ho sxkd": "HO_SXKD",
  "ho san xuat kinh doanh": "HO_SXKD",
  "ho kinh doanh": "HO_SXKD",
  "ho gia dinh": "HO_SXKD",
  hoi: "HOI_HIEP_HOI",
  "hiep hoi": "HOI_HIEP_HOI",
  "hoi, hiep hoi": "HOI_HIEP_HOI",
  "trung tam dieu hanh": "TT_DIEU_HANH",
};

/** Map a free-text producer type label (or a code) to a ProducerType; null when unrecognised. */
export function producerTypeFromLabel(label: string): ProducerType | null {
  if (typeof label !== "string") return null;
  const trimmed = label.trim();
  if (isProducerType(trimmed.toUpperCase())) return trimmed.toUpperCase() as ProducerType;
  // "Hội/hiệp hội", "Hội, hiệp hội" and "hộ sxkd." all reach the same key.
  const key = foldVietnamese(trimmed)
    .replace(/\s*[,/]\s*/g, ", ")
    .replace(/\./g, "")
    .trim();
  return Object.prototype.hasOwnProperty.call(LABEL_ALIASES, key) ? LABEL_ALIASES[key] : null;
}

export function producerTypeLabel(code: ProducerType): { vi: string; en: string } {
  const t = PRODUCER_TYPES.find((p) => p.code === code);
  if (!t) throw new RangeError(`Unknown producer type: ${String(code)}`);
  return { vi: t.vi, en: t.en };
}
