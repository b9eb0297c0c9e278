import {
  applyDefaultFilters,
  clearFiltersByKey,
  validateAndTransformQuery,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { ProductStatus } from "@medusajs/framework/utils"
import { StoreGetProductsParams } from "@medusajs/medusa/api/store/products/validators"
import { listProductQueryConfig } from "@medusajs/medusa/api/store/products/query-config"
import {
  filterByValidSalesChannels,
  transformAndValidateSalesChannelIds,
} from "@medusajs/medusa/api/utils/middlewares/products/filter-by-valid-sales-channels"
import { normalizeDataForContext, setPricingContext, setTaxContext } from "@medusajs/medusa/api/utils/middlewares/products/index"
import { ocopError } from "../../../lib/errors"
import { listedProductIds } from "../../../lib/catalogue/listed-products"
import { planListedRead, respondWithListedProducts } from "./listed-read"

/** The most products one store page may ask for; Medusa's stock route takes any number (limit=100000). */
export const STORE_PRODUCTS_MAX_LIMIT = 100

function refuseOversizedLimit(req: MedusaRequest) {
  const limit = req.query.limit
  if (limit !== undefined && Number(limit) > STORE_PRODUCTS_MAX_LIMIT) {
    throw ocopError(
      "INVALID_DATA",
      "ocop.store.limit_too_large",
      `Mỗi trang lấy tối đa ${STORE_PRODUCTS_MAX_LIMIT} sản phẩm (limit=${String(limit).slice(0, 20)})`,
      `A page holds at most ${STORE_PRODUCTS_MAX_LIMIT} products`
    )
  }
}

/** Stock GET /store/products preparation, minus the link filter that loads every product of the channel. */
const stockPreparation = [
  validateAndTransformQuery(StoreGetProductsParams as any, listProductQueryConfig),
  filterByValidSalesChannels(),
  applyDefaultFilters({
    status: ProductStatus.PUBLISHED,
    categories: ((filters: any) => {
      const categoryIds = filters.category_id
      delete filters.category_id
      return categoryIds ? { id: categoryIds, is_internal: false, is_active: true } : undefined
    }) as any,
  }),
  normalizeDataForContext(),
  setPricingContext(),
  setTaxContext(),
  clearFiltersByKey(["region_id", "country_code", "province", "cart_id"]),
]

async function runEach(middlewares: any[], req: MedusaRequest, res: MedusaResponse) {
  for (const middleware of middlewares) {
    await new Promise<void>((resolve, reject) => {
      Promise.resolve(middleware(req, res, (error?: unknown) => (error ? reject(error) : resolve()))).catch(reject)
    })
  }
}

/**
 * GET /store/products (the list) answered from the listed products of the key's channels: a query
 * naming products (id, handle) starts from them; a plain catalogue page comes from one statement
 * that pages the listed ids. Same validation, fields, prices, taxes, stock and response shape as
 * Medusa's route; anything it does not translate goes on to Medusa's route unchanged.
 * Registered without a method so Medusa runs it before the route's own middlewares.
 */
async function storeProductListFastPath(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (req.method !== "GET" || req.path !== "/") {
    return next()
  }
  refuseOversizedLimit(req)
  const plan = planListedRead(req.query as Record<string, unknown>)
  if (!plan) {
    return next()
  }
  await runEach(stockPreparation, req, res)
  await respondWithListedProducts(req, res, plan)
}

/**
 * Medusa's own path (filters the fast path leaves alone, and GET /store/products/:id): after its
 * sales-channel link filter has turned the channel into product ids, keep only those listed now,
 * so a product whose certificate ended before the clock job ran is never served.
 */
async function keepListedProductsOnly(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const filters = req.filterableFields as Record<string, any>
  const channelIds = transformAndValidateSalesChannelIds(req as any)
  const current = filters.id ?? (req.params?.id ? [req.params.id] : undefined)
  const named = typeof current === "string" ? [current] : Array.isArray(current) ? current : undefined
  const listed = await listedProductIds(req.scope, { channelIds, ids: named })
  if (current !== undefined && !named) {
    filters.$and = [...(filters.$and ?? []), { id: current }]
  }
  if (!listed.length) {
    if (req.params?.id) {
      // the words Medusa's route uses for a product that is not there
      return next(
        ocopError(
          "NOT_FOUND",
          "ocop.product.not_listed",
          `Không tìm thấy sản phẩm ${req.params.id}`,
          `Product with id: ${req.params.id} was not found`
        )
      )
    }
    const { skip, take } = req.queryConfig.pagination as { skip: number; take: number }
    res.json({ products: [], count: 0, offset: skip, limit: take })
    return
  }
  filters.id = listed
  return next()
}

/**
 * `OCOP_BENCH_MEDUSA_PRODUCT_ROUTES=true` leaves Medusa's product routes exactly as shipped (no
 * listed-products path, no limit cap, no listing rule at read time): only for the bench's baseline
 * server, which measures what these middlewares are compared against.
 */
const medusaAsShipped = process.env.OCOP_BENCH_MEDUSA_PRODUCT_ROUTES === "true"

export const storeProductsMiddlewares: MiddlewareRoute[] = medusaAsShipped
  ? []
  : [
      { matcher: "/store/products", middlewares: [storeProductListFastPath] },
      { method: ["GET"], matcher: "/store/products", middlewares: [keepListedProductsOnly] },
      { method: ["GET"], matcher: "/store/products/:id", middlewares: [keepListedProductsOnly] },
    ]
