import type { KnowledgeBase } from "../knowledge/load-knowledge.js";
import { TextAnalyzer } from "../core/text/analyzer.js";
import type { EvalItem } from "./eval-set.js";

/**
 * Near misses made up for fitting: a question about a card's own subject that asks for something no card says
 * ("the population of Springfield", "is Jane Doe married"). People ask these, and answering them from the
 * subject's card is the commonest wrong answer; an eval set written by hand has too few of them for the model
 * to learn that a name matched is not a question answered. Generic English only: no story is named here, the
 * subjects come from the cards' `about` and the lexicon.
 */
const ASKS: { words: string; kind: "place" | "person" | "company" | "any"; templates: string[] }[] = [
  { words: "population", kind: "place", templates: ["what's the population of {x}", "{x} population?"] },
  { words: "weather", kind: "place", templates: ["what's the weather like in {x}", "{x} weather today"] },
  { words: "capital city", kind: "place", templates: ["what is the capital city of {x}"] },
  { words: "married", kind: "person", templates: ["is {x} married", "who is {x} married to"] },
  { words: "birthday", kind: "person", templates: ["when is {x}'s birthday"] },
  { words: "favorite food", kind: "person", templates: ["what's {x}'s favorite food"] },
  { words: "phone number", kind: "company", templates: ["what's the phone number for {x}", "{x} phone number?"] },
  { words: "logo", kind: "company", templates: ["what color is the {x} logo"] },
  { words: "parking", kind: "company", templates: ["is there parking near {x}"] },
  { words: "dress code", kind: "company", templates: ["what's the dress code at {x}"] },
  { words: "mascot", kind: "company", templates: ["does {x} have a mascot"] },
  { words: "recipe", kind: "any", templates: ["any good {x} recipe?"] },
  { words: "lyrics", kind: "any", templates: ["lyrics of the {x} song"] },
  { words: "hotel", kind: "place", templates: ["best hotel near {x}?"] },
  { words: "restaurant", kind: "place", templates: ["good restaurants in {x}?"] },
  { words: "time zone", kind: "place", templates: ["what time zone is {x} in"] },
  { words: "height", kind: "person", templates: ["how tall is {x}"] },
  { words: "hobbies", kind: "person", templates: ["what are {x}'s hobbies"] },
  { words: "crime rate", kind: "place", templates: ["what's the crime rate in {x}"] },
  { words: "mayor", kind: "place", templates: ["who is the mayor of {x}"] },
  { words: "translate", kind: "any", templates: ["translate {x} into latin"] },
  { words: "poem", kind: "any", templates: ["write a poem about {x}"] },
  { words: "joke", kind: "any", templates: ["tell me a joke about {x}"] },
  { words: "spell", kind: "any", templates: ["how do you spell {x}"] },
];

export function syntheticNegatives(kb: KnowledgeBase, perCard = 2, seed = 11): EvalItem[] {
  const said = kb.cards.map((c) => [...c.questions, ...(c.keywords ?? []), c.answer].join(" \n ").toLowerCase()).join(" \n ");
  const unsaid = ASKS.filter((a) => !new RegExp(`\\b${a.words}`, "i").test(said));
  const byName = new Map(kb.lexicon.entities.map((e) => [e.name.toLowerCase(), e]));
  const reader = new TextAnalyzer(kb.lexicon, kb.cards.map((c) => c.answer));
  // A card's subjects: its `about`, or else the names in its first question.
  const subjectsOf = (card: KnowledgeBase["cards"][number]) =>
    card.about?.length ? card.about : [...new Set(reader.read(card.questions[0]!).flatMap((w) => (w.entity ? [w.entity.name] : [])))];
  let s = seed >>> 0;
  const pick = <T>(list: T[]): T => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return list[Math.floor((s / 4294967296) * list.length)]!;
  };
  const out: EvalItem[] = [];
  if (!unsaid.length) return out;
  for (const card of kb.cards) {
    const subjects = subjectsOf(card).map((name) => byName.get(name.toLowerCase())).filter((e) => e !== undefined);
    if (!subjects.length) continue;
    for (let i = 0; i < perCard; i++) {
      const entity = pick(subjects);
      const name = pick([entity.name, ...(entity.aliases ?? []).filter((a) => a.length > 3)]);
      const fits = unsaid.filter((a) => a.kind === "any" || a.kind === entity.kind || (a.kind === "company" && entity.kind !== "place" && entity.kind !== "person"));
      const ask = pick(fits.length ? fits : unsaid);
      out.push({ question: pick(ask.templates).replace("{x}", name.toLowerCase()), expected: [], kind: "near-miss", set: "synthetic" });
    }
  }
  return out;
}
