import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@mikro-orm/knex"
import { Producer } from "./models/producer"
import { ProducerInvite } from "./models/producer-invite"
import { ProducerMember } from "./models/producer-member"
import { ProducerUpload } from "./models/producer-upload"

/**
 * The producer module: producers, their members and invites, and what they uploaded. Beside the
 * generated methods it answers the portal's own questions about its tables, so no route reads them
 * in SQL.
 */
class ProducerModuleService extends MedusaService({ Producer, ProducerMember, ProducerInvite, ProducerUpload }) {
  /** The member a producer login points to, with its producer; null when either no longer exists. */
  async retrieveMemberWithProducer(memberId: string, sharedContext?: Context) {
    const [member] = await this.listProducerMembers({ id: memberId }, { take: 1, relations: ["producer"] }, sharedContext)
    const producer = (member as any)?.producer
    if (!member || !producer) return null
    return { member, producer }
  }

  /** The producer's members, the earliest (its owner) first. */
  async listMembersOfProducer(producerId: string, sharedContext?: Context) {
    return this.listProducerMembers({ producer_id: producerId } as any, { order: { created_at: "ASC" } }, sharedContext)
  }

  /** The invites of a producer that can still be accepted (not accepted, not expired), newest first. */
  async listOpenInvites(producerId: string, now: Date = new Date(), sharedContext?: Context) {
    return this.listProducerInvites(
      { producer_id: producerId, accepted_at: null, expires_at: { $gt: now } } as any,
      { order: { created_at: "DESC" } },
      sharedContext
    )
  }

  /** What the producer keeps uploaded, counted against its quota: files and bytes in one statement. */
  @InjectManager()
  async uploadAllowanceUsed(producerId: string, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    const [row] = await sharedContext.manager!.execute(
      `SELECT count(*)::int AS files, COALESCE(sum(size), 0)::bigint AS bytes FROM producer_upload WHERE producer_id = ? AND deleted_at IS NULL`,
      [producerId]
    )
    return { files: Number(row?.files ?? 0), bytes: Number(row?.bytes ?? 0) }
  }
}

export default ProducerModuleService
