import type { TextAnalyzer } from "../text/analyzer.js";

/** Items of a list, at most two words each: "A, B or C", "A or B", "A, B and C". */
const LIST = /((?:[\p{L}\p{N}.'-]+\s+)?[\p{L}\p{N}.'-]+)((?:\s*,\s*(?:[\p{L}\p{N}.'-]+\s+)?[\p{L}\p{N}.'-]+)*)(\s*,?\s+(?:or|and|&|\/)\s+|\s*\/\s*)((?:[\p{L}\p{N}.'-]+\s+)?[\p{L}\p{N}.'-]+)/gu;

/**
 * "is there a site in Acmeville, Globex City or Initech Falls?": one question per named item, each asking the same
 * of one name. Only names of one kind count, and "A and B" only in a list of three or more ("between A and B" is
 * one thing). Null when the message lists no names.
 */
export function nameListParts(text: string, reader: TextAnalyzer): string[] | null {
  const leading = leadingListParts(text, reader);
  if (leading) return leading;
  for (const m of text.matchAll(LIST)) {
    const joiner = m[3]!.trim().replace(/^,\s*/, "");
    const rest = m[2]!.split(",").map((s) => s.trim()).filter(Boolean);
    const parts = partsOf(text, m, [m[1]!, ...rest, m[4]!], reader);
    if (parts && (joiner === "or" || joiner === "/" || parts.length >= 3)) return parts;
  }
  // Three or more items joined by commas alone: "any sites in Acmeville, Globex City, Initech Falls?".
  for (const m of text.matchAll(COMMA_LIST)) {
    const parts = partsOf(text, m, [m[1]!, ...m[2]!.split(",").map((s) => s.trim()).filter(Boolean)], reader);
    if (parts) return parts;
  }
  return null;
}

const COMMA_LIST = /((?:[\p{L}\p{N}.'-]+\s+)?[\p{L}\p{N}.'-]+)((?:\s*,\s*(?:[\p{L}\p{N}.'-]+\s+)?[\p{L}\p{N}.'-]+){2,})/gu;

/** The message asked of each item of the list `match` found, when every item is a different name of one kind. */
function partsOf(text: string, match: RegExpMatchArray, raw: string[], reader: TextAnalyzer): string[] | null {
  // The first item may have caught the word before it ("in Acmeville"): keep the name only.
  const items = raw.map((item) => nameIn(item, reader));
  if (items.some((i) => i === null)) return null;
  const kinds = new Set(items.map((i) => reader.kindOf(i!.term)));
  if (kinds.size !== 1 || new Set(items.map((i) => i!.term)).size !== items.length) return null;
  const before = text.slice(0, match.index) + raw[0]!.slice(0, raw[0]!.length - items[0]!.text.length);
  const after = text.slice(match.index! + match[0].length);
  return items.map((i) => `${before}${i!.text}${after}`.replace(/\s+/g, " ").trim());
}

/** The name an item of one or two words is, reading its last word alone when both words together are not one name. */
function nameIn(item: string, reader: TextAnalyzer): { text: string; term: string } | null {
  const words = item.split(/\s+/);
  for (const text of [item, words[words.length - 1]!]) {
    const named = [...reader.entitiesIn(text)];
    // Every word of it part of the name ("globex city" folds to one word; "in acmeville" does not).
    if (named.length === 1 && reader.words(text).length === 1) return { text, term: named[0]! };
  }
  return null;
}

/** "Acmeville, Globex City, Initech Falls - which of those have sites?": names first, then a question pointing back. */
const LEADING = /^\s*((?:[\p{L}\p{N}.'-]+(?:\s+[\p{L}\p{N}.'-]+)?\s*,\s*)+(?:(?:and|or|&)\s+)?[\p{L}\p{N}.'-]+(?:\s+[\p{L}\p{N}.'-]+)?)\s*(?:[-\u2013\u2014:]+|\?)\s*(.+)$/u;
const POINTS_TO_LIST = /\b(?:which\s+(?:one\s+)?of\s+)?(?:those|these|them)\b|\bwhich\s+ones?\b/i;

function leadingListParts(text: string, reader: TextAnalyzer): string[] | null {
  const m = LEADING.exec(text);
  if (!m || !POINTS_TO_LIST.test(m[2]!)) return null;
  const items = m[1]!.split(/\s*,\s*(?:(?:and|or|&)\s+)?|\s+(?:and|or|&)\s+/).filter(Boolean).map((item) => nameIn(item, reader));
  if (items.length < 2 || items.some((i) => i === null)) return null;
  if (new Set(items.map((i) => reader.kindOf(i!.term))).size !== 1) return null;
  return items.map((i) => m[2]!.replace(POINTS_TO_LIST, i!.text).replace(/\s+/g, " ").trim());
}
