import type { MedusaResponse } from "@medusajs/framework/http"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { producerOf, type ProducerRequest } from "../context"
import { toPortalMember } from "../serialize"

/** The producer's members, and the invites still open. */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  const { producer, member } = producerOf(req)
  const producers: ProducerModuleService = req.scope.resolve(PRODUCER_MODULE)
  const members = await producers.listMembersOfProducer(producer.id)
  const invites = member.role === "owner" ? await producers.listOpenInvites(producer.id) : []
  res.json({
    members: members.map((m) => toPortalMember({ ...(m as any), producer_id: producer.id })),
    invites: invites.map((i: any) => ({ id: i.id, email: i.email, expires_at: i.expires_at })),
  })
}
