import { STAR_LABELS } from "@ocop/domain"
import { useLocale, useTranslations } from "next-intl"
import type { CertifiedStars } from "@ocop/domain"

type Props = {
  /** Stars of the live certificate: the badge never comes from packaging or images. */
  stars: CertifiedStars
  size?: "sm" | "md" | "lg"
  className?: string
}

/** Star size is the font size of the star strip (1 em per star). */
const SIZES = {
  sm: { box: "gap-1 px-2 py-0.5 text-xs", star: "text-[0.75rem]" },
  md: { box: "gap-1.5 px-2.5 py-1 text-sm", star: "text-[0.875rem]" },
  lg: { box: "gap-2 px-3 py-1.5 text-base", star: "text-[1.25rem]" },
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
      {/* one element for all the stars: a star-shaped mask repeated `stars` times */}
      <span aria-hidden="true" className={`icon-star inline-block h-[1em] bg-star ${s.star}`} style={{ width: `${stars}em` }} />
    </span>
  )
}
