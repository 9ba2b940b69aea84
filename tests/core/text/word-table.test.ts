import { describe, expect, it } from "vitest";
import { TextAnalyzer } from "../../../src/core/text/analyzer.js";
import { WordTable } from "../../../src/core/text/word-table.js";
import { fixtureKnowledge } from "../../helpers/fixture-desk.js";
import type { LexiconData } from "../../../src/knowledge/lexicon-schema.js";

const kb = fixtureKnowledge();
const text = new TextAnalyzer(kb.lexicon, kb.cards.map((c) => c.answer));

describe("WordTable", () => {
  const table = new WordTable(text);
  const words = (t: string) => table.read(t).map((id) => table.word(id));

  it("reads every text as the analyzer's words do: figures, possessives, phrases, names, accents, junk", () => {
    const texts = [
      ...kb.cards.flatMap((c) => [...c.questions, c.answer, ...(c.keywords ?? [])]),
      "4.5 gw and $30bn, 49% by 2026",
      "4. or 4.x or 3.14.15, 1,000,000",
      "h100s, gpt-4o's, don't, it's', a''b, abc'1, 's",
      "the data center's power and the DATA CENTER",
      "ÉCOLE über straße l'état naïve café",
      "three hundred billion dollars, forty-nine percent",
      "five hundred sites and twenty states, one's own, x'five gw, twenty_one, ten'",
      "plain lower-case text with no figure at all",
      "isn't oracle a database company? the database company's cloud",
      "any quotes from sam altman's ceo title, sam's altman",
      "what kinda jobs came in may, and what's in it for them, what do they get out of it",
      "where does acme fit in all this, who owns the stake, what hw do they run, sorta big, mankind a site",
      "what happened to the stock when the news broke, money coming from abroad, a shift from cash, why in the first place, where's acme in all this",
      "",
      "\u0000\u0001\ufffd 🚀📈",
      "x".repeat(5000),
    ];
    for (const t of texts) expect(words(t), t.slice(0, 60)).toEqual(text.words(t));
  });

  it("keeps one number per distinct word, whatever text it is read in", () => {
    const [a, b] = [table.read("Oracle and OpenAI"), table.read("openai or oracle")];
    expect(a[2]).toBe(b[0]);
    expect(table.lexeme(a[0]!)).toBe(table.lexeme(b[2]!));
    expect(table.lexeme(a[0]!).term).toBe(text.termOf(table.word(a[0]!)));
  });

  it("folds a role written with a possessive as the analyzer does", () => {
    const lexicon: LexiconData = {
      entities: [
        { name: "Acme", kind: "company", aliases: ["widget company"] },
        { name: "Jane Roe", kind: "person", aliases: ["acme ceo", "acme chief"] },
      ],
      synonyms: {},
      details: [],
    };
    const reader = new TextAnalyzer(lexicon);
    const own = new WordTable(reader);
    for (const t of ["any quotes from acme's ceo", "isn't acme a widget company", "the widget company's ceo", "acme's chief's view", "acme ceo's pay"]) {
      expect(own.read(t).map((id) => own.word(id)), t).toEqual(reader.words(t));
    }
  });
});
