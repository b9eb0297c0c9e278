import type { IndexPlan } from "../vietnamese-search/stock-provider"
import { changesSince, databaseNow, pruneChanges } from "./change-log"
import { IndexMirror, type MirrorRow } from "./mirror"

type Manager = { execute: (sql: string, params?: unknown[]) => Promise<any[]> }
type Logger = { info: (m: string) => void; warn: (m: string) => void }
export type Catalog = { table_name: string; plan: IndexPlan }

/** How often a process looks for documents another process wrote (the delist/relist rule is 5 s). */
const POLL_MS = 1000
/** Changes are re-read this far back: a write's log row can commit a little after its timestamp. */
const OVERLAP_MS = 5000
const PRUNE_EVERY_MS = 10 * 60_000
const RETRY_LOAD_MS = 30_000
/** Documents per page while loading: the event loop serves requests (from Postgres) between pages. */
const LOAD_SLICE = 500

type State = {
  index: string
  mirror?: IndexMirror
  loading?: Promise<void>
  /** Database time up to which the log has been applied (minus the overlap). */
  since: Date
  /** The latest whole-index change already reloaded for. */
  reloadedAt: number
  /** When loading failed (retried after RETRY_LOAD_MS, not on every search). */
  failedAt?: number
}

const parse = (value: unknown) => (typeof value === "string" ? JSON.parse(value) : value)

function toRow(row: any): MirrorRow {
  return { id: row.id, document: parse(row.document), indexed: parse(row.indexed), updated_at: row.updated_at }
}

/**
 * This process's in-memory copies of the search indexes, one per physical index (index version),
 * loaded from the durable Postgres tables on the first search and kept fresh by polling the change
 * log. Until a copy is loaded, `ready` answers undefined and the caller searches Postgres.
 */
export class MirrorSet {
  private readonly states = new Map<string, State>()
  private timer?: NodeJS.Timeout
  private polling = false
  private prunedAt = Date.now()
  /** When the change log last could not be read (warned once per minute, not once per poll). */
  private failingSince?: number
  private warnedAt = 0

  constructor(
    private readonly manager: Manager,
    private readonly logger: Logger | undefined,
    private readonly catalog: (physicalName: string) => Promise<Catalog>
  ) {}

  ready(physicalName: string, indexName: string): IndexMirror | undefined {
    const state = this.states.get(physicalName)
    if (state && !(state.failedAt && Date.now() - state.failedAt > RETRY_LOAD_MS)) {
      return state.mirror
    }
    // a newer version is being read: the ones it replaced are no longer searched in this process
    for (const [name, other] of this.states) {
      if (other.index === indexName) {
        this.states.delete(name)
      }
    }
    const fresh: State = { index: indexName, since: new Date(0), reloadedAt: 0 }
    this.states.set(physicalName, fresh)
    fresh.loading = this.load(physicalName, fresh)
    return undefined
  }

  /** This process's own writes, applied at once (the poll would bring them a second later). */
  applyUpserts(physicalName: string, rows: MirrorRow[]) {
    const mirror = this.states.get(physicalName)?.mirror
    rows.forEach((row) => mirror?.upsert(row))
  }

  applyDeletes(physicalName: string, ids: string[]) {
    const mirror = this.states.get(physicalName)?.mirror
    ids.forEach((id) => mirror?.remove(id))
  }

  /** Forgets a copy (index cleared, rebuilt or deleted): the next search loads it again. */
  forget(physicalName: string) {
    this.states.delete(physicalName)
  }

  private async load(physicalName: string, state: State) {
    try {
      const { mirror, since } = await this.build(physicalName)
      if (this.states.get(physicalName) !== state) {
        return // forgotten while loading
      }
      state.since = since
      // whole-index changes before the copy was read are in it already
      state.reloadedAt = since.getTime() + OVERLAP_MS
      state.mirror = mirror
      this.startPolling()
    } catch (error) {
      // searches keep going to Postgres; a search after RETRY_LOAD_MS tries loading again
      this.logger?.warn(`[search] cannot load in-memory index ${physicalName}, answering from Postgres: ${(error as Error).message}`)
      state.failedAt = Date.now()
    } finally {
      state.loading = undefined
    }
  }

