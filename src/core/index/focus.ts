import type { ReadWord } from "../text/analyzer.js";
import { STOP_WORDS } from "../text/vocabulary.js";

/**
 * The head noun of a question: the thing it asks for. "What's the population of Springfield?" asks for a
 * population, "which town in Utopia…" for a town, "how many GPUs" for GPUs, "Acme's pension fund" for
 * the fund. A card that never mentions that thing cannot answer it, however much else it shares.
 */

// Nouns that say nothing of what is asked ("what's the deal", "any news") or only its kind ("what year").
const EMPTY = new Set(
  `deal deals thing things story news info information update updates status situation detail details point idea part kind sort
  type gist lowdown scoop summary overview latest word take background context bit lot one ones way
  year years date dates time month day amount size value number figure figures reason reasons name names place places
  location locations cost price total sum percent percentage share kind much many big large long chunk chunks piece
  pieces slice portion bunch ton tons benefit benefits upside upsides advantage advantages impact impacts effect effects implication
  implications significance angle`.split(/\s+/),
);
const WH = new Set(["what", "which", "whats", "what's"]);
const LINK = new Set(["is", "are", "was", "were", "'s", "s", "the", "a", "an", "its", "their", "his", "her", "exactly", "actual", "kind", "of", "sort", "type"]);

/** Index of the focus word in `words`, or -1 when the question names none. */
export function focusOf(words: ReadWord[]): number {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.word;
    if (w === "how" && words[i + 1]?.word === "many") return contentAt(words, i + 2);
    if (WH.has(w)) {
      let j = i + 1;
      while (j < words.length && LINK.has(words[j]!.word)) j++;
      const at = contentAt(words, j, 0);
      if (at >= 0) return at;
    }
    // "the population of Springfield": a noun asked of something named.
    if (w === "of" && words[i + 1]?.entity && i > 0) {
      const before = words[i - 1]!.word;
      if (!STOP_WORDS.has(before) && !EMPTY.has(before) && !words[i - 1]!.entity) return i - 1;
    }
    // "Acme's pension fund": what belongs to someone named.
    if (words[i]!.entity && /'s$/.test(w)) return contentAt(words, i + 1, 0);
  }
  return -1;
}

/** The first word from `at` that is a real noun candidate (not a stop word or empty noun), looking at most `slack` words on. */
function contentAt(words: ReadWord[], at: number, slack = 1): number {
  for (let j = at; j < Math.min(words.length, at + 1 + slack); j++) {
    const w = words[j]!;
    if (w.entity) return -1;
    if (STOP_WORDS.has(w.word) || EMPTY.has(w.word)) continue;
    return j;
  }
  return -1;
}
