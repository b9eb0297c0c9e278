import assert from "node:assert/strict";
import { test } from "node:test";
import { passwordMessage, passwordProblem } from "./passwords";

test("the demo and test passwords pass", () => {
  for (const p of ["ocop-admin-2026", "ocop-producer-2026", "ocop-pos-2026", "mat-khau-2026", "quay-cho-2026"]) {
    assert.equal(passwordProblem(p, "pos@ocop.local"), null, p);
  }
});

test("short, common, repeated and e-mail-like passwords are refused with a reason", () => {
  assert.equal(passwordProblem("1")?.code, "password.too_short");
  assert.equal(passwordProblem("1234567")?.code, "password.too_short");
  assert.equal(passwordProblem(undefined)?.code, "password.too_short");
  assert.equal(passwordProblem("x".repeat(129))?.code, "password.too_long");
  assert.equal(passwordProblem("12345678")?.code, "password.common");
  assert.equal(passwordProblem("MatKhau123")?.code, "password.common");
  assert.equal(passwordProblem("aaaaaaaaaa")?.code, "password.repeated");
  assert.equal(passwordProblem("Lan.Nguyen@ocop.vn", "lan.nguyen@ocop.vn")?.code, "password.like_email");
  assert.equal(passwordProblem("lan.nguyen", "lan.nguyen@ocop.vn")?.code, "password.like_email");
  assert.match(passwordMessage("1") ?? "", /^Mật khẩu quá ngắn, cần ít nhất 8 ký tự \(password too short/);
});
