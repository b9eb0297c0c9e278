import { test } from "node:test";
import assert from "node:assert/strict";
import {
  CERTIFIED_STARS,
  STAR_LABELS,
  isCertifiedStars,
  issuerFitsStars,
  issuerLevelForStars,
  issuerNamesPeoplesCommittee,
  starBandForScore,
} from "./stars";

test("starBandForScore puts each band boundary in the higher band", () => {
  assert.equal(starBandForScore(100), 5);
  assert.equal(starBandForScore(90), 5);
  assert.equal(starBandForScore(89.99), 4);
  assert.equal(starBandForScore(70), 4);
  assert.equal(starBandForScore(69.9), 3);
  assert.equal(starBandForScore(50), 3);
  assert.equal(starBandForScore(49.5), 2);
  assert.equal(starBandForScore(30), 2);
  assert.equal(starBandForScore(29.99), 1);
  assert.equal(starBandForScore(0), 1);
});

test("starBandForScore rejects NaN and scores outside 0–100", () => {
  for (const bad of [Number.NaN, -0.1, 100.01, Infinity, -Infinity]) {
    assert.throws(() => starBandForScore(bad), RangeError);
  }
});

test("isCertifiedStars accepts only 3, 4 and 5", () => {
  assert.deepEqual([...CERTIFIED_STARS], [3, 4, 5]);
  for (const n of CERTIFIED_STARS) assert.equal(isCertifiedStars(n), true);
  for (const n of [0, 1, 2, 6, 3.5, "3", null, undefined]) assert.equal(isCertifiedStars(n), false);
});

test("5★ certificates come from the ministry, 3★ and 4★ from the province", () => {
  assert.equal(issuerLevelForStars(3), "province");
  assert.equal(issuerLevelForStars(4), "province");
  assert.equal(issuerLevelForStars(5), "ministry");
  assert.throws(() => issuerLevelForStars(2 as never), RangeError);
});

test("every certified star level has Vietnamese and English labels", () => {
  assert.equal(STAR_LABELS[5].vi, "5 sao");
  assert.equal(STAR_LABELS[3].en, "3 stars");
});

test("a 5★ certificate cannot name a People's Committee as its issuer; 3★/4★ keep theirs as written", () => {
  assert.equal(issuerNamesPeoplesCommittee("UBND tỉnh Hà Tĩnh"), true);
  assert.equal(issuerNamesPeoplesCommittee("Ủy ban nhân dân huyện Thạch Hà"), true);
  assert.equal(issuerNamesPeoplesCommittee("Bộ Nông nghiệp và Môi trường"), false);
  assert.equal(issuerFitsStars("UBND tỉnh Quảng Trị", 5), false);
  assert.equal(issuerFitsStars("Bộ Nông nghiệp và Môi trường", 5), true);
  assert.equal(issuerFitsStars("UBND tỉnh Quảng Trị", 4), true);
  assert.equal(issuerFitsStars("UBND huyện Hương Sơn", 3), true);
});
