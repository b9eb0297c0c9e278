import { integrationTestRunner } from "../helpers/runner"
import { searchContract } from "../search/contract"
import { shortWordTypoContract } from "../search/short-word-typos"

jest.setTimeout(120 * 1000)

// Medusa's Postgres search with the Vietnamese configuration and indexed typos (SEARCH_PROVIDER=postgres;
// also what answers while the in-memory provider loads).
delete process.env.MEILISEARCH_HOST
process.env.SEARCH_PROVIDER = "postgres"

integrationTestRunner({
  inApp: true,
  env: {},
  testSuite: (runner) => {
    describe("search contract on the Vietnamese Postgres provider", () =>
      searchContract(runner, ({ engine, titles }) => {
        it("answers from Postgres", async () => {
          expect(await engine({ q: "nuoc mam" })).toBe("postgres")
        })
        shortWordTypoContract({ titles })
      }))
  },
})
