import type { MedusaContainer } from "@medusajs/framework/types"
import { syncBoothChannelsWorkflow } from "../workflows/sync-booth-channels"

/** Every five minutes: a booth's sales channel is enabled only between its fair's start and end. */
export async function runBoothClock(container: MedusaContainer, now: Date) {
  const { result } = await syncBoothChannelsWorkflow(container).run({ input: { now } })
  if (result.length) {
    container
      .resolve("logger")
      .info(
        `OCOP fairs: ${result.filter((c) => !c.is_disabled).length} booth(s) opened, ${result.filter((c) => c.is_disabled).length} closed`
      )
  }
}

export default async function openAndCloseFairBooths(container: MedusaContainer) {
  await runBoothClock(container, new Date())
}

export const config = {
  name: "open-and-close-fair-booths",
  schedule: "*/5 * * * *",
}
