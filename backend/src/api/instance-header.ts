import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * Names the process that answered (`X-Ocop-Instance`), so that an operator behind the load balancer,
 * and the fault suite, can tell which of several servers served a request. OCOP_INSTANCE names it
 * (the stack and compose set it); otherwise the process id, which tells nothing about the host.
 */
export function instanceHeader(name = process.env.OCOP_INSTANCE || `pid-${process.pid}`) {
  return (_req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    res.setHeader("X-Ocop-Instance", name)
    next()
  }
}
