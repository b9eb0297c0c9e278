import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/runner"
import { searchContract } from "../search/contract"
import { shortWordTypoContract } from "../search/short-word-typos"

jest.setTimeout(120 * 1000)

// The in-memory MiniSearch provider, the default (no SEARCH_PROVIDER), whose documents live in Postgres tables.
delete process.env.MEILISEARCH_HOST
delete process.env.SEARCH_PROVIDER

integrationTestRunner({
  inApp: true,
  env: {},
  testSuite: (runner) => {
    describe("search contract on the in-memory MiniSearch provider", () =>
      searchContract(runner, ({ titles, engine, products, eventually }) => {
        it("answers from memory once the index is loaded, not from the Postgres fallback", async () => {
          const { value } = await eventually(
            () => engine({ q: "nuoc mam" }),
            (e) => e === "minisearch",
            10_000
          )
          expect(value).toBe("minisearch")
        })

        shortWordTypoContract({ titles })

        // A worker process writes the durable table and the change log; this process only sees the log.
        it("takes in another process's delete and re-insert within 5 seconds", async () => {
          const pg = runner.getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
          const { rows: catalogs } = await pg.raw(`SELECT "name", "table_name" FROM "search_postgres_index" ORDER BY "updated_at" DESC`)
          const { name, table_name } = catalogs[0]
          const { id } = products()["Mỳ gạo Hùng Lô"]
          const {
            rows: [row],
          } = await pg.raw(`SELECT * FROM "${table_name}" WHERE "id" = ?`, [id])
          const logChange = () => pg.raw(`INSERT INTO "search_minisearch_change" ("index_name", "document_id") VALUES (?, ?)`, [name, id])
          const found = async () => (await titles({ q: "mi gao" })).includes("Mỳ gạo Hùng Lô")
          expect(await found()).toBe(true)

          await pg.raw(`DELETE FROM "${table_name}" WHERE "id" = ?`, [id])
          await logChange()
          const gone = await eventually(found, (f) => !f, 5_000)
          expect(gone.value).toBe(false)

          await pg.raw(
            `INSERT INTO "${table_name}" ("id", "document", "indexed", "search_vector", "search_text", "updated_at")
             VALUES (?, ?::jsonb, ?::jsonb, ?::tsvector, ?, now())`,
            [id, JSON.stringify(row.document), JSON.stringify(row.indexed), row.search_vector, row.search_text]
          )
          await logChange()
          const back = await eventually(found, (f) => f, 5_000)
          expect(back.value).toBe(true)
          console.log(`in-memory index: another process's delete seen in ${gone.elapsedMs} ms, re-insert in ${back.elapsedMs} ms`)
        })
      }))
  },
})
