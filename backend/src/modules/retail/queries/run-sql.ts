import { type KnexLike, runPrepared } from "../../../lib/prepared-sql"

/**
 * Runs one SQL statement with positional `?` bindings (arrays bind as Postgres arrays: `= ANY(?)`).
 * `prepared` runs it as a prepared statement (lib/prepared-sql.ts), for the counter's scan reads:
 * a scan ran 9 ms of Postgres parse and plan for 2 ms of execution on the 20,000-product catalogue.
 */
export type RunSql = (<Row = any>(text: string, bindings?: readonly unknown[]) => Promise<Row[]>) & {
  prepared?: <Row = any>(text: string, bindings?: readonly unknown[]) => Promise<Row[]>
}

/** A runner over a knex connection: the module's own, handed out by its entity manager. */
export const runSqlOn = (knex: KnexLike): RunSql =>
  Object.assign(
    async <Row = any>(text: string, bindings: readonly unknown[] = []) => (await knex.raw(text, bindings as any[])).rows as Row[],
    { prepared: <Row = any>(text: string, bindings: readonly unknown[] = []) => runPrepared<Row>(knex, text, bindings) }
  )

/** The prepared runner when there is one (tests may pass a plain function). */
export const preparedOf = (sql: RunSql): RunSql => (sql.prepared as RunSql | undefined) ?? sql
