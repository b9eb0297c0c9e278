#!/usr/bin/env node
// npm run seed:scale -- --products 20000 [--seed ocop] [--no-migrate]
// A national-size OCOP catalogue in the database of DATABASE_URL (or the embedded development
// database when it is unset): migrations, then backend/src/scripts/seed-scale.ts through `medusa exec`.
// The script runs on Medusa's in-memory event bus and workflow engine even when REDIS_URL is set, so
// a running server is not flooded with one search-indexing job per created product.
import pg from "pg"
import { ensureDatabase } from "./lib/database.mjs"
import { BACKEND } from "./lib/paths.mjs"
import { run, shutdown } from "./lib/processes.mjs"

const USAGE = "usage: npm run seed:scale -- [--products 20000] [--seed ocop] [--no-migrate]"

function parse(argv) {
  const options = { products: "20000", seed: "ocop", migrate: true }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2)
    const name = flag.replace(/^--/, "")
    if (name === "no-migrate") options.migrate = false
    else if (name in options && name !== "migrate") options[name] = inline ?? argv[++i]
    else if (name === "help" || name === "h") {
      console.log(USAGE)
      process.exit(0)
    } else throw new Error(`unknown option ${argv[i]}\n${USAGE}`)
  }
  return options
}

async function hasSchema(url) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query("SELECT to_regclass('public.certificate') AS t")
    return !!rows[0].t
  } finally {
    await client.end()
  }
}

try {
  const options = parse(process.argv.slice(2))
  const database = await ensureDatabase("ocop")
  const { REDIS_URL: _redis, STOREFRONT_URL: _storefront, ...inherited } = process.env
  const env = { ...inherited, DATABASE_URL: database.url, MEDUSA_DISABLE_TELEMETRY: "true" }
  const medusa = (args) => run("npx", ["medusa", ...args], { cwd: BACKEND, env })
  if (options.migrate || !(await hasSchema(database.url))) {
    console.log("• Migrating the database…")
    await medusa(["db:migrate"])
  }
  const args = ["products", "seed"].filter((k) => options[k]).map((k) => `${k}=${options[k]}`)
  console.log(`• Seeding the scale catalogue (${args.join(" ")}) into ${new URL(database.url).pathname.slice(1)}…`)
  await medusa(["exec", "./src/scripts/seed-scale.ts", ...args])
  await database.stop()
  await shutdown(0)
} catch (error) {
  console.error(error.message)
  await shutdown(1)
}
