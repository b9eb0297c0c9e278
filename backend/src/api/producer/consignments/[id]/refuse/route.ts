import type { MedusaResponse } from "@medusajs/framework/http"
import type { ProducerRequest } from "../../../context"
import { decideOwnConsignment } from "../../decide"
import type { ProducerRefuseConsignmentType } from "../../validators"

/** The producer declines the request; nothing leaves its store. */
export const POST = async (req: ProducerRequest<ProducerRefuseConsignmentType>, res: MedusaResponse) =>
  decideOwnConsignment(req, res, "refuse", (req as any).validatedBody?.reason)
