import { formatVnd, STAR_LABELS } from "@ocop/domain"
import { useLocale, useTranslations } from "next-intl"
import type { ReactNode } from "react"
import { Link } from "@/i18n/navigation"
import type { Lang } from "@/lib/labels"
import { facetOptions, type FacetKind, giCount, starsAtLeastCounts } from "@/lib/search-facets"
import {
  activeFilters,
  type FilterKey,
  searchQuery,
  type SearchState,
  toggleFilter,
  withChanges,
  withoutFilters,
} from "@/lib/search-params"
import type { SearchFacets } from "@ocop/contract"
import FacetDisclosure from "./facet-disclosure"
import QueryForm from "./query-form"

type Props = {
  state: SearchState
  facets: SearchFacets | null
}

const href = (state: SearchState) => ({ pathname: "/search", query: searchQuery(state) })

function Group({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <section className="border-b border-line py-4 last:border-0" data-testid={testId}>
      <h3 className="mb-2 text-xs font-bold uppercase tracking-wide text-muted">{title}</h3>
      {children}
    </section>
  )
}

type OptionProps = {
  to: SearchState
  selected: boolean
  label: ReactNode
  count: number | null
  facet: FilterKey | "stars_any"
  value: string
  /** Round marks for a one-of group (stars), square for any-of groups. */
  single?: boolean
}

/**
 * One filter value: a link to the URL with that value toggled, so it works without
 * JavaScript, can be opened in a new tab, and the back button undoes it.
 */
function Option({ to, selected, label, count, facet, value, single = false }: OptionProps) {
  return (
    <li>
      <Link
        href={href(to)}
        rel="nofollow"
        scroll={false}
        aria-current={selected ? "true" : undefined}
        data-testid="facet-option"
        data-facet={facet}
        data-value={value}
        data-selected={selected}
        className={`flex min-h-10 items-center gap-2.5 rounded-lg px-2 py-1.5 text-sm hover:bg-brand-50 lg:min-h-8 ${
          selected ? "font-semibold text-brand-900" : count === 0 ? "text-muted" : "text-ink"
        }`}
      >
        <span
          aria-hidden="true"
          className={`flex size-4 shrink-0 items-center justify-center ring-1 ring-inset ${single ? "rounded-full" : "rounded"} ${
            selected ? "bg-brand-700 ring-brand-700" : "bg-white ring-muted/60"
          }`}
        >
          {selected &&
            (single ? (
              <span className="size-1.5 rounded-full bg-white" />
            ) : (
              <svg viewBox="0 0 20 20" className="size-3 fill-white">
                <path d="M16.7 5.3a1 1 0 0 1 0 1.4l-8 8a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.4L8 12.6l7.3-7.3a1 1 0 0 1 1.4 0z" />
              </svg>
            ))}
        </span>
        <span className="min-w-0 flex-1 leading-snug">{label}</span>
        {count !== null && <span className="shrink-0 text-xs tabular-nums text-muted">{count}</span>}
      </Link>
    </li>
  )
}

