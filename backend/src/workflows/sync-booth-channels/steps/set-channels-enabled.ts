import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Enables or disables sales channels; compensation restores the previous flags. */
export const setChannelsEnabledStep = createStep(
  "set-booth-channels-enabled",
  async (changes: Array<{ id: string; is_disabled: boolean }>, { container }) => {
    if (!changes.length) return new StepResponse([], [])
    const channels = container.resolve(Modules.SALES_CHANNEL)
    const before = await channels.listSalesChannels({ id: changes.map((c) => c.id) }, { select: ["id", "is_disabled"] })
    for (const c of changes) await channels.updateSalesChannels(c.id, { is_disabled: c.is_disabled })
    return new StepResponse(
      changes,
      before.map((b) => ({ id: b.id, is_disabled: b.is_disabled }))
    )
  },
  async (before, { container }) => {
    if (!before?.length) return
    const channels = container.resolve(Modules.SALES_CHANNEL)
    for (const b of before) await channels.updateSalesChannels(b.id, { is_disabled: b.is_disabled })
  }
)
