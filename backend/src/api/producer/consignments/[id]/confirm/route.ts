import type { MedusaResponse } from "@medusajs/framework/http"
import type { ProducerRequest } from "../../../context"
import { decideOwnConsignment } from "../../decide"

/** The producer agrees to hand over exactly the requested lines. */
export const POST = async (req: ProducerRequest, res: MedusaResponse) => decideOwnConsignment(req, res, "confirm")
