import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createStockLocationsWorkflow } from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"

export const DEMO_PRODUCER_LOGIN = { email: "producer@ocop.local", password: "ocop-producer-2026", name: "Nguyễn Văn Minh" }

/** Stock counted at the demo producer's own warehouse (the central warehouse keeps what the shop sells from). */
const DEMO_OWN_STOCK = 40

/**
 * Producer portal demo data, idempotent (runs on every start):
 * - every producer gets its own warehouse "Kho <name>" through the producer ↔ stock location link
 *   (not linked to the online sales channel, so checkout keeps shipping from the central warehouse);
 * - the demo login producer@ocop.local / ocop-producer-2026 becomes the owner of the approved demo
 *   producer with the most products, whose own warehouse holds some stock of each of its products.
 */
export async function seedProducerAccounts(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)

  const { data: rows } = await query.graph({
    entity: "producer",
    fields: [
      "id",
      "name",
      "address",
      "approval_status",
      "stock_locations.id",
      "products.id",
      "products.variants.inventory_items.inventory_item_id",
    ],
  })
  const all = rows as any[]
  const withoutWarehouse = all.filter((p) => !(p.stock_locations ?? []).filter(Boolean).length)
  if (withoutWarehouse.length) {
    const { result: locations } = await createStockLocationsWorkflow(container).run({
      input: {
        locations: withoutWarehouse.map((p) => ({
          name: `Kho ${p.name}`,
          address: { address_1: p.address ?? p.name, country_code: "vn" },
        })),
      },
    })
    await link.create(
      withoutWarehouse.map((p, i) => ({
        [PRODUCER_MODULE]: { producer_id: p.id },
        [Modules.STOCK_LOCATION]: { stock_location_id: locations[i].id },
      }))
    )
    withoutWarehouse.forEach((p, i) => (p.stock_locations = [{ id: locations[i].id }]))
    logger.info(`Producer portal: ${locations.length} producer warehouses linked.`)
  }

  if ((await producers.listProducerMembers({ email: DEMO_PRODUCER_LOGIN.email }, { take: 1 })).length) {
    return
  }
  const candidates = all
    .filter((p) => p.approval_status === "approved")
    .sort((a, b) => (b.products ?? []).length - (a.products ?? []).length || String(a.name).localeCompare(String(b.name), "vi"))
  const producer = candidates[0]
  if (!producer) {
    return
  }
  const auth = container.resolve(Modules.AUTH)
  const { success, authIdentity, error } = await auth.register("emailpass", {
    body: { email: DEMO_PRODUCER_LOGIN.email, password: DEMO_PRODUCER_LOGIN.password },
  } as any)
  if (!success || !authIdentity) {
    logger.warn(`Producer portal: demo login not created (${error})`)
    return
  }
  const member = await producers.createProducerMembers({
    producer_id: producer.id,
    email: DEMO_PRODUCER_LOGIN.email,
    name: DEMO_PRODUCER_LOGIN.name,
    role: "owner",
    auth_identity_id: authIdentity.id,
  } as any)
  await auth.updateAuthIdentities({
    id: authIdentity.id,
    app_metadata: { ...(authIdentity.app_metadata ?? {}), producer_id: member.id, producer_member_id: member.id },
  })
  const locationId = producer.stock_locations[0].id
  const itemIds: string[] = (producer.products ?? [])
    .flatMap((p: any) => (p?.variants ?? []).flatMap((v: any) => (v?.inventory_items ?? []).map((ii: any) => ii?.inventory_item_id)))
    .filter(Boolean)
  if (itemIds.length) {
    await createInventoryLevelsWorkflow(container).run({
      input: {
        inventory_levels: itemIds.map((id) => ({ inventory_item_id: id, location_id: locationId, stocked_quantity: DEMO_OWN_STOCK })),
      },
    })
  }
  logger.info(`Producer portal demo login: ${DEMO_PRODUCER_LOGIN.email} / ${DEMO_PRODUCER_LOGIN.password} (${producer.name})`)
}
