import type { SearchHit } from "@ocop/contract"
import ListingCard from "@/modules/browse/components/listing-card"

type Props = {
  hit: SearchHit
  priority?: boolean
}

/** One search result: a listing card that also marks geographical-indication products. */
export default function SearchResultCard({ hit, priority = false }: Props) {
  return <ListingCard hit={hit} priority={priority} testId="search-result" showGeographicalIndication />
}
