/**
 * Pickup at an OCOP point of sale is a property of the shipping option, never of its name: the
 * option's fulfilment set has Medusa's type "pickup" (what the backend checks when a service may
 * not be delivered), and its shipping option type carries the code "pickup" (what the seed sets).
 */

/** `fulfillment_set.type` of the sets whose options are collected, not delivered. */
export const PICKUP_FULFILLMENT_SET_TYPE = "pickup"

/** `shipping_option.type.code` of a pickup option, and of the standard delivery. */
export const SHIPPING_OPTION_TYPE_CODES = { pickup: "pickup", standard: "standard" } as const

/** The fields of a shipping option (as GET /store/shipping-options answers it) that tell a pickup. */
export type PickupFields = {
  type?: { code?: string | null } | null
  service_zone?: { fulfillment_set?: { type?: string | null } | null } | null
}

/** A pickup option: its fulfilment set says so, or (when the set was not read) its type's code. */
export function isPickupOption(option: PickupFields): boolean {
  const setType = option.service_zone?.fulfillment_set?.type
  if (setType) return setType === PICKUP_FULFILLMENT_SET_TYPE
  return option.type?.code === SHIPPING_OPTION_TYPE_CODES.pickup
}

/**
 * What the storefront puts in a shipping method's `data` when the shopper picks a pickup option,
 * so the order (whose shipping methods keep only the option's id and name) still tells a pickup.
 */
export const PICKUP_METHOD_DATA = { pickup: true } as const

/** A shipping method of an order (or cart) that is collected at a point of sale. */
export function isPickupMethod(method: { data?: Record<string, unknown> | null }): boolean {
  return method.data?.pickup === true
}
