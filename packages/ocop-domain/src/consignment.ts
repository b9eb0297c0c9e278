/**
 * Consignment of a producer's goods to a point of sale or booth. Stock leaves the producer only with
 * the producer's consent (or the OCOP office's approval), and only once.
 */
export type ConsignmentStatus = "requested" | "confirmed" | "refused" | "received";

export const CONSIGNMENT_STATUSES: readonly ConsignmentStatus[] = ["requested", "confirmed", "refused", "received"];

export const CONSIGNMENT_TRANSITIONS: Record<ConsignmentStatus, readonly ConsignmentStatus[]> = {
  requested: ["confirmed", "refused"],
  confirmed: ["received"],
  refused: [],
  received: [],
};

export function canTransitionConsignment(from: ConsignmentStatus, to: ConsignmentStatus): boolean {
  return CONSIGNMENT_TRANSITIONS[from]?.includes(to) ?? false;
}

export const CONSIGNMENT_STATUS_LABELS: Record<ConsignmentStatus, { vi: string; en: string }> = {
  requested: { vi: "Chờ chủ thể xác nhận", en: "Awaiting the producer" },
  confirmed: { vi: "Đã xác nhận, chờ nhận hàng", en: "Confirmed, awaiting receipt" },
  refused: { vi: "Bị từ chối", en: "Refused" },
  received: { vi: "Đã nhận hàng", en: "Received" },
};
