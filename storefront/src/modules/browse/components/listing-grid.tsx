import type { SearchHit } from "@ocop/contract"
import ListingCard from "./listing-card"

type Props = {
  hits: SearchHit[]
  /** Images of the first cards load eagerly (above the fold). */
  eager?: number
  label?: string
  headingLevel?: "h2" | "h3"
  className?: string
}

export default function ListingGrid({ hits, eager = 2, label, headingLevel, className = "" }: Props) {
  return (
    <ul
      data-testid="product-grid"
      aria-label={label}
      className={`grid grid-cols-2 gap-3 sm:gap-5 md:grid-cols-3 lg:grid-cols-4 ${className}`}
    >
      {hits.map((hit, i) => (
        <li key={hit.id}>
          <ListingCard hit={hit} priority={i < eager} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  )
}
