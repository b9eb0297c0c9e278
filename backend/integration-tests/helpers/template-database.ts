// One migrated database per schema, cloned by every integration file. Medusa's runner migrates a new
// database per file (core modules, ours, links, search indexes: ~30 s each, ~10 of the suite's
// minutes); Postgres copies a migrated template in well under a second. The runner still migrates
// the clone afterwards, which finds nothing to do, so a stale template costs time, never correctness.
import { execFileSync } from "node:child_process"
import { createHash } from "node:crypto"
import { readdirSync, readFileSync, statSync } from "node:fs"
import { join, relative } from "node:path"
import { Client } from "pg"

const BACKEND = join(__dirname, "..", "..")

/** What decides the schema: migrations, models, links, search indexes, config, dependency versions. */
const SCHEMA_SOURCES = ["medusa-config.ts", "src/links", "src/search", "src/modules"]
const SCHEMA_FILE = /(\/migrations\/|\/models\/|^src\/links\/|^src\/search\/|^medusa-config\.ts$)/

function filesUnder(path: string): string[] {
  const full = join(BACKEND, path)
  if (!statSync(full, { throwIfNoEntry: false })) return []
  if (!statSync(full).isDirectory()) return [path]
  return readdirSync(full)
    .sort()
    .flatMap((entry) => filesUnder(join(path, entry)))
}

function schemaFingerprint(): string {
  const hash = createHash("sha1")
  hash.update(require("@medusajs/medusa/package.json").version)
  // every dependency's version (plugins bring modules and migrations of their own)
  const lockfile = join(BACKEND, "..", "package-lock.json")
  if (statSync(lockfile, { throwIfNoEntry: false })) hash.update(readFileSync(lockfile))
  for (const file of SCHEMA_SOURCES.flatMap(filesUnder)) {
    const name = relative(BACKEND, join(BACKEND, file))
    if (!SCHEMA_FILE.test(name)) continue
    hash.update(name).update(readFileSync(join(BACKEND, file)))
  }
  return hash.digest("hex").slice(0, 12)
}

function serverClient(): Client {
  return new Client({
    host: process.env.DB_HOST ?? "localhost",
    port: Number(process.env.DB_PORT ?? 5432),
    user: process.env.DB_USERNAME ?? "postgres",
    password: process.env.DB_PASSWORD ?? "",
    database: "postgres",
  })
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`

async function databaseExists(client: Client, name: string): Promise<boolean> {
  const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
  return !!rowCount
}

/** Migrates a new database the way `medusa db:migrate` does for a deployment (no data scripts). */
function migrate(name: string) {
  const url = `postgres://${process.env.DB_USERNAME ?? "postgres"}@${process.env.DB_HOST ?? "localhost"}:${process.env.DB_PORT ?? 5432}/${name}`
  try {
    execFileSync("npx", ["medusa", "db:migrate", "--skip-scripts", "--execute-safe-links", "--execute-safe-search"], {
      cwd: BACKEND,
      env: { ...process.env, DATABASE_URL: url, NODE_ENV: "test" },
      stdio: "pipe",
      maxBuffer: 64 * 1024 * 1024,
    })
  } catch (error: any) {
    const output = `${error.stdout ?? ""}\n${error.stderr ?? ""}`.trim().split("\n").slice(-30).join("\n")
    throw new Error(`migrating the template database ${name} failed:\n${output}`)
  }
}

/** Templates of earlier schemas; one still being cloned by another run refuses and stays. */
async function dropOtherTemplates(client: Client, current: string) {
  const { rows } = await client.query(
    "SELECT datname FROM pg_database WHERE datname LIKE 'ocop\\_it\\_template\\_%' AND datname NOT LIKE $1",
    [`${current}%`]
  )
  for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${quoted(datname)}`).catch(() => undefined)
}

/**
 * Runs `work` with the migrated template for today's schema in place, building it first when no run
 * has yet (under an advisory lock: several jest processes may start at once).
 */
async function withMigratedTemplate(work: (client: Client, template: string) => Promise<void>): Promise<void> {
  const template = `ocop_it_template_${schemaFingerprint()}`
  const client = serverClient()
  await client.connect()
  try {
    await client.query("SELECT pg_advisory_lock(hashtext($1))", [template])
    if (!(await databaseExists(client, template))) {
      // built under another name and renamed when complete: a half-migrated template is never cloned
      const building = `${template}_building`
      await client.query(`DROP DATABASE IF EXISTS ${quoted(building)}`)
      await client.query(`CREATE DATABASE ${quoted(building)}`)
      migrate(building)
      await client.query(`ALTER DATABASE ${quoted(building)} RENAME TO ${quoted(template)}`)
      await dropOtherTemplates(client, template)
    }
    await work(client, template)
  } finally {
    await client.query("SELECT pg_advisory_unlock(hashtext($1))", [template]).catch(() => undefined)
    await client.end()
  }
}

/** Builds the template once before any file runs (jest's globalSetup: no file's hook timeout pays for it). */
export async function ensureMigratedTemplate(): Promise<void> {
  await withMigratedTemplate(async () => undefined)
}

/** Creates `databaseName` as a copy of the migrated template (built first if missing). */
export async function createFromMigratedTemplate(databaseName: string): Promise<void> {
  await withMigratedTemplate(async (client, template) => {
    await client.query(`CREATE DATABASE ${quoted(databaseName)} TEMPLATE ${quoted(template)}`)
  })
}
