import type { ConsignmentStatus } from "@ocop/domain"
import type { RunSql } from "./run-sql"

/** A consignment as this module keeps it: its lines and the point's name (producer and product names live in other modules). */
export type ConsignmentRecord = {
  id: string
  status: ConsignmentStatus
  point_id: string
  point_kind: string
  point_name: string | null
  producer_id: string
  note: string | null
  decided_as: string | null
  decided_at: Date | null
  refusal_reason: string | null
  received_at: Date | null
  created_at: Date
  lines: Array<{ variant_id: string; quantity: number }>
}

export type ConsignmentScope = { point_id?: string; producer_id?: string; ids?: string[]; status?: string }

/** Consignments with their lines and point names, newest first, filtered by point or by producer (a caller always passes its own scope). */
export async function consignmentRecords(
  sql: RunSql,
  scope: ConsignmentScope,
  page: { limit: number; offset: number }
): Promise<{ consignments: ConsignmentRecord[]; count: number }> {
  const where: string[] = ["c.deleted_at IS NULL"]
  const bindings: unknown[] = []
  if (scope.point_id) where.push("c.point_id = ?"), bindings.push(scope.point_id)
  if (scope.producer_id) where.push("c.producer_id = ?"), bindings.push(scope.producer_id)
  if (scope.ids) where.push("c.id = ANY(?)"), bindings.push(scope.ids)
  if (scope.status) where.push("c.status = ?"), bindings.push(scope.status)
  const filter = where.join(" AND ")
  const [rows, [{ count }]] = await Promise.all([
    sql(
      `SELECT c.*, COALESCE(sp.name, b.name || ' — ' || f.name) AS point_name
         FROM consignment c
         LEFT JOIN sales_point sp ON sp.id = c.point_id
         LEFT JOIN booth b ON b.id = c.point_id
         LEFT JOIN fair f ON f.id = b.fair_id
        WHERE ${filter} ORDER BY c.created_at DESC, c.id LIMIT ? OFFSET ?`,
      [...bindings, page.limit, page.offset]
    ),
    sql(`SELECT count(*)::int AS count FROM consignment c WHERE ${filter}`, bindings),
  ])
  const ids = rows.map((r: any) => r.id)
  const lines = ids.length
    ? await sql(
        `SELECT consignment_id, variant_id, quantity FROM consignment_line
          WHERE consignment_id = ANY(?) AND deleted_at IS NULL ORDER BY created_at, id`,
        [ids]
      )
    : []
  const consignments = rows.map(
    (r: any): ConsignmentRecord => ({
      id: r.id,
      status: r.status,
      point_id: r.point_id,
      point_kind: r.point_kind,
      point_name: r.point_name ?? null,
      producer_id: r.producer_id,
      note: r.note ?? null,
      decided_as: r.decided_as ?? null,
      decided_at: r.decided_at ?? null,
      refusal_reason: r.refusal_reason ?? null,
      received_at: r.received_at ?? null,
      created_at: r.created_at,
      lines: lines
        .filter((l: any) => l.consignment_id === r.id)
        .map((l: any) => ({ variant_id: l.variant_id, quantity: Number(l.quantity) })),
    })
  )
  return { consignments, count: Number(count) }
}

export type ConsignmentTransition = {
  id: string
  from: ConsignmentStatus
  to: ConsignmentStatus
  /** the caller's scope: a consignment outside it answers like an unknown id */
  scope: { point_id?: string; producer_id?: string }
  patch: Partial<Record<ConsignmentPatchField, string | Date | null>>
}

export const CONSIGNMENT_PATCHABLE = ["decided_by", "decided_as", "decided_at", "refusal_reason", "received_by", "received_at"] as const
export type ConsignmentPatchField = (typeof CONSIGNMENT_PATCHABLE)[number]

/** What a transition changed, so it can be put back. */
export type ConsignmentRestore = { id: string; status: ConsignmentStatus; to: ConsignmentStatus; values: Record<string, unknown> }

/** The consignment in the caller's scope, with the fields a transition may change (undefined when absent). */
export async function consignmentInScope(sql: RunSql, id: string, scope: ConsignmentTransition["scope"]) {
  const scopeSql = [scope.point_id ? "AND point_id = ?" : "", scope.producer_id ? "AND producer_id = ?" : ""].join(" ")
  const [current] = await sql(
    `SELECT id, status, ${CONSIGNMENT_PATCHABLE.join(", ")} FROM consignment WHERE id = ? AND deleted_at IS NULL ${scopeSql}`,
    [id, ...[scope.point_id, scope.producer_id].filter(Boolean)]
  )
  return current as (Record<ConsignmentPatchField, unknown> & { id: string; status: string }) | undefined
}

/**
 * One conditional UPDATE: the row changes only while it is still in `from`, so two clerks (or a
 * double click) cannot both receive it. Returns the row, or undefined when it was no longer in `from`.
 */
export async function moveConsignment(
  sql: RunSql,
  id: string,
  from: ConsignmentStatus,
  to: ConsignmentStatus,
  values: Record<string, unknown>
) {
  const fields = Object.keys(values)
  const [updated] = await sql(
    `UPDATE consignment SET status = ?, ${fields.map((f) => `${f} = ?`).join(", ")}${fields.length ? "," : ""} updated_at = now()
      WHERE id = ? AND status = ? AND deleted_at IS NULL RETURNING id, point_id, producer_id`,
    [to, ...fields.map((f) => values[f] ?? null), id, from]
  )
  return updated as { id: string; point_id: string; producer_id: string } | undefined
}
