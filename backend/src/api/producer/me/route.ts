import type { MedusaResponse } from "@medusajs/framework/http"
import { normalizeVnMobilePhone } from "@ocop/domain"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
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
  const producers: ProducerModuleService = req.scope.resolve(PRODUCER_MODULE)
  const merged = { ...producer, ...changes }
  if (!merged.tax_code && !merged.business_registration_number) {
    return res.status(400).json({
      type: "invalid_data",
      code: "ocop.validation",
      message: "Cần mã số thuế hoặc số đăng ký kinh doanh (tax_code or business_registration_number is required)",
    })
  }
  const updated = await producers.updateProducers({
    id: producer.id,
    ...changes,
    ...(changes.phone ? { phone: normalizeVnMobilePhone(changes.phone) ?? changes.phone } : {}),
    ...(producer.approval_status === "rejected" ? { approval_status: "pending_approval" as const, rejection_reason: null } : {}),
  } as any)
  let updatedMember: any = member
  if (member_name !== undefined) {
    updatedMember = await producers.updateProducerMembers({ id: member.id, name: member_name })
  }
  res.json({ member: toPortalMember({ ...member, ...updatedMember, producer_id: member.producer_id }), producer: toPortalProducer(updated as any) })
}
