import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { currentProvinceCode, producerTypeFromLabel, productSet, provinceName, slugify, validUntil } from "@ocop/domain"
import { PICKUP_FULFILLMENT_SET_TYPE, SHIPPING_OPTION_TYPE_CODES } from "@ocop/contract"
import { PRODUCER_MODULE } from "../modules/producer"
import type ProducerModuleService from "../modules/producer/service"
import { expireCertificatesWorkflow } from "../workflows/expire-certificates"
import { recordCertificateWorkflow } from "../workflows/record-certificate"
import { transitionCertificateWorkflow } from "../workflows/transition-certificate"
import dataset from "./data/ocop-demo-dataset.json"
import { SCRIPTED_TRANSITIONS, SUPERSEDED_BY } from "./data/demo-scenarios"
import { seedProgrammeTargets } from "./seed-programme-targets"
import { seedProducerAccounts } from "./seed/producer-accounts"
import { seedRetailDemo } from "./seed/retail"
import { createStoreBasics } from "./seed/store-basics"

type DemoRecord = (typeof dataset.records)[number]

const STOCK_PER_VARIANT = 100
const STANDARD_SHIPPING_VND = 30000

/** Demo records that start a product (a "b" record is a later certificate of the same product). */
const productRecords = dataset.records.filter((r) => !Object.values(SUPERSEDED_BY).some((s) => s.newer === r.id))
const newerRecord = (r: DemoRecord) => {
  const newer = SUPERSEDED_BY[r.id]?.newer
  return newer ? dataset.records.find((x) => x.id === newer)! : undefined
}

function legacyAddress(r: DemoRecord): string {
  const commune = /^\d+$/.test(r.commune) ? `Phường ${r.commune}` : r.commune
  return `${commune}, ${r.district}, ${provinceName(currentProvinceCode(r.prov) ?? r.prov) ?? r.prov} (địa chỉ trước 1/7/2025)`
}

/** The dataset's GI / collective mark, without its editorial notes; proposals in brackets drop out entirely. */
function geographicalIndication(r: DemoRecord): string {
  return r.gi.replace(/\s*\(.*?\)\s*/g, " ").trim()
}

function description(r: DemoRecord): string {
  const set = productSet(r.bo)
  const parts = [
    `${r.name} của ${r.producer}, ${r.commune}, ${r.district}.`,
    set ? `Bộ sản phẩm OCOP: ${set.vi}.` : "",
    geographicalIndication(r) ? `Gắn với ${geographicalIndication(r)}.` : "",
  ]
  return parts.filter(Boolean).join(" ")
}

/** The demo has known logins (producer, counter): never in production unless asked for by name. */
export function assertDemoSeedAllowed(env: Record<string, string | undefined> = process.env) {
  if (env.NODE_ENV === "production" && env.OCOP_ALLOW_DEMO_SEED !== "true") {
    throw new Error(
      "Không chạy dữ liệu demo khi NODE_ENV=production (the demo seed creates known producer and counter logins; " +
        "run src/scripts/setup-store.ts instead, or set OCOP_ALLOW_DEMO_SEED=true for a throw-away demo)"
    )
  }
}

