import type { MedusaContainer } from "@medusajs/framework/types"
import { expireCertificatesWorkflow } from "../workflows/expire-certificates"

/**
 * Every five minutes, certificates whose validity ended are expired and delisted. The cart hooks
 * check validity at the moment of sale too, so nothing is sold in the gap between two runs.
 */
export default async function advanceCertificateClock(container: MedusaContainer) {
  const { result } = await expireCertificatesWorkflow(container).run({ input: { now: new Date() } })
  if (result.length) {
    container.resolve("logger").info(`OCOP clock: ${result.length} certificate(s) expired`)
  }
}

export const config = {
  name: "advance-certificate-clock",
  schedule: "*/5 * * * *",
}
