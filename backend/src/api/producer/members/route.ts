import type { MedusaResponse } from "@medusajs/framework/http"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { producerOf, type ProducerRequest } from "../context"
import { toPortalMember } from "../serialize"

/** The producer's members, and the invites still open. */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  const { producer, member } = producerOf(req)
  const producers: ProducerModuleService = req.scope.resolve(PRODUCER_MODULE)
  const members = await producers.listProducerMembers({ producer_id: producer.id } as any, { order: { created_at: "ASC" } })
  const invites =
    member.role === "owner"
      ? await producers.listProducerInvites({ producer_id: producer.id, accepted_at: null, expires_at: { $gt: new Date() } } as any, {
          order: { created_at: "DESC" },
        })
      : []
  res.json({
    members: members.map((m) => toPortalMember({ ...(m as any), producer_id: producer.id })),
    invites: invites.map((i: any) => ({ id: i.id, email: i.email, expires_at: i.expires_at })),
  })
}
