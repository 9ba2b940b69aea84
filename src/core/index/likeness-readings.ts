import { trigramsOf } from "./trigrams.js";

/** A message this long or longer is also read clause by clause. */
const MIN_CLAUSE_SPLIT_WORDS = 7;
/** A clause read alone is like an example question less surely than the whole message is. */
const CLAUSE_SHARE = 0.7;
const CLAUSE_BREAK = /[,;:?!.()]+\s*|\s+-+\s+/;
/** Chat filler that says nothing of what is asked ("lol", "tho", "rn", "actually"). */
const CHATTER =
  /\b(?:ok|okay|um|uh|hmm|omg|wait|anyway|anyways|bro|dude|mate|lol|lmao|haha|tho|pls|plz|please|rn|btw|fyi|yo|hey|hi|tbh|imo|ngl|kinda|actually|basically|exactly|really|just|even|again|guys|folks)\b/gi;

/** Chat spellings of everyday words, spelled out as example questions write them ("which states r getting…"). */
const SPELLED: Record<string, string> = { r: "are", u: "you", ur: "your", ya: "you", ppl: "people", bc: "because", cuz: "because", abt: "about", wat: "what", wht: "what", thru: "through", tmrw: "tomorrow", yr: "year", yrs: "years", bn: "billion" };
const CHAT_SPELLING = new RegExp(String.raw`\b(?:${Object.keys(SPELLED).join("|")})\b`, "gi");

/** A reading of the question as trigrams, and how much its likeness to an example question counts. */
export interface Reading {
  grams: Uint32Array;
  share: number;
}

/**
 * Further readings of a question for its likeness to example questions, which Jaccard likeness punishes for every
 * word the example lacks: the question without chat filler ("whats in it for acme lol tho") and with chat spellings
 * spelled out ("r" → "are"), and, for a longer
 * message, each clause ("ok so from finance, how much is the acme deal worth").
 */
export function likenessReadings(text: string, words: (text: string) => string[]): Reading[] {
  const out: Reading[] = [];
  const calm = text.replace(CHATTER, " ").replace(CHAT_SPELLING, (w) => SPELLED[w.toLowerCase()] ?? w);
  if (calm !== text && words(calm).length >= 2) out.push({ grams: trigramsOf(calm), share: 1 });
  if (words(text).length < MIN_CLAUSE_SPLIT_WORDS) return out;
  const clauses = text.split(CLAUSE_BREAK).filter((p) => words(p).length >= 3);
  if (clauses.length >= 2) for (const c of clauses) out.push({ grams: trigramsOf(c), share: CLAUSE_SHARE });
  return out;
}
