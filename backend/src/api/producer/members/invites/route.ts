import type { MedusaResponse } from "@medusajs/framework/http"
import { inviteProducerMemberWorkflow } from "../../../../workflows/invite-producer-member"
import { producerOf, type ProducerRequest } from "../../context"
import type { ProducerInviteMemberType } from "../../validators"

/**
 * The owner invites a second member; the link is e-mailed and returned once (url, and its token),
 * for the owner to pass on. An e-mail with another account (shopper, officer, staff) → 409.
 */
export const POST = async (req: ProducerRequest<ProducerInviteMemberType>, res: MedusaResponse) => {
  const { producer } = producerOf(req)
  const { result } = await inviteProducerMemberWorkflow(req.scope).run({
    input: { producer_id: producer.id, email: req.validatedBody.email },
  })
  res
    .status(201)
    .json({ invite: { id: result.id, token: result.token, url: result.url, email: result.email, expires_at: result.expires_at } })
}
