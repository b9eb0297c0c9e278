import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { searchContract } from "../search/contract"

jest.setTimeout(120 * 1000)

// The default provider: Medusa's Postgres search with the Vietnamese configuration and indexed typos.
delete process.env.MEILISEARCH_HOST

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: (runner) => {
    describe("search contract on the Vietnamese Postgres provider", () => searchContract(runner))
  },
})
