import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ERROR_CODES, ocopError } from "../../lib/errors"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"

/** A login belongs to at most one producer: refuses an identity (or email) that already has a member. */
export const assertIdentityUnlinkedStep = createStep(
  "assert-identity-unlinked",
  async (input: { auth_identity_id: string; email: string }, { container }) => {
    const identity = await container.resolve(Modules.AUTH).retrieveAuthIdentity(input.auth_identity_id)
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const existing = await producers.listProducerMembers({ email: input.email.trim().toLowerCase() }, { take: 1 })
    if (identity.app_metadata?.producer_id || existing.length) {
      throw ocopError(
        "INVALID_DATA",
        ERROR_CODES.PRODUCER_ALREADY_MEMBER,
        "Tài khoản này đã thuộc một chủ thể OCOP",
        "This login already belongs to a producer"
      )
    }
    return new StepResponse(identity.id)
  }
)
