import assert from "node:assert/strict"
import { test } from "node:test"
import { isPickupMethod, isPickupOption, PICKUP_METHOD_DATA } from "./shipping"

test("a pickup option is told by its fulfilment set, whatever its name or price", () => {
  assert.equal(isPickupOption({ service_zone: { fulfillment_set: { type: "pickup" } } }), true)
  assert.equal(isPickupOption({ service_zone: { fulfillment_set: { type: "shipping" } }, type: { code: "pickup" } }), false)
})

test("without its fulfilment set, the option's type code tells", () => {
  assert.equal(isPickupOption({ type: { code: "pickup" } }), true)
  assert.equal(isPickupOption({ type: { code: "standard" } }), false)
  assert.equal(isPickupOption({}), false)
})

test("a shipping method is a pickup when its data says so", () => {
  assert.equal(isPickupMethod({ data: { ...PICKUP_METHOD_DATA } }), true)
  assert.equal(isPickupMethod({ data: {} }), false)
  assert.equal(isPickupMethod({ data: null }), false)
  assert.equal(isPickupMethod({ data: { pickup: "true" } }), false)
})
