import { useTranslations } from "next-intl"
import type { StockState as State } from "@/lib/browse"

const TONE: Record<State, string> = {
  in_stock: "bg-status-valid/10 text-status-valid ring-status-valid/30",
  low_stock: "bg-status-expiring-soon/10 text-status-expiring-soon ring-status-expiring-soon/30",
  out_of_stock: "bg-status-expired/10 text-status-expired ring-status-expired/30",
}

/** "Còn hàng" / "Sắp hết hàng" / "Hết hàng" from the sales channel's stock. */
export default function StockState({ state, className = "" }: { state: State; className?: string }) {
  const t = useTranslations("browse.product.stock")
  return (
    <span
      data-testid="stock-state"
      data-state={state}
      className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${TONE[state]} ${className}`}
    >
      <span aria-hidden="true" className="size-1.5 rounded-full bg-current" />
      {t(state)}
    </span>
  )
}
