import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Orders not yet completed or canceled that hold any of the products. */
export const findOpenOrdersWithProductsStep = createStep("find-open-orders-with-products", async (productIds: string[], { container }) => {
  if (!productIds.length) {
    return new StepResponse([] as { id: string; metadata: Record<string, unknown> | null; product_ids: string[] }[])
  }
  const orders = await container
    .resolve(Modules.ORDER)
    .listOrders({ status: ["pending", "requires_action"], items: { product_id: productIds } } as any, {
      select: ["id", "metadata"],
      relations: ["items"],
    })
  return new StepResponse(
    orders.map((o: any) => ({
      id: o.id,
      metadata: o.metadata ?? null,
      product_ids: [...new Set((o.items ?? []).map((i: any) => i.product_id).filter((id: string) => productIds.includes(id)))] as string[],
    }))
  )
})
