import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, QueryContext, isPresent } from "@medusajs/framework/utils"
import { wrapProductsWithTaxPrices } from "@medusajs/medusa/api/store/products/helpers"
import {
  prepareInventoryQuantityFields,
  wrapVariantsWithInventoryQuantityForSalesChannel,
} from "@medusajs/medusa/api/utils/middlewares/products/variant-inventory-quantity"
import { transformAndValidateSalesChannelIds } from "@medusajs/medusa/api/utils/middlewares/products/filter-by-valid-sales-channels"
import { QUERY_CACHE } from "../../../lib/query-cache"
import { ORDERABLE_PRODUCT_COLUMNS, listedProductIds, pageListedProducts, type ProductOrder } from "../../../lib/catalogue/listed-products"

/**
 * How a GET /store/products query is answered from the listed products:
 * - "named": it names products (id or handle) — start from them, then let Query apply every other
 *   filter, the order and the page over those few ids (exact count);
 * - "page": a plain catalogue page (no filter) — the ids of the page and the count come from SQL;
 * - null: a filter this path does not translate (q, tags, categories, dates…) — Medusa's route answers.
 */
export type ListedReadPlan = { kind: "named" } | { kind: "page"; order: ProductOrder }

/** A plain id/handle value (one or many); undefined for anything else (operators). */
const asList = (value: unknown) =>
  typeof value === "string" ? [value] : Array.isArray(value) && value.every((v) => typeof v === "string") ? (value as string[]) : undefined

/** Parameters that only shape the answer (page, fields, price context), never which products match. */
const SHAPING_PARAMETERS = new Set([
  "limit",
  "offset",
  "order",
  "fields",
  "region_id",
  "country_code",
  "province",
  "cart_id",
  "sales_channel_id",
])
const NAMING_PARAMETERS = ["id", "handle"]

export function planListedRead(query: Record<string, unknown>): ListedReadPlan | null {
  const keys = Object.keys(query)
  const naming = NAMING_PARAMETERS.filter((k) => keys.includes(k))
  if (naming.length) {
    // plain values only; operators on id/handle ($in, $ne…) go to Medusa's route
    return naming.every((k) => asList(query[k])) ? { kind: "named" } : null
  }
  if (!keys.every((k) => SHAPING_PARAMETERS.has(k))) {
    return null
  }
  const order = query.order
  if (order === undefined || order === "") {
    // Medusa's route gives no order of its own; the oldest product first, like a fresh table reads
    return { kind: "page", order: [{ column: "created_at", direction: "ASC" }] }
  }
  const match = typeof order === "string" ? /^(-?)([a-z_]+)$/.exec(order) : null
  if (!match || !(ORDERABLE_PRODUCT_COLUMNS as readonly string[]).includes(match[2])) {
    return null
  }
  return { kind: "page", order: [{ column: match[2] as ProductOrder[number]["column"], direction: match[1] ? "DESC" : "ASC" }] }
}

/** Medusa's GET /store/products handler body, fed with the listed ids instead of the link filter's. */
export async function respondWithListedProducts(req: MedusaRequest, res: MedusaResponse, plan: ListedReadPlan) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { sales_channel_id: _channels, ...filters } = req.filterableFields as Record<string, any>
  const channelIds = transformAndValidateSalesChannelIds(req as any)
  const { skip, take } = req.queryConfig.pagination as { skip: number; take: number }

  const { fields, withInventoryQuantity } = prepareInventoryQuantityFields(req.queryConfig.fields, { relation: "variants" })
  req.queryConfig.fields = fields
  const context: Record<string, any> = {}
  if (isPresent((req as any).pricingContext)) {
    context.variants = { calculated_price: QueryContext((req as any).pricingContext) }
  }

  let products: any[] = []
  let count = 0
  if (plan.kind === "named") {
    filters.id = await listedProductIds(req.scope, { channelIds, ids: asList(filters.id), handles: asList(filters.handle) })
    if (filters.id.length) {
      const result = await query.graph(
        { entity: "product", fields: req.queryConfig.fields, filters, pagination: req.queryConfig.pagination, context },
        { ...QUERY_CACHE, locale: (req as any).locale }
      )
      products = result.data
      count = result.metadata?.count ?? products.length
    }
  } else {
    const page = await pageListedProducts(req.scope, { channelIds, order: plan.order, skip, take })
    count = page.count
    if (page.ids.length) {
      const { data } = await query.graph(
        { entity: "product", fields: req.queryConfig.fields, filters: { id: page.ids }, context },
        { ...QUERY_CACHE, locale: (req as any).locale }
      )
      const byId = new Map(data.map((p: any) => [p.id, p]))
      products = page.ids.map((id) => byId.get(id)).filter(Boolean)
    }
  }

  if (withInventoryQuantity) {
    await wrapVariantsWithInventoryQuantityForSalesChannel(
      req as any,
      products.flatMap((p) => p.variants ?? [])
    )
  }
  await wrapProductsWithTaxPrices(req as any, products)
  res.json({ products, count, offset: skip, limit: take })
}
