import { describe, expect, it } from "vitest";
import { editDistance } from "../../../src/core/text/edit-distance.js";

describe("editDistance", () => {
  it("is 0 for equal words", () => {
    expect(editDistance("oracle", "oracle")).toBe(0);
    expect(editDistance("", "")).toBe(0);
  });

  it("counts a swap of neighbouring letters as one edit", () => {
    expect(editDistance("teh", "the")).toBe(1);
    expect(editDistance("oracel", "oracle")).toBe(1);
    expect(editDistance("wroth", "worth")).toBe(1);
  });

  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("abc", "")).toBe(3);
    expect(editDistance("deal", "deals")).toBe(1);
    expect(editDistance("deal", "dal")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });

  it("is symmetric", () => {
    for (const [a, b] of [["stargate", "stragate"], ["abilene", "abilne"], ["gigawatt", "gigawats"]] as const) {
      expect(editDistance(a, b)).toBe(editDistance(b, a));
    }
  });

  it("stops at max and reports max + 1 when the words are further apart", () => {
    expect(editDistance("abcdef", "uvwxyz", 2)).toBe(3);
    expect(editDistance("a", "abcdefgh", 2)).toBe(3);
    expect(editDistance("oracle", "oracel", 1)).toBe(1);
    expect(editDistance("kitten", "sitting", 3)).toBe(3);
    expect(editDistance("kitten", "sitting", 2)).toBe(3);
  });
});
