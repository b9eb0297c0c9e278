import { createStep, createWorkflow, StepResponse, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isFairOpen } from "../../modules/retail/points"
import { setChannelsEnabledStep } from "./steps/set-channels-enabled"

const findBoothChannelChangesStep = createStep("find-booth-channel-changes", async (input: { now: Date | string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "booth",
    fields: ["id", "fair.starts_at", "fair.ends_at", "sales_channel.id", "sales_channel.is_disabled"],
  })
  const now = new Date(input.now)
  const changes = (data as any[])
    .filter((b) => b.sales_channel?.id && b.fair)
    .map((b) => ({ id: b.sales_channel.id as string, is_disabled: !isFairOpen(b.fair, now), was: !!b.sales_channel.is_disabled }))
    .filter((c) => c.is_disabled !== c.was)
    .map(({ id, is_disabled }) => ({ id, is_disabled }))
  return new StepResponse(changes)
})

/** Opens each booth's sales channel on its fair's first moment and closes it after the last. */
export const syncBoothChannelsWorkflow = createWorkflow("sync-booth-channels", (input: WorkflowData<{ now: Date | string }>) => {
  const changes = findBoothChannelChangesStep(input)
  setChannelsEnabledStep(changes)
  return new WorkflowResponse(transform({ changes }, ({ changes }) => changes))
})
