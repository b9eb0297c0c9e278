import { useTranslations } from "next-intl"
import { expiryTone } from "@/lib/producer-portal"

const TONES = {
  expired: "text-status-expired",
  urgent: "text-status-expired",
  soon: "text-status-expiring-soon",
  ok: "text-status-valid",
} as const

/** "Còn 132 ngày" in the colour of how soon the certificate needs a re-evaluation. */
export default function ExpiryFigure({ days }: { days: number | null | undefined }) {
  const t = useTranslations("producer.expiry")
  if (days == null) return null
  const tone = expiryTone(days)
  return (
    <span data-testid="days-to-expiry" data-tone={tone} className={`text-sm font-semibold ${TONES[tone]}`}>
      {days < 0 ? t("expired", { days: -days }) : t("daysLeft", { days })}
    </span>
  )
}
