import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, createStockLocations, emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../../modules/producer"
import { assertIdentityUnlinkedStep } from "../steps/assert-identity-unlinked"
import { createProducerMemberStep } from "../steps/create-producer-member"
import { linkProducerLoginStep } from "../steps/link-producer-login"
import { createProducerStep, type NewProducer } from "./steps/create-producer"

import { PRODUCER_REGISTERED_EVENT } from "../../lib/events"

export { PRODUCER_REGISTERED_EVENT }

export type CreateProducerAccountInput = {
  auth_identity_id: string
  email: string
  member_name?: string | null
  producer: NewProducer
}

/**
 * A new producer signs up: the profile (awaiting the office's approval), its owner member, its own
 * warehouse "Kho <name>" linked to the producer and the online sales channel, and the login linked
 * to the member. Any failure undoes every step.
 */
export const createProducerAccountWorkflow = createWorkflow(
  "create-producer-account",
  (input: WorkflowData<CreateProducerAccountInput>) => {
    assertIdentityUnlinkedStep(transform({ input }, ({ input }) => ({ auth_identity_id: input.auth_identity_id, email: input.email })))
    const producer = createProducerStep(transform({ input }, ({ input }) => input.producer))
    const member = createProducerMemberStep(
      transform({ input, producer }, ({ input, producer }) => ({
        producer_id: producer.id,
        email: input.email,
        name: input.member_name ?? null,
        role: "owner" as const,
        auth_identity_id: input.auth_identity_id,
      }))
    )
    const locations = createStockLocations(
      transform({ input, producer }, ({ input, producer }) => [
        {
          name: `Kho ${producer.name}`,
          address: {
            address_1: input.producer.address,
            city: input.producer.commune ?? undefined,
            country_code: "vn",
            phone: input.producer.phone,
          },
        },
      ])
    )
    const { data: stores } = useQueryGraphStep({ entity: "store", fields: ["id", "default_sales_channel_id"] })
    const links = transform({ producer, locations, stores }, ({ producer, locations, stores }): LinkDefinition[] => {
      const channel = (stores as any[])[0]?.default_sales_channel_id
      return [
        { [PRODUCER_MODULE]: { producer_id: producer.id }, [Modules.STOCK_LOCATION]: { stock_location_id: locations[0].id } },
        ...(channel
          ? [{ [Modules.SALES_CHANNEL]: { sales_channel_id: channel }, [Modules.STOCK_LOCATION]: { stock_location_id: locations[0].id } }]
          : []),
      ]
    })
    createRemoteLinkStep(links)
    linkIdentityToMember(input.auth_identity_id, member.id)
    emitEventStep({
      eventName: PRODUCER_REGISTERED_EVENT,
      data: transform({ producer }, ({ producer }) => ({ id: producer.id })),
    })
    return new WorkflowResponse({ producer, member })
  }
)

/** The login points to its member (app_metadata.producer_id and producer_member_id). */
export function linkIdentityToMember(authIdentityId: WorkflowData<string> | string, memberId: WorkflowData<string> | string) {
  linkProducerLoginStep(
    transform({ authIdentityId, memberId }, ({ authIdentityId, memberId }) => ({ auth_identity_id: authIdentityId, member_id: memberId }))
  )
}
