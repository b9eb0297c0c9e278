import { test } from "node:test";
import assert from "node:assert/strict";
import { editDistanceWithin } from "./edit-distance";
import { chooseShortWordCorrection, isCorrectableShortWord, shortWordCorrections } from "./short-word-typos";

const VOCABULARY = ["dong", "trung", "ha", "thao", "hoa", "thoai", "long", "mat", "ong", "on", "500g", "tinh"];

test("editDistanceWithin counts an adjacent swap as one edit and gives up beyond the budget", () => {
  assert.equal(editDistanceWithin("thoa", "thao", 1), 1);
  assert.equal(editDistanceWithin("tihn", "tinh", 1), 1);
  assert.equal(editDistanceWithin("thoa", "thoai", 1), 1);
  assert.equal(editDistanceWithin("thoa", "thoa", 1), 0);
  assert.equal(editDistanceWithin("thoa", "hao", 1), null);
  assert.equal(editDistanceWithin("ab", "abcd", 1), null);
});

test("only words of 3–4 letters without digits may be corrected", () => {
  assert.equal(isCorrectableShortWord("ha"), false);
  assert.equal(isCorrectableShortWord("ong"), true);
  assert.equal(isCorrectableShortWord("thoa"), true);
  assert.equal(isCorrectableShortWord("trung"), false);
  assert.equal(isCorrectableShortWord("50g"), false);
});

test("shortWordCorrections offers one-edit corrections of each short word, never of 2-letter words", () => {
  const corrections = shortWordCorrections(["dong", "trung", "ha", "thoa"], VOCABULARY);
  const of = (position: number) =>
    corrections
      .filter((c) => c.position === position)
      .map((c) => c.correction)
      .sort();
  assert.deepEqual(of(3), ["hoa", "thao", "thoai"]);
  assert.deepEqual(of(0), ["long", "ong"]);
  assert.deepEqual(of(1), []);
  assert.deepEqual(of(2), []);
});

test("shortWordCorrections never corrects to a 2-letter word, nor a one-word query", () => {
  assert.deepEqual(
    shortWordCorrections(["mat", "ong"], VOCABULARY).filter((c) => c.correction === "on"),
    []
  );
  assert.deepEqual(shortWordCorrections(["thoa"], VOCABULARY), []);
  assert.deepEqual(shortWordCorrections(["nuoc", "mam"], []), []);
});

test("chooseShortWordCorrection takes the most co-occurring candidate and none without evidence", () => {
  const thao = { position: 3, word: "thoa", correction: "thao", cooccurrences: 2 };
  const hoa = { position: 3, word: "thoa", correction: "hoa", cooccurrences: 1 };
  const long = { position: 0, word: "dong", correction: "long", cooccurrences: 0 };
  assert.deepEqual(chooseShortWordCorrection([hoa, long, thao]), { position: 3, word: "thoa", correction: "thao" });
  assert.equal(chooseShortWordCorrection([long, { ...hoa, cooccurrences: 0 }]), undefined);
  assert.equal(chooseShortWordCorrection([]), undefined);
});

test("chooseShortWordCorrection breaks ties by the later word, then alphabetically, whatever the order", () => {
  const early = { position: 0, word: "dong", correction: "long", cooccurrences: 1 };
  const lateB = { position: 3, word: "thoa", correction: "thao", cooccurrences: 1 };
  const lateA = { position: 3, word: "thoa", correction: "hoa", cooccurrences: 1 };
  assert.equal(chooseShortWordCorrection([early, lateB, lateA])?.correction, "hoa");
  assert.equal(chooseShortWordCorrection([lateA, lateB, early])?.correction, "hoa");
});
