#!/usr/bin/env node
// npm run bench [-- search] [-- catalogue]: figures as ratios against a baseline measured in the same
// run on the same data; absolute times depend on the machine.
//   search     Vietnamese product search on a 20,000-product catalogue (npm run seed:scale) vs a plain
//              ILIKE on the same data, then the programme dashboard on that catalogue vs stock
//              GET /admin/products, then scan to check at a counter (p95 ≤ 30 ms) vs stock GET /store/products
//              (scripts/bench/search.mjs, dashboard.mjs, pos-lookup.mjs; own database and backend port)
//   catalogue  our certified catalogue vs stock GET /store/products, Lighthouse mobile scores of the
//              production storefront, and delisting → gone from the store API and the storefront
//              (scripts/bench/catalogue.mjs, lighthouse.mjs; backend :9000, storefront :8000)
import { catalogueBench } from "./bench/catalogue.mjs"
import { searchBench } from "./bench/search.mjs"
import { BACKEND_URL } from "./lib/backend.mjs"
import { assertNothingAnswers, shutdown } from "./lib/processes.mjs"

// search first: it brings its own backend up and down; the catalogue section's servers stay up until the end
const SECTIONS = { search: searchBench, catalogue: catalogueBench }

const chosen = process.argv.slice(2).filter((a) => !a.startsWith("-"))
const unknown = chosen.filter((name) => !(name in SECTIONS))

try {
  if (unknown.length) {
    throw new Error(`unknown bench section ${unknown.join(", ")}; choose from ${Object.keys(SECTIONS).join(", ")}`)
  }
  const wanted = Object.keys(SECTIONS).filter((name) => !chosen.length || chosen.includes(name))
  if (wanted.includes("catalogue")) {
    // fail now rather than after the search section's minutes of seeding
    for (const url of [`${BACKEND_URL}/health`, "http://localhost:8000/vi"]) {
      await assertNothingAnswers(url).catch((error) => {
        throw new Error(`${error.message} (the catalogue section needs ports 9000 and 8000; npm run bench -- search runs without them)`)
      })
    }
  }
  const started = performance.now()
  for (const name of wanted) {
    await SECTIONS[name]()
  }
  console.log(`Bench finished in ${((performance.now() - started) / 60000).toFixed(1)} min`)
  await shutdown(0)
} catch (error) {
  console.error(error)
  await shutdown(1)
}
