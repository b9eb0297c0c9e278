import type { MedusaContainer } from "@medusajs/framework/types"
import { expireCertificatesWorkflow } from "../workflows/expire-certificates"
import { sendExpiryNoticesWorkflow } from "../workflows/send-expiry-notices"

/**
 * Every five minutes, certificates whose validity ended are expired and delisted, and expiring-soon
 * notices that are due go out. The cart hooks check validity at the moment of sale too, so nothing
 * is sold in the gap between two runs.
 */
export default async function advanceCertificateClock(container: MedusaContainer, now = new Date()) {
  const { result: expired } = await expireCertificatesWorkflow(container).run({ input: { now } })
  const { result: notices } = await sendExpiryNoticesWorkflow(container).run({ input: { now } })
  if (expired.length || notices.length) {
    container.resolve("logger").info(`OCOP clock: ${expired.length} certificate(s) expired, ${notices.length} notice(s) sent`)
  }
}

export const config = {
  name: "advance-certificate-clock",
  schedule: "*/5 * * * *",
}
