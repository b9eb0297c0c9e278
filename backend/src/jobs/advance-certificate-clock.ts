import type { MedusaContainer } from "@medusajs/framework/types"
import { expireCertificatesWorkflow } from "../workflows/expire-certificates"
import { sendExpiryNoticesWorkflow } from "../workflows/send-expiry-notices"

/**
 * Every five minutes, certificates whose validity ended are expired and delisted, and expiring-soon
 * notices that are due go out. The cart hooks check validity at the moment of sale too, so nothing
 * is sold in the gap between two runs.
 */
export async function runCertificateClock(container: MedusaContainer, now: Date) {
  const { result: expired } = await expireCertificatesWorkflow(container).run({ input: { now } })
  const { result: notices } = await sendExpiryNoticesWorkflow(container).run({ input: { now } })
  if (expired.length || notices.length) {
    container.resolve("logger").info(`OCOP clock: ${expired.length} certificate(s) expired, ${notices.length} notice(s) sent`)
  }
}

/** Medusa passes its own arguments to a job; the clock reads the real time here and only here. */
export default async function advanceCertificateClock(container: MedusaContainer) {
  await runCertificateClock(container, new Date())
}

export const config = {
  name: "advance-certificate-clock",
  schedule: "*/5 * * * *",
}
