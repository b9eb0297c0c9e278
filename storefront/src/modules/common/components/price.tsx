import { formatVnd } from "@ocop/domain"
import { useTranslations } from "next-intl"

type Props = {
  /** Integer đồng, or null when the backend has no price for the region. */
  amount: number | null | undefined
  className?: string
}

/** A VND price, "1.250.000 ₫" (formatting from @ocop/domain). */
export default function Price({ amount, className = "" }: Props) {
  const t = useTranslations("common")
  if (amount === null || amount === undefined) {
    return <span className={`text-muted ${className}`}>{t("priceOnRequest")}</span>
  }
  return (
    <span className={`tabular-nums ${className}`} data-testid="price">
      {formatVnd(amount)}
    </span>
  )
}
