import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createProductsWorkflow,
  createSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"
import { slugify, validUntil } from "@ocop/domain"
import { PRODUCER_MODULE } from "../../src/modules/producer"
import { recordCertificateWorkflow } from "../../src/workflows/record-certificate"
import { today } from "../helpers/certificates"

/** A small catalogue whose words, stars, places and prices the search behaviours are written against. */
export const SEARCH_CATALOGUE = [
  {
    title: "Nước mắm Kỳ Anh Hải Thịnh",
    stars: 5,
    province: "42",
    commune: "Xã Kỳ Anh",
    set: 9,
    producerType: "HTX",
    price: 120000,
    gi: "Nước mắm Kỳ Anh",
  },
  {
    title: "Nước mắm cá cơm Cửa Việt",
    stars: 4,
    province: "44",
    commune: "Xã Cửa Việt",
    set: 9,
    producerType: "DN_NVV",
    price: 90000,
    gi: null,
  },
  {
    title: "Kẹo Cu đơ Bà Hường",
    stars: 4,
    province: "42",
    commune: "Phường Thành Sen",
    set: 6,
    producerType: "HO_SXKD",
    price: 65000,
    gi: "Cu đơ Hà Tĩnh",
  },
  {
    title: "Bưởi Phúc Trạch Hương Khê",
    stars: 3,
    province: "42",
    commune: "Xã Phúc Trạch",
    set: 1,
    producerType: "HTX",
    price: 80000,
    gi: "Bưởi Phúc Trạch",
  },
  {
    title: "Đông trùng hạ thảo Phú Nhân",
    stars: 3,
    province: "42",
    commune: "Xã Thạch Hà",
    set: 18,
    producerType: "DN_NVV",
    price: 450000,
    gi: null,
  },
  {
    title: "Cam Vũ Quang",
    stars: 4,
    province: "42",
    commune: "Xã Vũ Quang",
    set: 1,
    producerType: "THT",
    price: 55000,
    gi: "Cam Vũ Quang",
  },
  {
    title: "Nhung hươu Hương Sơn",
    stars: 5,
    province: "42",
    commune: "Xã Sơn Kim 1",
    set: 18,
    producerType: "HTX",
    price: 1500000,
    gi: null,
  },
  {
    title: "Mật ong rừng Đakrông",
    stars: 3,
    province: "44",
    commune: "Xã Đakrông",
    set: 4,
    producerType: "DN_NVV",
    price: 200000,
    gi: null,
  },
  { title: "Mỳ gạo Hùng Lô", stars: 3, province: "44", commune: "Xã Triệu Phong", set: 6, producerType: "HO_SXKD", price: 40000, gi: null },
] as const

export type CatalogueEntry = {
  title: string
  stars: number
  province: string
  commune: string
  set: number
  producerType: string
  price: number
  gi: string | null
}

/**
 * Creates the catalogue the way products enter the marketplace: producer, draft product in the
 * online channel, then a valid certificate through the certificate workflow (which publishes it).
 * A second channel holds one more product that the storefront's key must never find.
 */
export async function seedSearchCatalogue(container: MedusaContainer) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const producers = container.resolve(PRODUCER_MODULE) as any
  const {
    result: [online, pointOfSale],
  } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Chợ OCOP trực tuyến" }, { name: "Điểm bán OCOP thử nghiệm" }] },
  })
  const {
    result: [apiKey],
  } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Storefront search contract", type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: apiKey.id, add: [online.id] } })

  const entries: { entry: CatalogueEntry; channel: string }[] = [
    ...SEARCH_CATALOGUE.map((entry) => ({ entry, channel: online.id })),
    {
      entry: { ...SEARCH_CATALOGUE[0], title: "Nước mắm chỉ bán tại quầy", gi: null },
      channel: pointOfSale.id,
    },
  ]
  const products: Record<string, { id: string; handle: string; certificate_id: string }> = {}
  for (const [position, { entry, channel }] of entries.entries()) {
    // certified one after another, ten days apart: the last one is the newest
    const issuedAt = today(-300 + position * 10)
    const producer = await producers.createProducers({
      name: `Chủ thể ${entry.title}`,
      handle: slugify(`chu the ${entry.title}`),
      type: entry.producerType,
      province_code: entry.province,
      commune: entry.commune,
    })
    const {
      result: [product],
    } = await createProductsWorkflow(container).run({
      input: {
        products: [
          {
            title: entry.title,
            handle: slugify(entry.title),
            status: "draft",
            sales_channels: [{ id: channel }],
            metadata: { geographical_indication: entry.gi },
            options: [{ title: "Quy cách", values: ["Hộp"] }],
            variants: [
              {
                title: "Hộp",
                options: { "Quy cách": "Hộp" },
                manage_inventory: false,
                prices: [{ amount: entry.price, currency_code: "vnd" }],
              },
            ],
          },
        ],
      },
    })
    await link.create({ [PRODUCER_MODULE]: { producer_id: producer.id }, [Modules.PRODUCT]: { product_id: product.id } })
    const { result: certificate } = await recordCertificateWorkflow(container).run({
      input: {
        product_id: product.id,
        decision_number: "01/QĐ-UBND",
        issuer: "UBND tỉnh",
        stars: entry.stars,
        product_set: entry.set,
        issued_at: issuedAt,
        valid_until: validUntil(issuedAt),
        status: "valid",
        actor: { type: "system", id: "search-contract" },
      } as any,
    })
    products[entry.title] = { id: product.id, handle: product.handle, certificate_id: certificate.id }
  }
  return { storeHeaders: { "x-publishable-api-key": apiKey.token }, products }
}
