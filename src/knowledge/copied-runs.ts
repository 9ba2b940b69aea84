/**
 * Fact cards are written in the project's own words. A run of RUN_LENGTH words shared with an article is copying,
 * whatever the punctuation, case or accents.
 */
export const RUN_LENGTH = 10;

export function normalisedWords(text: string): string[] {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[’‘`´]/g, "'")
      .match(/[a-z0-9]+/g) ?? []
  );
}

export function runsOf(text: string, size = RUN_LENGTH): Set<string> {
  const words = normalisedWords(text);
  const out = new Set<string>();
  for (let i = 0; i + size <= words.length; i++) out.add(words.slice(i, i + size).join(" "));
  return out;
}

/**
 * The copied passages of `text`: each maximal stretch of words that shares runs of RUN_LENGTH words with the
 * article, joined into one quote, so a copied sentence is reported once, not once per overlapping run.
 */
export function copiedPassages(text: string, articleRuns: Set<string>, size = RUN_LENGTH): string[] {
  const words = normalisedWords(text);
  const out: string[] = [];
  let start = -1;
  let end = -1;
  for (let i = 0; i + size <= words.length; i++) {
    if (!articleRuns.has(words.slice(i, i + size).join(" "))) continue;
    if (start >= 0 && i <= end) end = i + size;
    else {
      if (start >= 0) out.push(words.slice(start, end).join(" "));
      start = i;
      end = i + size;
    }
  }
  if (start >= 0) out.push(words.slice(start, end).join(" "));
  return out;
}
