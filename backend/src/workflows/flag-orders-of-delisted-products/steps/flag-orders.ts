import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type OrderFlag = { id: string; metadata: Record<string, unknown> | null; flag: Record<string, unknown> }

/** Marks orders for the OCOP office (metadata.ocop_flag); compensation restores the old metadata. */
export const flagOrdersStep = createStep(
  "flag-orders",
  async (flags: OrderFlag[], { container }) => {
    if (!flags.length) {
      return new StepResponse([] as string[], [] as { id: string; metadata: Record<string, unknown> | null }[])
    }
    const orders = container.resolve(Modules.ORDER)
    for (const f of flags) {
      await orders.updateOrders(f.id, { metadata: { ...(f.metadata ?? {}), ocop_flag: f.flag } } as any)
    }
    return new StepResponse(
      flags.map((f) => f.id),
      flags.map((f) => ({ id: f.id, metadata: f.metadata }))
    )
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const orders = container.resolve(Modules.ORDER)
    for (const p of previous) {
      await orders.updateOrders(p.id, { metadata: p.metadata ?? {} } as any)
    }
  }
)
