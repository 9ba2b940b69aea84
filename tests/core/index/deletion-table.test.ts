import { describe, expect, it } from "vitest";
import { DeletionTable } from "../../../src/core/index/deletion-table.js";

/** The plain way: every key as a string in a map, each with the words filed under it in order. */
function byMap(words: string[], typed: string): string[] {
  const keys = (w: string) => [w, ...Array.from(w, (_, i) => w.slice(0, i) + w.slice(i + 1))];
  const filed = new Map<string, string[]>();
  for (const w of words) for (const k of keys(w)) filed.set(k, [...(filed.get(k) ?? []), w]);
  return keys(typed).flatMap((k) => filed.get(k) ?? []);
}

function visited(table: DeletionTable, typed: string): string[] {
  const out: string[] = [];
  table.lookup(typed, (w) => out.push(w));
  return out;
}

describe("DeletionTable", () => {
  const words = ["oracle", "worth", "wrote", "card", "cart", "book", "boot", "stargate", "naïve", "écrit"];
  const table = new DeletionTable(words);

  it("finds the words one edit away, under each key in turn, as a map of key strings would", () => {
    for (const typed of ["oracel", "wroth", "carx", "bok", "boook", "stragate", "naive", "crit", "zzz", "", "card"]) {
      expect(visited(table, typed), typed).toEqual(byMap(words, typed));
    }
    expect(visited(table, "carx")).toEqual(["card", "cart"]);
  });

  it("tells apart keys that share a bucket: thousands of words, every lookup exact", () => {
    const many = Array.from({ length: 5000 }, (_, i) => `w${(i * 7919).toString(36)}x`);
    const big = new DeletionTable(many);
    for (const typed of ["w1x", many[10]!, many[4321]!.slice(1), `${many[77]!}q`, "wzzzzx"]) expect(visited(big, typed)).toEqual(byMap(many, typed));
  });
});
