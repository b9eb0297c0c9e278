import "@medusajs/framework/modules-sdk" // index definitions register themselves with MedusaModule
import { integrationTestRunner } from "../helpers/runner"
import path from "path"
import productIndex from "../../src/search/product"
import { searchContract } from "../search/contract"

jest.setTimeout(180 * 1000)

// The production provider runs the same contract whenever a Meilisearch server is configured; a set
// but unreachable MEILISEARCH_HOST fails the run rather than skipping it.
const host = process.env.MEILISEARCH_HOST

// Without a server, what the provider would tell Meilisearch is still checked: the settings it
// derives from our one index definition (the plugin's own planner, loaded beside its entry point).
describe("Meilisearch settings derived from the product index definition", () => {
  const providerEntry = require.resolve("@rokmohar/medusa-plugin-meilisearch/providers/meilisearch")
  const { buildIndexPlan } = require(path.join(path.dirname(providerEntry), "utils/settings.js"))
  const plan = buildIndexPlan({ ...productIndex, primary_key: "id", physical_name: "product_v1" }, {})

  it("filters, facets and sorts on the attributes the store search uses", () => {
    expect(plan.settings.filterableAttributes).toEqual(
      expect.arrayContaining([
        "stars",
        "province_code",
        "commune",
        "sector_code",
        "product_set",
        "producer.handle",
        "producer.type",
        "price_min",
        "has_geographical_indication",
        "sales_channel_ids",
        "listable_until",
      ])
    )
    expect(plan.settings.sortableAttributes).toEqual(expect.arrayContaining(["price_min", "price_max", "stars", "id"]))
    expect(plan.settings.searchableAttributes[0]).toBe("title")
  })

  it("gives short Vietnamese syllables no typo, and makes the i/y spellings synonyms", () => {
    expect(plan.settings.typoTolerance).toEqual(
      expect.objectContaining({ enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } })
    )
    expect(plan.settings.synonyms).toEqual(expect.objectContaining({ ky: ["ki"], ki: ["ky"], my: ["mi"] }))
  })
})

if (!host) {
  console.log(
    "Meilisearch search contract skipped: MEILISEARCH_HOST is not set " +
      "(e.g. `docker compose up meilisearch` and MEILISEARCH_HOST=http://localhost:7700 MEILISEARCH_API_KEY=…)"
  )
  describe.skip("search contract on the Meilisearch provider", () => {
    it("needs a Meilisearch server", () => undefined)
  })
} else {
  integrationTestRunner({
    inApp: true,
    env: {},
    testSuite: (runner) => {
      describe("search contract on the Meilisearch provider", () => searchContract(runner))
    },
  })
}
