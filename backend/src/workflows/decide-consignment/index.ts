import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { transitionConsignmentStep } from "../steps/transition-consignment"

export type DecideConsignmentInput = {
  id: string
  decision: "confirm" | "refuse"
  reason?: string | null
  /** the deciding producer's id (its own consignments only), or null for the office */
  producer_id: string | null
  actor_id: string
}

/** The producer (or the office in its place) confirms or refuses a requested consignment. */
export const decideConsignmentWorkflow = createWorkflow("decide-consignment", (input: WorkflowData<DecideConsignmentInput>) => {
  const transition = transform({ input }, ({ input }) => ({
    id: input.id,
    from: "requested" as const,
    to: input.decision === "confirm" ? ("confirmed" as const) : ("refused" as const),
    scope: input.producer_id ? { producer_id: input.producer_id } : {},
    patch: {
      decided_by: input.actor_id,
      decided_as: input.producer_id ? "producer" : "office",
      decided_at: new Date(),
      refusal_reason: input.decision === "refuse" ? (input.reason ?? null) : null,
    },
  }))
  return new WorkflowResponse(transitionConsignmentStep(transition))
})
