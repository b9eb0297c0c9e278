#!/usr/bin/env node
// npm run bench [-- scale] [-- catalogue] [-- search]: figures as ratios against a baseline measured
// in the same run on the same data; absolute times depend on the machine.
//   scale      (default) the 20,000-product catalogue (npm run seed:scale; BENCH_SEARCH_REUSE=1 reuses
//              ocop_bench_scale): search vs ILIKE, dashboard, counter lookup, backend memory, the store
//              routes vs Medusa's stock routes (bench/store-scale.mjs), then the production storefront
//              (:8000) under a livestream spike, a cold-cache pass and Lighthouse mobile
//              (bench/search.mjs, scale.mjs, spike.mjs, lighthouse.mjs; own backend port)
//   catalogue  (default, secondary) the 60-product demo: our catalogue vs stock GET /store/products and
//              delisting → gone from the store API and the storefront (bench/catalogue.mjs; :9000, :8000)
//   search     the search, dashboard and counter figures of `scale` only, without the storefront
// Each goal of issue 19 is printed at the end with its figure, baseline, ratio, ✓/✗ and load average.
import { catalogueBench } from "./bench/catalogue.mjs"
import { printGoals } from "./bench/goals.mjs"
import { scaleBench } from "./bench/scale.mjs"
import { searchBench } from "./bench/search.mjs"
import { BACKEND_URL } from "./lib/backend.mjs"
import { assertNothingAnswers, shutdown } from "./lib/processes.mjs"

// scale first: it brings its own backend and storefront up and down; the catalogue section's servers stay up until the end
const SECTIONS = { scale: scaleBench, catalogue: catalogueBench, search: () => searchBench() }
const DEFAULT_SECTIONS = ["scale", "catalogue"]

const chosen = process.argv.slice(2).filter((a) => !a.startsWith("-"))
const unknown = chosen.filter((name) => !(name in SECTIONS))

try {
  if (unknown.length) {
    throw new Error(`unknown bench section ${unknown.join(", ")}; choose from ${Object.keys(SECTIONS).join(", ")}`)
  }
  const wanted = Object.keys(SECTIONS).filter((name) => (chosen.length ? chosen.includes(name) : DEFAULT_SECTIONS.includes(name)))
  const ports = [
    ...(wanted.includes("catalogue") ? [`${BACKEND_URL}/health`] : []),
    ...(wanted.includes("catalogue") || wanted.includes("scale") ? ["http://localhost:8000/vi"] : []),
  ]
  // fail now rather than after minutes of seeding
  for (const url of ports) {
    await assertNothingAnswers(url).catch((error) => {
      throw new Error(
        `${error.message} (the scale and catalogue sections need ports 8000 and 9000; npm run bench -- search runs without them)`
      )
    })
  }
  const started = performance.now()
  for (const name of wanted) {
    if (name === "catalogue" && wanted.includes("scale")) {
      console.log("\n• The 60-product demo catalogue (secondary figures; the goals above are measured at 20,000 products)")
    }
    await SECTIONS[name]()
  }
  printGoals()
  console.log(`Bench finished in ${((performance.now() - started) / 60000).toFixed(1)} min`)
  await shutdown(0)
} catch (error) {
  console.error(error)
  printGoals()
  await shutdown(1)
}
