import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { canDecideProducer, PRODUCER_DECISION_TARGET, type ProducerDecision } from "@ocop/domain"
import { ERROR_CODES, ocopError } from "../../../lib/errors"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export type { ProducerDecision }

/** Records the office's decision on a producer; compensation restores the previous decision. */
export const updateProducerApprovalStep = createStep(
  "update-producer-approval",
  async (input: { producer_id: string; decision: ProducerDecision; reason?: string | null; now?: Date }, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const [before] = await producers.listProducers({ id: input.producer_id }, { take: 1 })
    if (!before) {
      throw ocopError("NOT_FOUND", ERROR_CODES.PRODUCER_NOT_FOUND, "Không tìm thấy chủ thể", "Producer not found")
    }
    if (!canDecideProducer(before.approval_status, input.decision)) {
      throw ocopError(
        "NOT_ALLOWED",
        ERROR_CODES.PRODUCER_DECISION_NOT_ALLOWED,
        `Không thể ${input.decision === "approve" ? "phê duyệt" : input.decision === "reject" ? "từ chối" : "tạm dừng"} chủ thể đang ở trạng thái ${before.approval_status}`,
        `Cannot ${input.decision} a producer that is ${before.approval_status}`
      )
    }
    const updated = await producers.updateProducers({
      id: before.id,
      approval_status: PRODUCER_DECISION_TARGET[input.decision],
      rejection_reason: input.decision === "approve" ? null : (input.reason ?? null),
      approval_decided_at: input.now ?? new Date(),
    })
    return new StepResponse(updated, {
      id: before.id,
      approval_status: before.approval_status,
      rejection_reason: before.rejection_reason,
      approval_decided_at: before.approval_decided_at,
    })
  },
  async (previous, { container }) => {
    if (!previous) return
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producers.updateProducers(previous as any)
  }
)
