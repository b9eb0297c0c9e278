import { defineSearchIndex, graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import { SPELLING_VARIANT_GROUPS, TYPO_TOLERANCE } from "@ocop/domain"
import { CERTIFICATE_CHANGED_EVENT, LISTING_CHANGED_EVENT } from "../lib/events"
import { PRODUCT_SEARCH_GRAPH_FIELDS, toProductSearchDocument } from "./product-document"
import { productIdsOfEvent } from "./product-ids-of-event"

/**
 * The product search index: only listable products (a product that loses its certificate is deleted
 * from it, one that regains it comes back). Filterable, sortable and facetable attributes are
 * declared here once; every provider derives its settings from this definition.
 */
const productSearchFields = search.define({
  id: search.keyword().filterable().sortable(),
  handle: search.keyword().filterable(),
  title: search.text().searchable({ weight: 10 }).sortable(),
  subtitle: search.text().searchable({ weight: 2 }),
  description: search.text().searchable({ weight: 1 }),
  thumbnail: search.keyword(),
  producer: search.object({
    id: search.keyword().filterable().sortable(),
    name: search.text().searchable({ weight: 2 }),
    handle: search.keyword().filterable(),
    type: search.keyword().filterable().facetable(),
    type_name: search.text().searchable({ weight: 1 }),
  }),
  province_code: search.keyword().filterable().facetable(),
  province_name: search.text().searchable({ weight: 1.5 }),
  commune: search.keyword().searchable({ weight: 1.5 }).filterable().facetable(),
  sector_code: search.keyword().filterable().facetable(),
  sector_name: search.text().searchable({ weight: 1 }),
  product_set: search
    .integer()
    .filterable()
    .facetable({ types: ["value"] }),
  product_set_name: search.text().searchable({ weight: 1.5 }),
  stars: search
    .integer()
    .filterable()
    .sortable()
    .facetable({ types: ["value"] }),
  price_min: search
    .integer()
    .filterable()
    .sortable()
    .facetable({ types: ["stats"] }),
  price_max: search.integer().filterable().sortable(),
  certificate_status: search.keyword().filterable(),
  verification_code: search.keyword().filterable(),
  valid_until: search.keyword(),
  issued_at: search.keyword(),
  listable_until: search.integer().filterable(),
  certified_at: search.integer().filterable().sortable(),
  geographical_indication: search.text().searchable({ weight: 2 }),
  has_geographical_indication: search.boolean().filterable().facetable(),
  sales_channel_ids: search.keyword().array().filterable(),
  created_at: search.date().filterable().sortable(),
})

const source = {
  entity: "product",
  fields: PRODUCT_SEARCH_GRAPH_FIELDS,
  transform: (rows: any[]) => {
    const now = new Date()
    return rows.map((row) => toProductSearchDocument(row, now)).filter((d) => d !== null)
  },
}

/** Meilisearch synonyms from the shared spelling variants: "ky" ↔ "ki", "my" ↔ "mi"… */
const meilisearchSynonyms = Object.fromEntries(
  SPELLING_VARIANT_GROUPS.flatMap((group) => group.map((word) => [word, group.filter((w) => w !== word)]))
)

export default defineSearchIndex({
  name: "product",
  entity: "product",
  fields: productSearchFields,
  settings: {
    typo_tolerance: {
      enabled: true,
      min_word_size_for_one_typo: TYPO_TOLERANCE.minWordSizeForOneTypo,
      min_word_size_for_two_typos: TYPO_TOLERANCE.minWordSizeForTwoTypos,
    },
    provider_options: { meilisearch: { synonyms: meilisearchSynonyms } },
  },
  events: [
    "product.created",
    "product.updated",
    "product.deleted",
    "product-variant.created",
    "product-variant.updated",
    "product-variant.deleted",
    LISTING_CHANGED_EVENT,
    CERTIFICATE_CHANGED_EVENT,
  ],
  consume: graphConsume({
    ...source,
    resolve_ids: productIdsOfEvent,
    // A deleted variant leaves its product in the index (re-read); only a deleted product leaves it.
    is_delete: (event) => event.name === "product.deleted",
  }),
  seed: graphSeed(source),
})
