import {
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { filterByValidSalesChannels } from "@medusajs/medusa/api/utils/middlewares/products/filter-by-valid-sales-channels"
import { checkoutErrorHandler } from "./checkout-errors"
import { checkBody, refuseNulBytes } from "./input-guards"
import { securityHeaders } from "./security-headers"
import { ShopperAddress, ShopperCartInput, ShopperCustomerInput } from "./store/address-validators"
import { refuseShopperPaymentData } from "./store/payment-session-guard"
import { OfficeProductText } from "./admin/product-text-validators"
import { officeMiddlewares } from "./admin/ocop/middlewares"
import { producerMiddlewares } from "./producer/middlewares"
import { posMiddlewares } from "./pos/middlewares"
import { storeOrderMiddlewares } from "./store/orders/middlewares"
import { storeProductsMiddlewares } from "./store/products/middlewares"
import { authMiddlewares } from "./auth/middlewares"
import { AdminListCertificatesParams } from "./admin/ocop/certificates/list-validators"
import { AdminRecordCertificate, AdminTransitionCertificate } from "./admin/ocop/certificates/validators"
import { AdminProgrammeDashboardParams } from "./admin/ocop/dashboard/validators"
import {
  AdminCreateProgrammeTarget,
  AdminListProgrammeTargetsParams,
  AdminUpdateProgrammeTarget,
} from "./admin/ocop/programme-targets/validators"
import { AdminProgrammeReportParams } from "./admin/ocop/reports/validators"
import { StoreOcopSearchParams, StoreOcopSearchSuggestionsParams } from "./store/ocop/search/validators"
import { StoreOcopSitemapParams } from "./store/ocop/sitemap/validators"
import { StoreOcopProductParams, StoreOcopProductsParams } from "./store/ocop/validators"

// The publishable key's sales channels; the routes page the listed products of those channels in SQL
// (lib/catalogue/listed-products.ts) instead of Medusa's link filter, which loads every product id.
// Medusa types this middleware for store requests only; it runs after the publishable key check.
const storeCatalogueScope = [filterByValidSalesChannels() as any]

export default defineMiddlewares({
  errorHandler: checkoutErrorHandler as any,
  routes: [
    // Every route, ours and Medusa's: a NUL character is a 400, never a database error.
    // Every answer: nosniff, no framing, Referrer-Policy, HSTS in production (security-headers.ts).
    { matcher: "/*", middlewares: [securityHeaders()] },
    { matcher: "/*", middlewares: [refuseNulBytes] },
    // Medusa's own store routes take any text: addresses and profiles get our limits and phone rule.
    ...["/store/carts", "/store/carts/:id"].map((matcher) => ({
      method: ["POST"] as "POST"[],
      matcher,
      middlewares: [checkBody(ShopperCartInput)],
    })),
    ...["/store/customers", "/store/customers/me"].map((matcher) => ({
      method: ["POST"] as "POST"[],
      matcher,
      middlewares: [checkBody(ShopperCustomerInput)],
    })),
    ...["/store/customers/me/addresses", "/store/customers/me/addresses/:address_id"].map((matcher) => ({
      method: ["POST"] as "POST"[],
      matcher,
      middlewares: [checkBody(ShopperAddress)],
    })),
    {
      method: ["POST"],
      matcher: "/store/payment-collections/:id/payment-sessions",
      middlewares: [refuseShopperPaymentData],
    },
    ...["/admin/products", "/admin/products/:id"].map((matcher) => ({
      method: ["POST"] as "POST"[],
      matcher,
      middlewares: [checkBody(OfficeProductText)],
    })),
    // first: the office scope check runs before any admin OCOP validation or handler
    ...officeMiddlewares,
    ...producerMiddlewares,
    ...posMiddlewares,
    ...storeOrderMiddlewares,
    ...storeProductsMiddlewares,
    ...authMiddlewares,
    {
      method: ["GET"],
      matcher: "/store/ocop/products",
      middlewares: [
        validateAndTransformQuery(StoreOcopProductsParams, { defaults: ["id"], isList: true, defaultLimit: 24 }),
        ...storeCatalogueScope,
      ],
    },
    {
      method: ["GET"],
      matcher: "/store/ocop/products/:handle",
      middlewares: [
        validateAndTransformQuery(StoreOcopProductParams, { defaults: ["id"], isList: false }),
        ...storeCatalogueScope,
      ],
    },
    {
      // Stripe signs the exact bytes it sends
      method: ["POST"],
      matcher: "/hooks/ocop/stripe",
      bodyParser: { preserveRawBody: true },
    },
    {
      method: ["GET"],
      matcher: "/store/ocop/search",
      middlewares: [validateAndTransformQuery(StoreOcopSearchParams, {})],
    },
    {
      method: ["GET"],
      matcher: "/store/ocop/search/suggestions",
      middlewares: [validateAndTransformQuery(StoreOcopSearchSuggestionsParams, {})],
    },
    {
      method: ["GET"],
      matcher: "/store/ocop/sitemap",
      middlewares: [validateAndTransformQuery(StoreOcopSitemapParams, {})],
    },
    {
      method: ["GET"],
      matcher: "/admin/ocop/certificates",
      middlewares: [validateAndTransformQuery(AdminListCertificatesParams, { defaults: ["id"], isList: true })],
    },
    {
      method: ["POST"],
      matcher: "/admin/ocop/certificates",
      middlewares: [validateAndTransformBody(AdminRecordCertificate)],
    },
    {
      method: ["POST"],
      matcher: "/admin/ocop/certificates/:id/transitions",
      middlewares: [validateAndTransformBody(AdminTransitionCertificate)],
    },
    {
      method: ["GET"],
      matcher: "/admin/ocop/dashboard",
      middlewares: [validateAndTransformQuery(AdminProgrammeDashboardParams, {})],
    },
    {
      method: ["GET"],
      matcher: "/admin/ocop/reports",
      middlewares: [validateAndTransformQuery(AdminProgrammeReportParams, {})],
    },
    {
      method: ["GET"],
      matcher: "/admin/ocop/programme-targets",
      middlewares: [validateAndTransformQuery(AdminListProgrammeTargetsParams, {})],
    },
    {
      method: ["POST"],
      matcher: "/admin/ocop/programme-targets",
      middlewares: [validateAndTransformBody(AdminCreateProgrammeTarget)],
    },
    {
      method: ["POST"],
      matcher: "/admin/ocop/programme-targets/:id",
      middlewares: [validateAndTransformBody(AdminUpdateProgrammeTarget)],
    },
  ],
})
