import { STAR_LABELS } from "@ocop/domain"
import { useLocale, useTranslations } from "next-intl"
import type { CertifiedStars } from "@/types/ocop"

type Props = {
  /** Stars of the live certificate: the badge never comes from packaging or images. */
  stars: CertifiedStars
  size?: "sm" | "md" | "lg"
  className?: string
}

const SIZES = {
  sm: { box: "gap-1 px-2 py-0.5 text-xs", star: "size-3" },
  md: { box: "gap-1.5 px-2.5 py-1 text-sm", star: "size-3.5" },
  lg: { box: "gap-2 px-3 py-1.5 text-base", star: "size-5" },
} as const

/** "OCOP ★★★★" badge; its accessible name reads "OCOP 4 sao" / "OCOP 4 stars". */
export default function StarBadge({ stars, size = "md", className = "" }: Props) {
  const t = useTranslations("common")
  const locale = useLocale()
  const label = t("starBadge", { stars: STAR_LABELS[stars][locale] })
  const s = SIZES[size]

  return (
    <span
      role="img"
      aria-label={label}
      title={label}
      data-testid="star-badge"
      data-stars={stars}
      className={`inline-flex items-center rounded-full bg-star-soft font-semibold text-ink ring-1 ring-star/40 ${s.box} ${className}`}
    >
      <span aria-hidden="true" className="tracking-wide">
        OCOP
      </span>
      <span aria-hidden="true" className="inline-flex items-center">
        {Array.from({ length: stars }, (_, i) => (
          <svg key={i} viewBox="0 0 20 20" className={`${s.star} fill-star`}>
            <path d="M10 1.5l2.6 5.4 5.9.8-4.3 4.1 1 5.8L10 14.8l-5.2 2.8 1-5.8L1.5 7.7l5.9-.8L10 1.5z" />
          </svg>
        ))}
      </span>
    </span>
  )
}
