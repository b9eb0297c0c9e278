/**
 * The OCOP office's decisions on a producer (chủ thể): the approval state machine, once. The
 * backend's workflow refuses a decision this table does not allow; the admin offers only these.
 */
export const PRODUCER_APPROVAL_STATUSES = ["pending_approval", "approved", "rejected", "suspended"] as const;
export type ProducerApprovalStatus = (typeof PRODUCER_APPROVAL_STATUSES)[number];

export const PRODUCER_DECISIONS = ["approve", "reject", "suspend"] as const;
export type ProducerDecision = (typeof PRODUCER_DECISIONS)[number];

/** The state each decision leads to. */
export const PRODUCER_DECISION_TARGET: Readonly<Record<ProducerDecision, ProducerApprovalStatus>> = {
  approve: "approved",
  reject: "rejected",
  suspend: "suspended",
};

/** Which states each decision may start from: a rejection ends an application, a suspension stops a seller. */
export const PRODUCER_DECISION_FROM: Readonly<Record<ProducerDecision, readonly ProducerApprovalStatus[]>> = {
  approve: ["pending_approval", "rejected", "suspended"],
  reject: ["pending_approval"],
  suspend: ["approved", "pending_approval"],
};

export function isProducerDecision(value: unknown): value is ProducerDecision {
  return (PRODUCER_DECISIONS as readonly unknown[]).includes(value);
}

export function canDecideProducer(from: string, decision: ProducerDecision): boolean {
  return (PRODUCER_DECISION_FROM[decision] as readonly string[]).includes(from);
}

/** The decisions the office may take on a producer in `status`, in display order. */
export function producerDecisionsFrom(status: string): ProducerDecision[] {
  return PRODUCER_DECISIONS.filter((d) => canDecideProducer(status, d));
}
