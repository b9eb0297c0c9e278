import assert from "node:assert/strict";
import { test } from "node:test";
import { canDecideProducer, producerDecisionsFrom, PRODUCER_DECISION_TARGET } from "./producer-approval";

test("a pending producer can be approved, rejected or suspended", () => {
  assert.deepEqual(producerDecisionsFrom("pending_approval"), ["approve", "reject", "suspend"]);
});

test("an approved producer can only be suspended; a rejected or suspended one only approved", () => {
  assert.deepEqual(producerDecisionsFrom("approved"), ["suspend"]);
  assert.deepEqual(producerDecisionsFrom("rejected"), ["approve"]);
  assert.deepEqual(producerDecisionsFrom("suspended"), ["approve"]);
  assert.equal(canDecideProducer("approved", "reject"), false);
});

test("an unknown state allows no decision (fails closed)", () => {
  assert.deepEqual(producerDecisionsFrom("deleted"), []);
});

test("each decision names the state it leads to", () => {
  assert.equal(PRODUCER_DECISION_TARGET.suspend, "suspended");
});
