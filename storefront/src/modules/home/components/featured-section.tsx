import type { ComponentProps } from "react"
import { useTranslations } from "next-intl"
import type { Link } from "@/i18n/navigation"
import type { SearchHit } from "@ocop/contract"
import ListingGrid from "@/modules/browse/components/listing-grid"
import SectionHeader from "./section-header"

type Props = {
  id: string
  title: string
  subtitle: string
  hits: SearchHit[]
  viewAll: { label: string; href: ComponentProps<typeof Link>["href"] }
  /** Stars shown beside the heading (decorative: the title says it in words). */
  stars?: number
  eager?: number
  className?: string
}

/** One row of products on the home page (5★, 4★, newly certified), from one backend request. */
export default function FeaturedSection({ id, title, subtitle, hits, viewAll, stars, eager = 0, className = "" }: Props) {
  const t = useTranslations("browse.home")
  return (
    <section aria-labelledby={`${id}-title`} data-testid={id} className={`mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-12 ${className}`}>
      <SectionHeader
        id={`${id}-title`}
        title={
          <>
            {title}
            {stars ? (
              <span aria-hidden="true" className="text-xl tracking-tight text-star sm:text-2xl">
                {"★".repeat(stars)}
              </span>
            ) : null}
          </>
        }
        subtitle={subtitle}
        viewAll={hits.length > 0 ? viewAll : undefined}
      />
      {hits.length === 0 ? (
        <p className="rounded-2xl bg-white p-6 text-center text-sm text-muted ring-1 ring-line">{t("empty")}</p>
      ) : (
        <ListingGrid hits={hits} eager={eager} label={title} />
      )}
    </section>
  )
}
