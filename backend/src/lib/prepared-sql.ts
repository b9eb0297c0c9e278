import { createHash } from "node:crypto"

type PgClient = { query: (config: { name: string; text: string; values: unknown[] }) => Promise<{ rows: unknown[] }> }
/** A knex instance or transaction, as Medusa hands them out (PG_CONNECTION, a module's entity manager). */
export type KnexLike = {
  raw: (text: string, bindings: any) => any
  isTransaction?: boolean
  client?: any
}

/**
 * Statement texts run as prepared statements so far. The hot reads are a handful of fixed texts;
 * past this many a new text runs unprepared, so generated text can never grow Postgres's
 * per-connection statement cache without bound.
 */
const prepared = new Set<string>()
const MAX_PREPARED = 128

/**
 * One statement with `?` bindings, run as a named prepared statement on a pooled connection.
 * The store's listing statement and the counter's joins cost Postgres far more to plan (2–10 ms on
 * 2 busy cores) than to run (≈ 0.3 ms); knex sends every statement unnamed, so it is planned on
 * every request. A prepared statement is planned once per connection (Postgres's generic plan after
 * five runs). Inside a transaction the statement runs on the transaction's connection, unprepared.
 */
export async function runPrepared<Row = any>(knex: KnexLike, text: string, bindings: readonly unknown[] = []): Promise<Row[]> {
  const client = knex.client as
    | { acquireConnection?: () => Promise<PgClient>; releaseConnection: (connection: PgClient) => unknown }
    | undefined
  const name = `ocop_${createHash("sha1").update(text).digest("hex").slice(0, 24)}`
  if (knex.isTransaction || !client?.acquireConnection || (!prepared.has(name) && prepared.size >= MAX_PREPARED)) {
    return (await knex.raw(text, bindings as any[])).rows as Row[]
  }
  // knex's own translation of `?` bindings into `$n` (the one knex.raw runs)
  const native = knex.raw(text, bindings as any[]).toSQL!().toNative()
  prepared.add(name)
  const connection = await client.acquireConnection()
  try {
    return (await connection.query({ name, text: native.sql, values: native.bindings })).rows as Row[]
  } catch (error) {
    // a table changed shape under a prepared plan (a migration while running): run it unprepared
    if ((error as { code?: string }).code === "0A000") {
      return (await knex.raw(text, bindings as any[])).rows as Row[]
    }
    throw error
  } finally {
    client.releaseConnection(connection)
  }
}
