type Manager = { execute: (sql: string, params?: unknown[]) => Promise<any[]> }

/** The change log this provider's migration creates: which documents of which index changed when. */
export const CHANGE_TABLE = "search_minisearch_change"

/** A change that invalidates the whole index (cleared, rebuilt, deleted by a non-id filter): reload it. */
export const EVERY_DOCUMENT = "*"

/** How long changes are kept: longer than any poll gap; a process that was away longer reloads anyway. */
const RETENTION = "1 hour"

const CHUNK = 500

/**
 * Records that documents changed, so every other process's mirror re-reads them from the durable
 * table (a worker's writes reach the server). Deletes leave no row behind: this log is how they show.
 */
export async function logChanges(manager: Manager, index: string, ids: string[]) {
  for (let offset = 0; offset < ids.length; offset += CHUNK) {
    const chunk = ids.slice(offset, offset + CHUNK)
    await manager.execute(
      `INSERT INTO "${CHANGE_TABLE}" ("index_name", "document_id") VALUES ${chunk.map(() => "(?, ?)").join(", ")}`,
      chunk.flatMap((id) => [index, id])
    )
  }
}

/**
 * Documents of `index` changed after `since` (database clock), the latest whole-index change in that
 * time if any, and the database clock now.
 */
export async function changesSince(
  manager: Manager,
  index: string,
  since: Date
): Promise<{ ids: string[]; everything: Date | null; now: Date }> {
  const [row] = await manager.execute(
    `SELECT clock_timestamp() AS "now",
       ARRAY(SELECT DISTINCT "document_id" FROM "${CHANGE_TABLE}"
             WHERE "index_name" = ? AND "changed_at" > ? AND "document_id" <> ?) AS "ids",
       (SELECT max("changed_at") FROM "${CHANGE_TABLE}"
             WHERE "index_name" = ? AND "changed_at" > ? AND "document_id" = ?) AS "everything"`,
    [index, since, EVERY_DOCUMENT, index, since, EVERY_DOCUMENT]
  )
  return {
    ids: (row?.ids ?? []) as string[],
    everything: row?.everything ? new Date(row.everything) : null,
    now: new Date(row.now),
  }
}

export async function databaseNow(manager: Manager): Promise<Date> {
  const [row] = await manager.execute(`SELECT clock_timestamp() AS "now"`)
  return new Date(row.now)
}

export async function pruneChanges(manager: Manager) {
  await manager.execute(`DELETE FROM "${CHANGE_TABLE}" WHERE "changed_at" < now() - interval '${RETENTION}'`)
}
