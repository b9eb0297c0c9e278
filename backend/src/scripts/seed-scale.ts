import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { MedusaModule } from "@medusajs/framework/modules-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../modules/producer"
import type ProducerModuleService from "../modules/producer/service"
import { OCOP_MODULE } from "../modules/ocop"
import type OcopModuleService from "../modules/ocop/service"
import seedOcopDemo from "./seed"
import { generateCatalogue, type ScaleCertificate, type ScaleProduct } from "./scale/catalogue"

/**
 * A national-size OCOP catalogue for search and load figures:
 *   npm run seed:scale -- --products 20000 [--seed ocop]
 * (or `medusa exec ./src/scripts/seed-scale.ts products=20000`).
 *
 * Builds on the demo seed's region, sales channel, warehouse and shipping profile (running the demo
 * seed first when the database has none). Everything is written in bulk — products through
 * createProductsWorkflow in batches, certificates, events and links through the module services —
 * then the listable products are published through updateProductsWorkflow, whose hook checks each
 * one against the shared isListable rule. Deterministic: the same seed gives the same catalogue; its
 * certificate dates are laid out back from the day of the run, so the listable share (~90%) is the
 * same whenever it runs. Refuses to run twice on one database.
 */

const CHANNEL_NAME = "Chợ OCOP trực tuyến"
const PRODUCT_BATCH = Number(process.env.SEED_SCALE_BATCH || 500)
const WRITE_BATCH = 2000
const PUBLISH_BATCH = 1000
const SEARCH_INGESTION_SUBSCRIBER = "search-ingestion"

type Options = { products: number; seed: string }

