import { FEATURE_NAMES } from "../core/confidence.js";
import type { Explanation } from "../core/create-desk.js";

const fixed = (n: number) => n.toFixed(2);

/** `npm run ask -- --explain`: how the question was read, the top cards with every feature, and the verdict. */
export function renderExplanation(e: Explanation): string {
  const lines = [`Question: ${e.question}`, "", "Read as:"];
  for (const w of e.words) {
    const notes = [
      w.term === null ? "stop word" : `term ${w.term}`,
      w.corrected ? `corrected to "${w.corrected}"` : null,
      w.entity ? `names ${w.entity}` : null,
      w.focus ? "what it asks for (head noun)" : null,
      w.unknown ? (e.asMainStory ? "unknown to the main story's cards" : "unknown to every card") : null,
    ].filter(Boolean);
    lines.push(`  ${w.word.padEnd(18)} ${notes.join("; ")}`);
  }
  lines.push(`Asks for: ${e.asks ?? "nothing in particular (no question word that names a kind)"}`);
  // A word only another deal's cards use counts as unknown then: name that deal's company or term to reach its cards.
  if (e.asMainStory) {
    lines.push(
      "Read first as about the main story: it names nothing particular to another deal (a name or a term only that deal's",
      "cards use), so its words are weighed by the main story's cards; another deal's card answers only where they have none",
    );
  }
  lines.push("", "Top cards:");
  e.top.forEach((c, i) => {
    lines.push(`  ${i + 1}. ${c.card}  confidence ${fixed(c.confidence)}`);
    lines.push(`     ${FEATURE_NAMES.map((name) => `${name} ${fixed(c.features[name])}`).join(", ")}`);
  });
  lines.push("", verdict(e));
  return lines.join("\n");
}

function verdict(e: Explanation): string {
  const [first, second] = e.top;
  const bands = `answer at ${fixed(e.bands.answerAt)}, unsure at ${fixed(e.bands.unsureAt)}`;
  if (!first && e.asMainStory && e.words.some((w) => w.unknown && w.term)) {
    return "Verdict: read as about the main story, none of its cards shares a word with the question, so the bot says it does not know; the words it has are another deal's only (name that deal to reach its cards).";
  }
  if (!first) return "Verdict: no card shares a word with the question, so the bot says it does not know.";
  const why: string[] = [];
  const f = first.features;
  if (f.figureOfAnother) why.push("it asks for a figure of a company or person the card never mentions, so the card's figure is not the one asked");
  else if (f.foreign) why.push("it names a company, person or place the card never mentions");
  if (f.unmet) why.push("it asks for a precise detail the answer never names");
  else if (f.missed) why.push("it asks for a kind of fact (amount, date, place, person) the answer does not give");
  if (f.focus === 1) why.push("what it asks for (its head noun) appears in no card");
  else if (f.focus) why.push("what it asks for (its head noun) is not in this card");
  if (f.unlisted >= 0.66) why.push("several of its words are in none of the card's example questions or keywords");
  if (f.rare) why.push("it has words no card knows that are not everyday English");
  // Answered outright, these only lowered its confidence; otherwise they are why it was held back.
  const tail = !why.length ? "" : e.answer.status === "answered" ? ` Its confidence is lower because ${why.join("; ")}.` : ` Held back because ${why.join("; ")}.`;
  const lead = second ? ` It leads ${second.card} by ${fixed(first.confidence - second.confidence)}.` : "";
  const status = e.answer.status === "answered" ? `answers with ${first.card}` : e.answer.status === "unsure" ? `gives ${first.card} as a guess` : "abstains";
  return `Verdict: the bot ${status} (confidence ${fixed(first.confidence)}; ${bands}).${lead}${tail}`;
}
