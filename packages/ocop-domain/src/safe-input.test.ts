import { test } from "node:test";
import assert from "node:assert/strict";
import { findUnsafeCharacter, isSafeText, isSafeUrl, normalizeLineBreaks, safeUrl } from "./safe-input";

test("accepts Vietnamese text with diacritics, punctuation and emoji", () => {
  for (const s of ["Nước mắm Luận Nghiệp – 40°N", "Mật ong rừng (500 ml) ★★★★", "Cam Vinh 🍊", ""]) {
    assert.equal(isSafeText(s), true, s);
  }
});

test("refuses NUL, other C0 controls, DEL and C1 controls in any text", () => {
  for (const s of ["a\u0000b", "a\u0007b", "a\u001Bb", "a\u007Fb", "a\u0085b", "a\u009Fb"]) {
    assert.equal(isSafeText(s), false, JSON.stringify(s));
    assert.equal(isSafeText(s, "long"), false, JSON.stringify(s));
  }
  assert.equal(findUnsafeCharacter("x\u0000"), "U+0000");
});

test("refuses bidi overrides and isolates and zero-width characters", () => {
  for (const cp of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x200b, 0x200c, 0x200d, 0xfeff, 0x2060]) {
    const s = `Mật ong${String.fromCodePoint(cp)}rừng`;
    assert.equal(isSafeText(s), false, cp.toString(16));
    assert.equal(isSafeText(s, "long"), false, cp.toString(16));
  }
  assert.equal(findUnsafeCharacter("abc\u202Edef"), "U+202E");
});

test("allows line breaks and tabs only in long text; CRLF from a textarea counts as a line break", () => {
  assert.equal(isSafeText("dòng 1\ndòng 2"), false);
  assert.equal(isSafeText("a\tb"), false);
  assert.equal(isSafeText("dòng 1\ndòng 2\tcột", "long"), true);
  assert.equal(isSafeText("dòng 1\r\ndòng 2", "long"), true);
  assert.equal(isSafeText("a\rb\u0000", "long"), false);
  assert.equal(normalizeLineBreaks("a\r\nb\rc"), "a\nb\nc");
});

test("non-strings are not safe text", () => {
  assert.equal(isSafeText(42 as unknown), false);
  assert.equal(isSafeText(null), false);
});

test("accepts https links, refuses javascript:, data:, file:, relative and credentialed links", () => {
  assert.equal(isSafeUrl("https://cdn.example.vn/anh/mat-ong.jpg"), true);
  for (const u of [
    "javascript:alert(1)",
    "JavaScript:alert(document.cookie)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "data:image/png;base64,iVBORw0KGgo=",
    "file:///etc/passwd",
    "vbscript:msgbox(1)",
    "ftp://example.vn/a.pdf",
    "http://example.vn/a.jpg",
    "/static/a.jpg",
    "//evil.example/a.jpg",
    "https://user:pass@example.vn/a.jpg",
    "https://example.vn/a\u202Egpj.exe",
    "https://example.vn/" + "a".repeat(2100),
    "",
  ]) {
    assert.equal(isSafeUrl(u), false, u.slice(0, 60));
    assert.equal(safeUrl(u), null);
  }
});

test("accepts plain-http links only on the platform's own file origin", () => {
  const own = { allowOrigins: ["http://localhost:9000"] };
  assert.equal(isSafeUrl("http://localhost:9000/uploads/1700000000-logo.png", own), true);
  assert.equal(isSafeUrl("http://localhost:9001/static/logo.png", own), false);
  assert.equal(isSafeUrl("http://localhost:9000/static/logo.png"), false);
  assert.equal(isSafeUrl("javascript:alert(1)", { allowOrigins: ["javascript:alert(1)"] }), false);
  assert.equal(safeUrl("https://example.vn/a.pdf", own), "https://example.vn/a.pdf");
});