/** products=20000, --products=20000, --products 20000, or SEED_SCALE_* variables. */
export function parseScaleArgs(args: string[] = [], env = process.env): Options {
  const values: Record<string, string> = {}
  for (let i = 0; i < args.length; i++) {
    const arg = args[i].replace(/^--/, "")
    const eq = arg.indexOf("=")
    if (eq > 0) values[arg.slice(0, eq)] = arg.slice(eq + 1)
    else if (i + 1 < args.length) values[arg] = args[++i]
  }
  const products = Number(values.products ?? env.SEED_SCALE_PRODUCTS ?? 20000)
  if (!Number.isInteger(products) || products < 1 || products > 200_000) {
    throw new Error(`seed:scale needs --products between 1 and 200000, got ${values.products}`)
  }
  return { products, seed: values.seed ?? env.SEED_SCALE_SEED ?? "ocop" }
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`

/** The demo seed's region, channel, warehouse and shipping profile; runs the demo seed when they are missing. */
async function storeBasics(container: MedusaContainer) {
  const salesChannels = container.resolve(Modules.SALES_CHANNEL)
  let [channel] = await salesChannels.listSalesChannels({ name: CHANNEL_NAME })
  if (!channel) {
    await seedOcopDemo({ container, args: [] } as unknown as ExecArgs)
    ;[channel] = await salesChannels.listSalesChannels({ name: CHANNEL_NAME })
  }
  if (!channel) {
    throw new Error(`seed:scale needs the sales channel «${CHANNEL_NAME}» (npm run seed creates it on an empty database)`)
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: channels } = await query.graph({
    entity: "sales_channel",
    fields: ["id", "stock_locations.id"],
    filters: { id: channel.id },
  })
  const locationId: string | undefined = (channels[0] as any)?.stock_locations?.[0]?.id
  // the demo seed's profile, whose delivery and pickup options the shop offers (Medusa's own
  // "Default Shipping Profile" is also of type default but has no shipping options)
  const [shippingProfile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ name: "Hàng OCOP" })
  if (!locationId || !shippingProfile) {
    throw new Error("seed:scale needs the demo seed's warehouse and shipping profile")
  }
  return { channelId: channel.id, locationId, shippingProfileId: shippingProfile.id }
}

/**
 * A bulk load would otherwise index every product event one by one, in this process; the index is
 * refreshed once at the end instead (or filled by the server at start-up when it is new).
 */
function pauseSearchIngestion(container: MedusaContainer): string[] {
  const events = [...new Set(MedusaModule.getSearchIndexes().flatMap((index) => index.events ?? []))]
  const eventBus = container.resolve(Modules.EVENT_BUS)
  for (const event of events) {
    eventBus.unsubscribe(event, undefined as any, { subscriberId: SEARCH_INGESTION_SUBSCRIBER })
  }
  return events
}

function certificateData(c: ScaleCertificate) {
  const { events, ...data } = c
  return data
}

export default async function seedScaleCatalogue({ container, args }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const productModule = container.resolve(Modules.PRODUCT)
  const inventory = container.resolve(Modules.INVENTORY)
  const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const options = parseScaleArgs(args)
  const started = performance.now()
  const startedAt = new Date()

  const pausedEvents = pauseSearchIngestion(container)
  const basics = await storeBasics(container)
  const [existingProducts, existingProducers] = await Promise.all([
    productModule.listProducts({}, { select: ["handle"], take: null as any }),
    producers.listProducers({}, { select: ["handle"], take: null as any }),
  ])
  let phase = performance.now()
  const catalogue = generateCatalogue({
    products: options.products,
    seed: options.seed,
    now: startedAt,
    takenProductHandles: new Set(existingProducts.map((p) => p.handle!)),
    takenProducerHandles: new Set(existingProducers.map((p) => p.handle)),
  })
  const firstSku = catalogue.products[0].variants[0].sku
  const [existing] = await productModule.listProductVariants({ sku: firstSku }, { relations: ["product"], take: 1 })
  if (existing) {
    const seed = (existing as any).product?.metadata?.ocop_scale_seed
    logger.info(`This database already holds a scale catalogue (seed «${seed}»); nothing to do. Use a fresh database for another one.`)
    return
  }
  logger.info(
    `Generated ${catalogue.products.length} products of ${catalogue.producers.length} producers (seed «${options.seed}») in ${seconds(phase)}`
  )

  // Producers
  phase = performance.now()
  const producerIds: string[] = []
  for (const batch of chunks(catalogue.producers, WRITE_BATCH)) {
    const created = await producers.createProducers(batch.map((p) => ({ ...p, approval_status: "approved" as const })))
    const byHandle = new Map(created.map((p) => [p.handle, p.id]))
    producerIds.push(...batch.map((p) => byHandle.get(p.handle)!))
  }
  logger.info(`Producers: ${producerIds.length} in ${seconds(phase)}`)

  // Products (drafts: only a listable certificate publishes them), their producer links and stock
  phase = performance.now()
  const productIds: string[] = new Array(catalogue.products.length)
  let variants = 0
  let written = 0
  const writeBatch = async (offset: number, batch: ScaleProduct[]) => {
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: batch.map((p) => ({
          title: p.title,
          handle: p.handle,
          description: p.description,
          status: "draft" as const,
          origin_country: "vn",
          shipping_profile_id: basics.shippingProfileId,
          options: [{ title: "Quy cách", values: p.variants.map((v) => v.title) }],
          variants: p.variants.map((v) => ({
            title: v.title,
            sku: v.sku,
            barcode: v.barcode,
            manage_inventory: p.shippable,
            options: { "Quy cách": v.title },
            prices: [{ amount: v.price, currency_code: "vnd" }],
          })),
          sales_channels: [{ id: basics.channelId }],
          metadata: {
            ocop_scale_seed: options.seed,
            ...(p.geographical_indication ? { geographical_indication: p.geographical_indication } : {}),
          },
        })),
      },
    })
    const byHandle = new Map(result.map((p) => [p.handle, p.id]))
    const ids = batch.map((p) => byHandle.get(p.handle)!)
    ids.forEach((id, i) => (productIds[offset + i] = id))
    await link.create(
      batch.map((p, i) => ({
        [PRODUCER_MODULE]: { producer_id: producerIds[p.producer] },
        [Modules.PRODUCT]: { product_id: ids[i] },
      }))
    )
    const stockBySku = new Map(batch.flatMap((p) => p.variants.map((v) => [v.sku, v.stock] as const)))
    const { data: created } = await query.graph({
      entity: "variant",
      fields: ["sku", "inventory_items.inventory_item_id"],
      filters: { product_id: ids },
    })
    const levels = created.flatMap((v: any) =>
      (v.inventory_items ?? []).filter(Boolean).map((item: any) => ({
        inventory_item_id: item.inventory_item_id,
        location_id: basics.locationId,
        stocked_quantity: stockBySku.get(v.sku) ?? 0,
      }))
    )
    if (levels.length) await inventory.createInventoryLevels(levels)
    variants += created.length
    const before = written
    written += batch.length
    if (Math.floor(written / 5000) > Math.floor(before / 5000)) {
      logger.info(`  …${written} products (${seconds(phase)})`)
    }
  }
  for (const [n, batch] of chunks(catalogue.products, PRODUCT_BATCH).entries()) {
    await writeBatch(n * PRODUCT_BATCH, batch)
  }
  logger.info(`Products: ${productIds.length} with ${variants} variants in ${seconds(phase)}`)

  // Certificates: the live one of each product, then the older ones they replaced; events; links
  phase = performance.now()
  const certificateIds = new Map<string, string>()
  const createCertificates = async (rows: ScaleCertificate[], extra: (c: ScaleCertificate) => Record<string, unknown> = () => ({})) => {
    for (const batch of chunks(rows, WRITE_BATCH)) {
      const rows = batch.map((c) => ({ ...certificateData(c), ...extra(c) }))
      const created = (await ocop.createCertificates(rows as any[])) as unknown as { id: string; verification_code: string }[]
      for (const c of created) certificateIds.set(c.verification_code, c.id)
    }
  }
  const withHistory = catalogue.products.filter((p) => p.superseded)
  await createCertificates(catalogue.products.map((p) => p.certificate))
  const replacedBy = new Map(withHistory.map((p) => [p.superseded!.verification_code, p.certificate.verification_code]))
  await createCertificates(
    withHistory.map((p) => p.superseded!),
    (c) => ({ superseded_by_id: certificateIds.get(replacedBy.get(c.verification_code)!) })
  )
  const allCertificates: [ScaleProduct, number, ScaleCertificate][] = catalogue.products.flatMap((p, i) => [
    [p, i, p.certificate] as [ScaleProduct, number, ScaleCertificate],
    ...(p.superseded ? [[p, i, p.superseded] as [ScaleProduct, number, ScaleCertificate]] : []),
  ])
  const events = allCertificates.flatMap(([, , c]) =>
    c.events.map((e) => ({ ...e, certificate_id: certificateIds.get(c.verification_code)!, document_url: null }))
  )
  for (const batch of chunks(events, WRITE_BATCH)) {
    await ocop.createCertificateEvents(batch as any)
  }
  for (const batch of chunks(allCertificates, WRITE_BATCH)) {
    await link.create(
      batch.map(([, i, c]) => ({
        [Modules.PRODUCT]: { product_id: productIds[i] },
        [OCOP_MODULE]: { certificate_id: certificateIds.get(c.verification_code)! },
      }))
    )
  }
  logger.info(`Certificates: ${certificateIds.size} with ${events.length} events in ${seconds(phase)}`)

  // Publish what the shared rule lists (the update-products hook re-checks every product)
  phase = performance.now()
  const listable = productIds.filter((_, i) => catalogue.products[i].listable)
  for (const batch of chunks(listable, PUBLISH_BATCH)) {
    await updateProductsWorkflow(container).run({ input: { selector: { id: batch }, update: { status: "published" } } })
  }
  logger.info(`Published: ${listable.length} listable products in ${seconds(phase)}`)

  // After a bulk load Postgres needs fresh statistics (the planner otherwise believes the tables are
  // empty) and its GIN indexes' pending lists merged: autovacuum does both in time, but it may be off or
  // behind, and the figures measured on this catalogue must be those of a settled database.
  phase = performance.now()
  await container.resolve(ContainerRegistrationKeys.PG_CONNECTION).raw("VACUUM ANALYZE")
  logger.info(`Statistics: VACUUM ANALYZE in ${seconds(phase)}`)

  // Search: a new index is filled by the server at start-up; a live one gets what changed
  const search = container.resolve(Modules.SEARCH, { allowUnregistered: true }) as any
  let searchNote = "no Search Module registered"
  if (search && pausedEvents.length) {
    const indexes: { name: string; status: string }[] = await search.listIndexes()
    const product = indexes.find((i) => i.name === "product")
    if (product?.status === "ready") {
      phase = performance.now()
      await search.reindex({ index: "product", since: startedAt })
      searchNote = `product index refreshed in ${seconds(phase)}`
    } else {
      searchNote = `product index is ${product?.status ?? "not migrated"}: the server fills it at start-up`
    }
  }

  const count = <T>(items: T[], key: (t: T) => string | number) => {
    const m = new Map<string, number>()
    for (const t of items) m.set(String(key(t)), (m.get(String(key(t))) ?? 0) + 1)
    return [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k}: ${v}`)
      .join(", ")
  }
  const products = catalogue.products
  logger.info(
    [
      `Scale catalogue «${options.seed}» written in ${seconds(started)}:`,
      `  ${products.length} products (${listable.length} published, ${products.length - listable.length} drafts), ${variants} variants, ${catalogue.producers.length} producers in ${new Set(catalogue.producers.map((p) => p.province_code)).size} provinces`,
      `  stars ${count(products, (p) => `${p.certificate.stars}★`)}`,
      `  certificates ${count(products, (p) => p.certificate.status)}; ${withHistory.length} earlier certificates superseded`,
      `  producers ${count(catalogue.producers, (p) => p.type)}`,
      `  ${products.filter((p) => p.geographical_indication).length} products with a geographical indication; ${new Set(products.map((p) => p.product_set)).size} product sets`,
      `  search: ${searchNote}`,
    ].join("\n")
  )
}
