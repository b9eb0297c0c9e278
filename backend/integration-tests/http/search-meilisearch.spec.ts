import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { searchContract } from "../search/contract"

jest.setTimeout(180 * 1000)

// The production provider runs the same contract whenever a Meilisearch server is configured; a set
// but unreachable MEILISEARCH_HOST fails the run rather than skipping it.
const host = process.env.MEILISEARCH_HOST

if (!host) {
  console.log(
    "Meilisearch search contract skipped: MEILISEARCH_HOST is not set " +
      "(e.g. `docker compose up meilisearch` and MEILISEARCH_HOST=http://localhost:7700 MEILISEARCH_API_KEY=…)"
  )
  describe.skip("search contract on the Meilisearch provider", () => {
    it("needs a Meilisearch server", () => undefined)
  })
} else {
  medusaIntegrationTestRunner({
    inApp: true,
    env: {},
    testSuite: (runner) => {
      describe("search contract on the Meilisearch provider", () => searchContract(runner))
    },
  })
}
