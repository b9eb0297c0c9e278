import type { MiddlewareRoute } from "@medusajs/framework/http"
import { checkBody } from "../../validation"
import { ShopperAddress, ShopperCustomerInput } from "../address-validators"

/** Medusa's own customer routes take any text: profiles and the address book get our limits and phone rule. */
export const storeCustomersMiddlewares: MiddlewareRoute[] = [
  ...["/store/customers", "/store/customers/me"].map(
    (matcher): MiddlewareRoute => ({ methods: ["POST"], matcher, middlewares: [checkBody(ShopperCustomerInput)] })
  ),
  ...["/store/customers/me/addresses", "/store/customers/me/addresses/:address_id"].map(
    (matcher): MiddlewareRoute => ({ methods: ["POST"], matcher, middlewares: [checkBody(ShopperAddress)] })
  ),
]