export default async function seedOcopDemo({ container }: ExecArgs) {
  assertDemoSeedAllowed()
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const producerService: ProducerModuleService = container.resolve(PRODUCER_MODULE)
  const now = new Date()

  if ((await producerService.listProducers({}, { take: 1 })).length) {
    logger.info("OCOP demo data already seeded; nothing to do.")
    await seedProducerAccounts(container)
    return seedRetailDemo(container) // points of sale arrive on catalogues seeded before them
  }

  logger.info("Seeding store, region Việt Nam (VND), sales channel and publishable key…")
  const { salesChannel, region, apiKey } = await createStoreBasics(container)

  logger.info("Seeding warehouse and shipping…")
  const {
    result: [warehouse],
  } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: "Kho OCOP Hà Tĩnh",
          address: { address_1: "Phường Thành Sen", city: "Hà Tĩnh", country_code: "vn" },
        },
      ],
    },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: warehouse.id, add: [salesChannel.id] } })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: warehouse.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
  const {
    result: [shippingProfile],
  } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Hàng OCOP", type: "default" }] },
  })
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const fulfillmentSet = await fulfillment.createFulfillmentSets({
    name: "Giao hàng toàn quốc",
    type: "shipping",
    service_zones: [{ name: "Việt Nam", geo_zones: [{ country_code: "vn", type: "country" }] }],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: warehouse.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })
  // The provincial OCOP centre at the warehouse is also a point of sale: shoppers may collect there.
  const pickupSet = await fulfillment.createFulfillmentSets({
    name: "Nhận tại điểm bán OCOP",
    // what makes its options pickups, for the backend and the storefront alike (never the names)
    type: PICKUP_FULFILLMENT_SET_TYPE,
    service_zones: [{ name: "Điểm bán OCOP Hà Tĩnh", geo_zones: [{ country_code: "vn", type: "country" }] }],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: warehouse.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: pickupSet.id },
  })
  await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Nhận tại Điểm giới thiệu sản phẩm OCOP Hà Tĩnh (Phường Thành Sen)",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: pickupSet.service_zones[0].id,
        shipping_profile_id: shippingProfile.id,
        type: { label: "Nhận tại điểm bán", description: "Miễn phí, nhận sau 1 ngày làm việc", code: SHIPPING_OPTION_TYPE_CODES.pickup },
        prices: [
          { currency_code: "vnd", amount: 0 },
          { region_id: region.id, amount: 0 },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
      {
        name: "Giao hàng tiêu chuẩn (3–5 ngày)",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: fulfillmentSet.service_zones[0].id,
        shipping_profile_id: shippingProfile.id,
        type: { label: "Tiêu chuẩn", description: "Giao trong 3–5 ngày", code: SHIPPING_OPTION_TYPE_CODES.standard },
        prices: [
          { currency_code: "vnd", amount: STANDARD_SHIPPING_VND },
          { region_id: region.id, amount: STANDARD_SHIPPING_VND },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })

  logger.info(`Seeding ${new Set(productRecords.map((r) => r.producer)).size} producers…`)
  const producerByName = new Map<string, string>()
  for (const r of productRecords) {
    if (producerByName.has(r.producer)) {
      continue
    }
    const province = currentProvinceCode(r.prov) ?? r.prov
    const producer = await producerService.createProducers({
      name: r.producer,
      handle: slugify(r.producer),
      type: producerTypeFromLabel(r.ptype) ?? "HO_SXKD",
      province_code: province,
      commune: r.map !== "unmapped" && !r.new_commune.startsWith("(") ? r.new_commune : null,
      address: legacyAddress(r),
      legacy_address: legacyAddress(r),
      story: `${r.producer} làm ra sản phẩm «${r.name}» tại ${r.commune}, ${r.district}.`,
    })
    producerByName.set(r.producer, producer.id)
  }

  logger.info(`Seeding ${productRecords.length} products (as drafts: only a valid certificate publishes them)…`)
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: productRecords.map((r) => {
        const current = newerRecord(r) ?? r
        return {
          title: r.name,
          handle: slugify(r.name),
          description: description(current),
          status: "draft" as const,
          shipping_profile_id: shippingProfile.id,
          options: [{ title: "Quy cách", values: [current.sku] }],
          variants: [
            {
              title: current.sku,
              sku: `OCOP-${r.id}`,
              manage_inventory: true,
              options: { "Quy cách": current.sku },
              prices: [{ amount: current.price, currency_code: "vnd" }],
            },
          ],
          sales_channels: [{ id: salesChannel.id }],
          metadata: {
            ocop_demo_id: r.id,
            demo_provenance: current.src,
            geographical_indication: geographicalIndication(current) || null,
          },
        }
      }),
    },
  })
  const productByRecord = new Map(products.map((p) => [p.metadata?.ocop_demo_id as string, p]))
  await link.create(
    productRecords.map((r) => ({
      [PRODUCER_MODULE]: { producer_id: producerByName.get(r.producer)! },
      [Modules.PRODUCT]: { product_id: productByRecord.get(r.id)!.id },
    }))
  )

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: inventoryItems } = await query.graph({ entity: "inventory_item", fields: ["id"] })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: inventoryItems.map((item: any) => ({
        location_id: warehouse.id,
        stocked_quantity: STOCK_PER_VARIANT,
        inventory_item_id: item.id,
      })),
    },
  })

  logger.info("Recording certificates through the certificate workflows…")
  const actor = { type: "system", id: "demo-seed" }
  const certificateByRecord = new Map<string, string>()
  const record = async (r: DemoRecord, productId: string, supersedes?: { certificate_id: string; reason: string }) => {
    const { result } = await recordCertificateWorkflow(container).run({
      input: {
        product_id: productId,
        verification_code: `VN-${r.id.toUpperCase()}`,
        decision_number: r.dec,
        issuer: r.issuer,
        stars: r.stars,
        product_set: r.bo,
        issued_at: r.issued,
        valid_until: r.valid_until || validUntil(r.issued),
        status: "valid",
        legacy_address: legacyAddress(r),
        actor,
        reason: "Dữ liệu demo (ocop-demo-dataset)",
        supersedes,
        now,
      },
    })
    certificateByRecord.set(r.id, result.id)
  }
  for (const r of productRecords) {
    const productId = productByRecord.get(r.id)!.id
    await record(r, productId)
    // right after recording: HT24's validity already ended, and the certificate clock (a scheduled
    // job that may fire while the seed runs) would expire it before its extension is recorded
    const scripted = SCRIPTED_TRANSITIONS[r.id]
    if (scripted) {
      await transitionCertificateWorkflow(container).run({
        input: { certificate_id: certificateByRecord.get(r.id)!, actor, now, ...scripted },
      })
    }
    const newer = newerRecord(r)
    if (newer) {
      await record(newer, productId, { certificate_id: certificateByRecord.get(r.id)!, reason: SUPERSEDED_BY[r.id].reason })
    }
  }
  const { result: expired } = await expireCertificatesWorkflow(container).run({ input: { now } })

  const { data: published } = await query.graph({
    entity: "product",
    fields: ["id"],
    filters: { status: "published" },
  })
  logger.info(`Seeded ${products.length} products: ${published.length} listed, ${expired.length} certificates expired by the clock.`)
  logger.info(`PUBLISHABLE_KEY=${apiKey.token}`)
  await seedProgrammeTargets(container)
  await seedProducerAccounts(container)
  await seedRetailDemo(container)
}
