import type { MedusaResponse } from "@medusajs/framework/http"
import { ERROR_CODES, ocopError } from "../../../../lib/errors"
import { PRODUCER_MODULE } from "../../../../modules/producer"
import type ProducerModuleService from "../../../../modules/producer/service"
import { removeProducerMemberWorkflow } from "../../../../workflows/remove-producer-member"
import { notFound, producerOf, type ProducerRequest } from "../../context"

/** The owner removes another member of the same producer (never themself). */
export const DELETE = async (req: ProducerRequest, res: MedusaResponse) => {
  const { producer, member: caller } = producerOf(req)
  const producers: ProducerModuleService = req.scope.resolve(PRODUCER_MODULE)
  const [member] = await producers.listProducerMembers({ id: req.params.id, producer_id: producer.id } as any, { take: 1 })
  if (!member) {
    throw notFound("thành viên")
  }
  if (member.id === caller.id) {
    throw ocopError("NOT_ALLOWED", ERROR_CODES.PRODUCER_CANNOT_REMOVE_SELF, "Không thể tự xoá chính mình", "You cannot remove yourself")
  }
  await removeProducerMemberWorkflow(req.scope).run({ input: { member_id: member.id, auth_identity_id: member.auth_identity_id ?? null } })
  res.json({ id: member.id, object: "producer_member", deleted: true })
}
