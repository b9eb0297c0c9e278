import assert from "node:assert/strict";
import { test } from "node:test";
import { canTransitionConsignment, CONSIGNMENT_STATUSES, CONSIGNMENT_TRANSITIONS } from "./consignment";

test("a consignment is confirmed or refused once, and received only after confirmation", () => {
  assert.equal(canTransitionConsignment("requested", "confirmed"), true);
  assert.equal(canTransitionConsignment("requested", "refused"), true);
  assert.equal(canTransitionConsignment("requested", "received"), false);
  assert.equal(canTransitionConsignment("confirmed", "received"), true);
  assert.equal(canTransitionConsignment("received", "received"), false);
  assert.equal(canTransitionConsignment("refused", "confirmed"), false);
});

test("every status has its transitions listed", () => {
  assert.deepEqual(Object.keys(CONSIGNMENT_TRANSITIONS).sort(), [...CONSIGNMENT_STATUSES].sort());
});
