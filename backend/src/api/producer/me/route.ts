import type { MedusaResponse } from "@medusajs/framework/http"
import { ERROR_CODES, ocopError } from "../../../lib/errors"
import { updateProducerProfileWorkflow } from "../../../workflows/update-producer-profile"
import { producerOf, type ProducerRequest } from "../context"
import { toPortalMember, toPortalProducer } from "../serialize"
import type { ProducerProfileUpdateType } from "../validators"

export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  const { member, producer } = producerOf(req)
  res.json({ member: toPortalMember(member), producer: toPortalProducer(producer) })
}

/**
 * Edits the producer profile (any member) and the caller's own name. A rejected producer that edits
 * its profile goes back to the office's queue (pending_approval).
 */
export const POST = async (req: ProducerRequest<ProducerProfileUpdateType>, res: MedusaResponse) => {
  const { member, producer } = producerOf(req)
  const { member_name, ...changes } = req.validatedBody
  const merged = { ...producer, ...changes }
  if (!merged.tax_code && !merged.business_registration_number) {
    throw ocopError(
      "INVALID_DATA",
      ERROR_CODES.VALIDATION,
      "Cần mã số thuế hoặc số đăng ký kinh doanh",
      "tax_code or business_registration_number is required"
    )
  }
  const { result } = await updateProducerProfileWorkflow(req.scope).run({
    input: { producer_id: producer.id, changes, member_id: member.id, ...(member_name !== undefined ? { member_name } : {}) },
  })
  const updated = result.producer
  const updatedMember: any = result.member ?? member
  res.json({
    member: toPortalMember({ ...member, ...updatedMember, producer_id: member.producer_id }),
    producer: toPortalProducer(updated as any),
  })
}
