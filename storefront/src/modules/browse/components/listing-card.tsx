import { formatVnd } from "@ocop/domain"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { browsePaths } from "@/lib/browse"
import { provinceLabel } from "@/lib/labels"
import type { SearchHit } from "@ocop/contract"
import Price from "@/modules/common/components/price"
import ProductImage from "@/modules/common/components/product-image"
import StarBadge from "@/modules/common/components/star-badge"

type Props = {
  hit: SearchHit
  priority?: boolean
  /** Heading level of the title inside its section. */
  headingLevel?: "h2" | "h3"
  testId?: string
  /** Search results mark products protected by a geographical indication. */
  showGeographicalIndication?: boolean
}

/**
 * A product in a browse listing: photo with the live certificate's star badge, the title (the
 * card's one link), producer, place and the price in VND ("Từ 85.000 ₫" when sizes differ).
 */
export default function ListingCard({
  hit,
  priority = false,
  headingLevel: Heading = "h3",
  testId = "product-card",
  showGeographicalIndication = false,
}: Props) {
  const t = useTranslations("browse.card")
  const place = [hit.commune, hit.province_name || provinceLabel(hit.province_code)].filter(Boolean).join(", ")

  return (
    <article
      data-testid={testId}
      data-handle={hit.handle}
      data-stars={hit.stars}
      data-province={hit.province_code}
      data-price-min={hit.price_min}
      className="group relative flex h-full flex-col overflow-hidden rounded-2xl bg-white ring-1 ring-line transition-shadow hover:shadow-lg hover:shadow-brand-900/5 focus-within:ring-2 focus-within:ring-brand-600"
    >
      <div className="relative">
        <ProductImage src={hit.thumbnail} alt={hit.title} priority={priority} />
        <StarBadge stars={hit.stars} size="sm" className="absolute left-2 top-2 shadow-sm" />
      </div>
      <div className="flex flex-1 flex-col gap-1 p-3 sm:p-4">
        <Heading className="line-clamp-2 text-sm font-semibold leading-snug text-ink sm:text-base">
          <Link href={browsePaths.product(hit.handle)} className="outline-none after:absolute after:inset-0 after:content-['']">
            {hit.title}
          </Link>
        </Heading>
        <p className="line-clamp-1 text-xs text-muted sm:text-sm">{hit.producer.name}</p>
        {place && (
          <p className="flex items-start gap-1 text-xs text-muted">
            <span aria-hidden="true" className="icon-pin mt-px size-3.5 shrink-0 bg-clay-500" />
            <span className="sr-only">{t("place", { place })}</span>
            <span aria-hidden="true" className="line-clamp-1">
              {place}
            </span>
          </p>
        )}
        {showGeographicalIndication && hit.geographical_indication && (
          <p>
            <span
              title={hit.geographical_indication}
              className="inline-flex max-w-full rounded-full bg-clay-50 px-2 py-0.5 text-[11px] font-semibold text-clay-700 ring-1 ring-inset ring-clay-100"
            >
              <span className="truncate">{t("gi")}</span>
            </span>
          </p>
        )}
        <p className="mt-auto pt-2 text-base font-bold text-brand-800">
          {hit.price_max > hit.price_min ? (
            <span className="tabular-nums" data-testid="price">
              {t("from", { price: formatVnd(hit.price_min) })}
            </span>
          ) : (
            <Price amount={hit.price_min} />
          )}
        </p>
      </div>
    </article>
  )
}
