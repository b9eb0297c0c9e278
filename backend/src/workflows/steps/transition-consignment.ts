import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ConsignmentStatus } from "@ocop/domain"
import { consignmentNotFound, consignmentNotInState } from "../../lib/retail/consignments"
import { sql } from "../../lib/retail/sql"

export type ConsignmentTransition = {
  id: string
  from: ConsignmentStatus
  to: ConsignmentStatus
  /** the caller's scope: a consignment outside it answers like an unknown id */
  scope: { point_id?: string; producer_id?: string }
  patch: Partial<Record<"decided_by" | "decided_as" | "decided_at" | "refusal_reason" | "received_by" | "received_at", string | Date | null>>
}

const PATCHABLE = ["decided_by", "decided_as", "decided_at", "refusal_reason", "received_by", "received_at"] as const

/**
 * Moves a consignment from one state to the next in one conditional UPDATE, so two clerks (or a
 * double click) cannot both receive it and a producer cannot confirm what was already refused.
 * Compensation puts the previous state and fields back.
 */
export const transitionConsignmentStep = createStep(
  "transition-consignment",
  async (input: ConsignmentTransition, { container }) => {
    const scopeSql = [
      input.scope.point_id ? "AND point_id = ?" : "",
      input.scope.producer_id ? "AND producer_id = ?" : "",
    ].join(" ")
    const scopeBindings = [input.scope.point_id, input.scope.producer_id].filter(Boolean)
    const [current] = await sql(
      container,
      `SELECT id, status, ${PATCHABLE.join(", ")} FROM consignment WHERE id = ? AND deleted_at IS NULL ${scopeSql}`,
      [input.id, ...scopeBindings]
    )
    if (!current) throw consignmentNotFound()
    const fields = PATCHABLE.filter((f) => f in input.patch)
    const [updated] = await sql(
      container,
      `UPDATE consignment SET status = ?, ${fields.map((f) => `${f} = ?`).join(", ")}${fields.length ? "," : ""} updated_at = now()
        WHERE id = ? AND status = ? AND deleted_at IS NULL RETURNING id, point_id, producer_id`,
      [input.to, ...fields.map((f) => input.patch[f] ?? null), input.id, input.from]
    )
    if (!updated) throw consignmentNotInState(current.status, input.to)
    const previous = { id: input.id, status: input.from, to: input.to, values: Object.fromEntries(fields.map((f) => [f, current[f] ?? null])) }
    return new StepResponse(updated as { id: string; point_id: string; producer_id: string }, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const fields = Object.keys(previous.values)
    await sql(
      container,
      `UPDATE consignment SET status = ?, ${fields.map((f) => `${f} = ?`).join(", ")}${fields.length ? "," : ""} updated_at = now()
        WHERE id = ? AND status = ?`,
      [previous.status, ...fields.map((f) => previous.values[f]), previous.id, previous.to]
    )
  }
)
