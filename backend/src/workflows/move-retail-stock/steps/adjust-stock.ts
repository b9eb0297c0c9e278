import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ERROR_CODES, ocopError } from "../../../lib/errors"

export type StockChange = { variant_id: string; quantity: number; from_location_id: string | null; to_location_id: string | null }
type Applied = { inventory_item_id: string; location_id: string; adjustment: number }

export const insufficientStock = (titles: string[]) =>
  ocopError(
    "NOT_ALLOWED",
    ERROR_CODES.POS_INSUFFICIENT_STOCK,
    `Không đủ hàng trong kho: ${titles.join(", ")}`,
    `Not enough stock: ${titles.join(", ")}`
  )

/**
 * Takes stock out of the source location and puts it into the destination, for every item, or
 * changes nothing: availability (stocked − reserved) is checked first, and a level that ends below
 * zero (a concurrent sale) undoes the whole step. Compensation reverses every adjustment.
 */
export const adjustStockStep = createStep(
  "adjust-retail-stock",
  async (changes: StockChange[], { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const inventory = container.resolve(Modules.INVENTORY)
    const { data: variants } = await query.graph({
      entity: "variant",
      fields: ["id", "title", "product.title", "inventory_items.inventory_item_id"],
      filters: { id: changes.map((c) => c.variant_id) },
    })
    const itemOf = new Map<string, string>()
    const titleOf = new Map<string, string>()
    for (const v of variants as any[]) {
      titleOf.set(v.id, `«${v.product?.title ?? v.title}»`)
      const item = v.inventory_items?.[0]?.inventory_item_id
      if (item) itemOf.set(v.id, item)
    }
    const missing = changes.filter((c) => !itemOf.has(c.variant_id))
    if (missing.length) {
      throw ocopError(
        "INVALID_DATA",
        ERROR_CODES.POS_VARIANT_WITHOUT_INVENTORY,
        `Sản phẩm không tồn tại hoặc không quản lý tồn kho: ${missing.map((m) => titleOf.get(m.variant_id) ?? m.variant_id).join(", ")}`,
        "Unknown variant or variant without inventory"
      )
    }
    // availability first: nothing is touched when any item is short
    const short: string[] = []
    for (const c of changes.filter((c) => c.from_location_id)) {
      const [level] = await inventory.listInventoryLevels({
        inventory_item_id: itemOf.get(c.variant_id)!,
        location_id: c.from_location_id!,
      })
      const available = level ? Number(level.stocked_quantity) - Number(level.reserved_quantity) : 0
      if (available < c.quantity) short.push(`${titleOf.get(c.variant_id)} (còn ${Math.max(0, available)})`)
    }
    if (short.length) throw insufficientStock(short)

    const applied: Applied[] = []
    const undo = async () => {
      for (const a of applied.reverse()) await inventory.adjustInventory(a.inventory_item_id, a.location_id, -a.adjustment)
    }
    try {
      for (const c of changes) {
        const item = itemOf.get(c.variant_id)!
        if (c.from_location_id) {
          const level = await inventory.adjustInventory(item, c.from_location_id, -c.quantity)
          applied.push({ inventory_item_id: item, location_id: c.from_location_id, adjustment: -c.quantity })
          if (Number(level.stocked_quantity) - Number(level.reserved_quantity) < 0) {
            throw insufficientStock([titleOf.get(c.variant_id)!])
          }
        }
        if (c.to_location_id) {
          const [level] = await inventory.listInventoryLevels({ inventory_item_id: item, location_id: c.to_location_id })
          if (!level) {
            await inventory.createInventoryLevels([{ inventory_item_id: item, location_id: c.to_location_id, stocked_quantity: 0 }])
          }
          await inventory.adjustInventory(item, c.to_location_id, c.quantity)
          applied.push({ inventory_item_id: item, location_id: c.to_location_id, adjustment: c.quantity })
        }
      }
    } catch (e) {
      await undo()
      throw e
    }
    return new StepResponse(applied, applied)
  },
  async (applied, { container }) => {
    if (!applied?.length) return
    const inventory = container.resolve(Modules.INVENTORY)
    for (const a of [...applied].reverse()) await inventory.adjustInventory(a.inventory_item_id, a.location_id, -a.adjustment)
  }
)
