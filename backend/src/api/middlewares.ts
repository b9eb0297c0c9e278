import { defineMiddlewares } from "@medusajs/framework/http"
import { checkoutErrorHandler } from "./checkout-errors"
import { refuseNulBytes } from "./input-guards"
import { instanceHeader } from "./instance-header"
import { securityHeaders } from "./security-headers"
import { adminCertificatesMiddlewares } from "./admin/ocop/certificates/middlewares"
import { adminConsignmentsMiddlewares } from "./admin/ocop/consignments/middlewares"
import { adminDashboardMiddlewares } from "./admin/ocop/dashboard/middlewares"
import { adminFairsMiddlewares } from "./admin/ocop/fairs/middlewares"
import { adminOfficeScopesMiddlewares } from "./admin/ocop/office-scopes/middlewares"
import { adminProducersMiddlewares } from "./admin/ocop/producers/middlewares"
import { adminOcopProductsMiddlewares } from "./admin/ocop/products/middlewares"
import { adminProgrammeTargetsMiddlewares } from "./admin/ocop/programme-targets/middlewares"
import { adminReportsMiddlewares } from "./admin/ocop/reports/middlewares"
import { adminSalesPointsMiddlewares } from "./admin/ocop/sales-points/middlewares"
import { adminProductsMiddlewares } from "./admin/products/middlewares"
import { authMiddlewares } from "./auth/middlewares"
import { hooksMiddlewares } from "./hooks/middlewares"
import { posMiddlewares } from "./pos/middlewares"
import { posInvitesMiddlewares } from "./pos/invites/middlewares"
import { posMeMiddlewares } from "./pos/me/middlewares"
import { posPointsMiddlewares } from "./pos/points/middlewares"
import { producerCertificatesMiddlewares } from "./producer/certificates/middlewares"
import { producerConsignmentsMiddlewares } from "./producer/consignments/middlewares"
import { producerDashboardMiddlewares } from "./producer/dashboard/middlewares"
import { producerInventoryMiddlewares } from "./producer/inventory/middlewares"
import { producerInvitesMiddlewares } from "./producer/invites/middlewares"
import { producerMeMiddlewares } from "./producer/me/middlewares"
import { producerMembersMiddlewares } from "./producer/members/middlewares"
import { producerOnboardingMiddlewares } from "./producer/onboarding/middlewares"
import { producerOrdersMiddlewares } from "./producer/orders/middlewares"
import { producerProductsMiddlewares } from "./producer/products/middlewares"
import { producerSalesMiddlewares } from "./producer/sales/middlewares"
import { producerStockLocationsMiddlewares } from "./producer/stock-locations/middlewares"
import { producerUploadsMiddlewares } from "./producer/uploads/middlewares"
import { storeCartsMiddlewares } from "./store/carts/middlewares"
import { storeCustomersMiddlewares } from "./store/customers/middlewares"
import { storeOcopFeedMiddlewares } from "./store/ocop/feed/middlewares"
import { storeOcopProductsMiddlewares } from "./store/ocop/products/middlewares"
import { storeOcopSearchMiddlewares } from "./store/ocop/search/middlewares"
import { storeOcopSitemapMiddlewares } from "./store/ocop/sitemap/middlewares"
import { storeOrdersMiddlewares } from "./store/orders/middlewares"
import { storePaymentCollectionsMiddlewares } from "./store/payment-collections/middlewares"
import { storeProductsMiddlewares } from "./store/products/middlewares"

/**
 * Every route folder that needs middlewares wires its own routes in a `middlewares.ts` beside them
 * (guards, then the one validator of src/api/validation.ts), as Medusa's core does; this file only
 * adds the guards of every route and spreads them. The OCOP routes carry their declaration
 * (declared-route.ts), from which the isolation matrices are generated.
 */
export default defineMiddlewares({
  errorHandler: checkoutErrorHandler as any,
  routes: [
    // Every answer: nosniff, no framing, Referrer-Policy, HSTS in production (security-headers.ts).
    { matcher: "/*", middlewares: [securityHeaders()] },
    // Every answer names the server that gave it (instance-header.ts): several run behind one balancer.
    { matcher: "/*", middlewares: [instanceHeader()] },
    // Every route, ours and Medusa's: a NUL character is a 400, never a database error.
    { matcher: "/*", middlewares: [refuseNulBytes] },

    ...authMiddlewares,

    // Medusa's own store and admin routes, with our checks
    ...storeCartsMiddlewares,
    ...storeCustomersMiddlewares,
    ...storePaymentCollectionsMiddlewares,
    ...storeOrdersMiddlewares,
    ...storeProductsMiddlewares,
    ...adminProductsMiddlewares,

    // the shop's OCOP routes
    ...storeOcopProductsMiddlewares,
    ...storeOcopSearchMiddlewares,
    ...storeOcopSitemapMiddlewares,
    ...storeOcopFeedMiddlewares,
    ...hooksMiddlewares,

    // the OCOP office (Medusa's admin login applies to /admin/*)
    ...adminOfficeScopesMiddlewares,
    ...adminCertificatesMiddlewares,
    ...adminOcopProductsMiddlewares,
    ...adminProducersMiddlewares,
    ...adminDashboardMiddlewares,
    ...adminReportsMiddlewares,
    ...adminProgrammeTargetsMiddlewares,
    ...adminSalesPointsMiddlewares,
    ...adminFairsMiddlewares,
    ...adminConsignmentsMiddlewares,

    // the producer portal
    ...producerOnboardingMiddlewares,
    ...producerMeMiddlewares,
    ...producerMembersMiddlewares,
    ...producerInvitesMiddlewares,
    ...producerUploadsMiddlewares,
    ...producerProductsMiddlewares,
    ...producerStockLocationsMiddlewares,
    ...producerInventoryMiddlewares,
    ...producerCertificatesMiddlewares,
    ...producerOrdersMiddlewares,
    ...producerSalesMiddlewares,
    ...producerDashboardMiddlewares,
    ...producerConsignmentsMiddlewares,

    // the counters of points of sale and fair booths
    ...posMiddlewares,
    ...posMeMiddlewares,
    ...posPointsMiddlewares,
    ...posInvitesMiddlewares,
  ],
})