  /** A full copy of the durable table, and the log time from which changes must still be applied to it. */
  private async build(physicalName: string): Promise<{ mirror: IndexMirror; since: Date }> {
    const started = Date.now()
    const now = await databaseNow(this.manager)
    const { table_name, plan } = await this.catalog(physicalName)
    const mirror = new IndexMirror(plan)
    // a page at a time: the whole table parsed at once would double the memory the copy needs
    for (let after = ""; ; ) {
      const rows = await this.manager.execute(
        `SELECT "id", "document", "indexed", "updated_at" FROM "${table_name}" WHERE "id" > ? ORDER BY "id" LIMIT ${LOAD_SLICE}`,
        [after]
      )
      rows.forEach((row) => mirror.upsert(toRow(row)))
      if (rows.length < LOAD_SLICE) {
        break
      }
      after = rows[rows.length - 1].id
      await new Promise((resolve) => setImmediate(resolve))
    }
    this.logger?.info(`[search] in-memory index ${physicalName}: ${mirror.size} documents loaded in ${Date.now() - started} ms`)
    return { mirror, since: new Date(now.getTime() - OVERLAP_MS) }
  }

  private startPolling() {
    if (this.timer) {
      return
    }
    this.timer = setInterval(() => void this.poll(), POLL_MS)
    // never what keeps a process (or a test run) alive
    this.timer.unref()
  }

  private async poll() {
    if (this.polling) {
      return
    }
    this.polling = true
    try {
      for (const [physicalName, state] of this.states) {
        if (state.mirror && !state.loading) {
          await this.catchUp(physicalName, state)
        }
      }
      if (Date.now() - this.prunedAt > PRUNE_EVERY_MS) {
        this.prunedAt = Date.now()
        await pruneChanges(this.manager)
      }
      if (this.failingSince) {
        this.logger?.info(`[search] change log readable again after ${Math.round((Date.now() - this.failingSince) / 1000)} s`)
        this.failingSince = undefined
      }
    } catch (error) {
      // the copy keeps answering, possibly stale, until the database answers again
      this.failingSince ??= Date.now()
      if (Date.now() - this.warnedAt > 60_000) {
        this.warnedAt = Date.now()
        this.logger?.warn(`[search] cannot read the search change log: ${(error as Error).message}`)
      }
    } finally {
      this.polling = false
    }
  }

  private async catchUp(physicalName: string, state: State) {
    const { ids, everything, now } = await changesSince(this.manager, physicalName, state.since)
    if (everything && everything.getTime() > state.reloadedAt) {
      // cleared or rebuilt elsewhere: load a fresh copy, the current one serves meanwhile
      state.reloadedAt = everything.getTime()
      const { mirror, since } = await this.build(physicalName)
      if (this.states.get(physicalName) === state) {
        state.mirror = mirror
        state.since = since
      }
      return
    }
    if (ids.length) {
      await this.refresh(physicalName, state.mirror!, ids)
    }
    state.since = new Date(now.getTime() - OVERLAP_MS)
  }

  /** Re-reads changed documents from the durable table: present ones are upserted, missing ones were deleted. */
  private async refresh(physicalName: string, mirror: IndexMirror, ids: string[]) {
    const { table_name } = await this.catalog(physicalName)
    for (let offset = 0; offset < ids.length; offset += LOAD_SLICE) {
      const chunk = ids.slice(offset, offset + LOAD_SLICE)
      const rows = await this.manager.execute(
        `SELECT "id", "document", "indexed", "updated_at" FROM "${table_name}" WHERE "id" = ANY(ARRAY[${chunk.map(() => "?").join(", ")}]::text[])`,
        chunk
      )
      const found = new Map(rows.map((row) => [row.id as string, row]))
      for (const id of chunk) {
        const row = found.get(id)
        if (!row) {
          mirror.remove(id)
        } else if (!mirror.holds(toRow(row))) {
          mirror.upsert(toRow(row))
        }
      }
    }
  }
}
