import { useTranslations } from "next-intl"
import type { PosPoint } from "@/types/pos"

/** "Điểm bán" / "Gian hàng hội chợ" tag, with the fair's name for a booth. */
export default function PointKind({ point }: { point: PosPoint }) {
  const t = useTranslations("pos.kind")
  return (
    <span className="text-xs font-semibold uppercase tracking-wide text-brand-700">
      {t(point.kind === "booth" ? "booth" : "sales_point")}
      {point.kind === "booth" && point.fair?.name ? ` · ${point.fair.name}` : ""}
    </span>
  )
}
