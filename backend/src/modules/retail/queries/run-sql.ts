/** Runs one SQL statement with positional `?` bindings (arrays bind as Postgres arrays: `= ANY(?)`). */
export type RunSql = <Row = any>(text: string, bindings?: readonly unknown[]) => Promise<Row[]>

/** A runner over a knex connection: the module's own, handed out by its entity manager. */
export const runSqlOn =
  (knex: { raw: (text: string, bindings: any) => PromiseLike<{ rows: unknown[] }> }): RunSql =>
  async <Row = any>(text: string, bindings: readonly unknown[] = []) =>
    (await knex.raw(text, bindings as any[])).rows as Row[]
