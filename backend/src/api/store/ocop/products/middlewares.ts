import type { MiddlewareRoute } from "@medusajs/framework/http"
import { filterByValidSalesChannels } from "@medusajs/medusa/api/utils/middlewares/products/filter-by-valid-sales-channels"
import { validateQuery } from "../../../validation"
import { StoreOcopProductParams, StoreOcopProductsParams } from "./validators"

// The publishable key's sales channels; the routes page the listed products of those channels in SQL
// (lib/catalogue/listed-products.ts) instead of Medusa's link filter, which loads every product id.
// Medusa types this middleware for store requests only; it runs after the publishable key check.
const storeCatalogueScope = filterByValidSalesChannels() as any

export const storeOcopProductsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/ocop/products",
    middlewares: [validateQuery(StoreOcopProductsParams, { defaults: ["id"], isList: true, defaultLimit: 24 }), storeCatalogueScope],
  },
  {
    methods: ["GET"],
    matcher: "/store/ocop/products/:handle",
    middlewares: [validateQuery(StoreOcopProductParams, { defaults: ["id"], isList: false }), storeCatalogueScope],
  },
]
