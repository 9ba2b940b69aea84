import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { francAll } from "franc-min";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { isOtherLanguage } from "../../../src/core/conversation/detect-language.js";
import { functionWordLanguage } from "../../../src/core/conversation/function-word-language.js";

const ROOT = resolve(import.meta.dirname, "../../..");

/** Every message and question of the conversation and question eval sets (thousands of English chat lines). */
function evalLines(): string[] {
  const files = ["tests/conversation", "tests/eval", "tests/heldout"].flatMap((dir) =>
    readdirSync(resolve(ROOT, dir))
      .filter((f) => f.endsWith(".yaml"))
      .map((f) => resolve(ROOT, dir, f)),
  );
  const lines = new Set<string>();
  const walk = (value: unknown, key: string) => {
    if (typeof value === "string" && ["message", "previous", "question", "q"].includes(key)) lines.add(value);
    else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  for (const f of files) walk(parse(readFileSync(f, "utf8")), "");
  return [...lines];
}

describe("functionWordLanguage: short questions in other languages", () => {
  it.each([
    ["wie viel kostet das?", "german"],
    ["wann beginnt der Vertrag?", "german"],
    ["quanto vale l'accordo?", "italian"],
    ["dove si trova?", "italian"],
    ["hoeveel kost het?", "dutch"],
    ["quanto custa isso?", "portuguese"],
    ["o que é isso?", "portuguese"],
    ["quanto vai custar o projeto no total?", "portuguese"],
    ["combien ça coûte?", "french"],
    ["c'est combien?", "french"],
    ["quién paga?", "spanish"],
    ["gdzie powstaje pierwsze centrum danych?", "polish"],
    ["kolik stojí smlouva?", "czech"],
    ["hur mycket kostar avtalet?", "swedish"],
    ["hvor meget koster aftalen?", "danish_norwegian"],
    ["anlaşma ne kadar?", "turkish"],
    ["berapa nilai kesepakatan ini?", "indonesian_malay"],
    ["cât costă acordul?", "romanian"],
  ])("%s is %s", (text, language) => {
    expect(functionWordLanguage(text)).toBe(language);
    expect(isOtherLanguage(text)).toBe(true);
  });

  it.each(["how much is it worth?", "die hard fans?", "was it confirmed", "so is it real", "per the wsj, is it 300b?", "is the café open?", "come on, when?", "man, what a deal"])(
    "English chat (%s) is not another language",
    (text) => {
      expect(functionWordLanguage(text)).toBeNull();
    },
  );

  it("a name the knowledge knows does not count as a foreign word", () => {
    expect(functionWordLanguage("wie viel", () => false)).toBe("german");
    expect(functionWordLanguage("wie viel", (w) => w === "viel")).toBeNull();
  });

  it("never fires on the English lines of the eval sets: every line it reads as another language is not English to franc either", () => {
    const lines = evalLines();
    expect(lines.length).toBeGreaterThan(1000);
    const flagged = lines.filter((l) => functionWordLanguage(l) !== null);
    for (const line of flagged) expect([line, francAll(line)[0]?.[0]]).not.toEqual([line, "eng"]);
    // The sets hold a few questions in other languages; the detector finds them and nothing else.
    expect(flagged.length).toBeLessThan(lines.length / 100);
  });
});