/** The filter panel: stars, province, sector, product set, producer type, GI and price. */
export default function FacetPanel({ state, facets }: Props) {
  const t = useTranslations("search.facets")
  const lang = useLocale() as Lang
  const activeCount = activeFilters(state).length
  const stars = starsAtLeastCounts(facets?.stars)
  const gi = giCount(facets?.has_geographical_indication)

  const groups: { kind: FacetKind; title: string; testId: string }[] = [
    { kind: "province", title: t("province"), testId: "facet-province" },
    { kind: "sector", title: t("sector"), testId: "facet-sector" },
    { kind: "product_set", title: t("productSet"), testId: "facet-product-set" },
    { kind: "producer_type", title: t("producerType"), testId: "facet-producer-type" },
  ]
  const facetCounts: Record<FacetKind, SearchFacets["province_code"] | undefined> = {
    province: facets?.province_code,
    sector: facets?.sector_code,
    product_set: facets?.product_set,
    producer_type: facets?.producer_type,
  }

  const starLabel = (n: 3 | 4 | 5) => (
    <span className="inline-flex items-center gap-1.5">
      <span aria-hidden="true" className="tracking-tight text-star">
        {"★".repeat(n)}
      </span>
      {n === 5 ? STAR_LABELS[5][lang] : t("starsAtLeast", { stars: STAR_LABELS[n][lang] })}
    </span>
  )

  return (
    <FacetDisclosure
      summary={
        <span className="inline-flex items-center gap-2">
          <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-brand-700">
            <path d="M3 4a1 1 0 0 1 1-1h12a1 1 0 0 1 .8 1.6L12 10.3V15a1 1 0 0 1-.4.8l-2 1.5A1 1 0 0 1 8 16.5v-6.2L3.2 4.6A1 1 0 0 1 3 4z" />
          </svg>
          {t("toggle")}
          {activeCount > 0 && (
            <span className="rounded-full bg-brand-700 px-2 py-0.5 text-xs text-white">{t("activeCount", { count: activeCount })}</span>
          )}
        </span>
      }
    >
      <h2 className="sr-only lg:not-sr-only lg:mb-1 lg:font-display lg:text-lg lg:font-bold lg:text-brand-900">{t("title")}</h2>

      <Group title={t("stars")} testId="facet-stars">
        <ul>
          <Option
            to={withChanges(state, { stars: null })}
            selected={!state.stars}
            label={t("anyStars")}
            count={null}
            facet="stars_any"
            value=""
            single
          />
          {([3, 4, 5] as const).map((n) => (
            <Option
              key={n}
              to={withChanges(state, { stars: String(n) })}
              selected={state.stars === String(n)}
              label={starLabel(n)}
              count={facets ? stars[n] : null}
              facet="stars"
              value={String(n)}
              single
            />
          ))}
        </ul>
      </Group>

      {groups.map(({ kind, title, testId }) => {
        const options = facetOptions(kind, facetCounts[kind], state[kind], lang)
        if (options.length === 0) return null
        return (
          <Group key={kind} title={title} testId={testId}>
            <ul>
              {options.map((o) => (
                <Option
                  key={o.value}
                  to={toggleFilter(state, kind, o.value)}
                  selected={o.selected}
                  label={o.label}
                  count={o.count}
                  facet={kind}
                  value={o.value}
                />
              ))}
            </ul>
          </Group>
        )
      })}

      {(gi > 0 || state.gi) && (
        <Group title={t("gi")} testId="facet-gi">
          <ul>
            <Option
              to={toggleFilter(state, "gi", "true")}
              selected={state.gi === "true"}
              label={t("giOnly")}
              count={facets ? gi : null}
              facet="gi"
              value="true"
            />
          </ul>
        </Group>
      )}

      <Group title={t("price")} testId="facet-price">
        <QueryForm state={state} fields={["price_min", "price_max"]} testId="price-form" className="space-y-2">
          <div className="grid grid-cols-2 gap-2" key={`${state.price_min}-${state.price_max}`}>
            <label className="flex flex-col gap-1 text-xs text-muted">
              {t("priceMin")}
              <input
                type="number"
                name="price_min"
                inputMode="numeric"
                min={0}
                step={1}
                defaultValue={state.price_min ?? ""}
                placeholder={facets?.price ? String(facets.price.min) : "0"}
                className="h-10 w-full rounded-lg bg-white px-2 text-sm text-ink ring-1 ring-line tabular-nums focus-visible:ring-2 focus-visible:ring-brand-600"
              />
            </label>
            <label className="flex flex-col gap-1 text-xs text-muted">
              {t("priceMax")}
              <input
                type="number"
                name="price_max"
                inputMode="numeric"
                min={0}
                step={1}
                defaultValue={state.price_max ?? ""}
                placeholder={facets?.price ? String(facets.price.max) : ""}
                className="h-10 w-full rounded-lg bg-white px-2 text-sm text-ink ring-1 ring-line tabular-nums focus-visible:ring-2 focus-visible:ring-brand-600"
              />
            </label>
          </div>
          {facets?.price && (
            <p className="text-xs text-muted">{t("priceHint", { min: formatVnd(facets.price.min), max: formatVnd(facets.price.max) })}</p>
          )}
          <button
            type="submit"
            className="h-9 w-full rounded-full bg-white text-sm font-semibold text-brand-800 ring-1 ring-brand-700 hover:bg-brand-50"
          >
            {t("apply")}
          </button>
        </QueryForm>
      </Group>

      {activeCount > 0 && (
        <p className="pt-2">
          <Link
            href={href(withoutFilters(state))}
            rel="nofollow"
            scroll={false}
            data-testid="facets-clear"
            className="text-sm font-semibold text-brand-700 underline underline-offset-2 hover:text-brand-900"
          >
            {t("clearAll")}
          </Link>
        </p>
      )}
    </FacetDisclosure>
  )
}
