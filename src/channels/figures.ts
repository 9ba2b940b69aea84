/** Money figures in free text ("$30 billion", "300bn", "up to $300B"), for spotting a posted figure our cards do not give. */

export interface Figure {
  /** As shown: "$30 billion", "up to $300 billion". */
  text: string;
  /** In dollars, for comparing. */
  value: number;
}

const SCALE: Record<string, number> = { trillion: 1e12, tn: 1e12, t: 1e12, billion: 1e9, bn: 1e9, b: 1e9, million: 1e6, mn: 1e6, m: 1e6 };
const NAME: Record<number, string> = { 1e12: "trillion", 1e9: "billion", 1e6: "million" };

// "$30 billion", "$300B", "30bn", "USD 4.5 billion"; a bare "30 billion" counts too (deal figures are money).
const pattern = /(up to\s+)?(\$|usd\s?)?\s?(\d{1,4}(?:[.,]\d{1,3})?)\s?(trillion|billion|million|tn|bn|mn|[tbm])\b/gi;

export function figuresIn(text: string): Figure[] {
  const out: Figure[] = [];
  for (const match of text.slice(0, 20_000).matchAll(pattern)) {
    const [, upTo, dollar, amount, unit] = match;
    const short = unit!.length === 1;
    // A bare "30 m" is as likely metres as millions: single-letter units need a dollar sign.
    if (short && !dollar) continue;
    const scale = SCALE[unit!.toLowerCase()]!;
    const number = Number(amount!.replace(",", "."));
    if (!Number.isFinite(number)) continue;
    const value = number * scale;
    const text = `${upTo ? "up to " : ""}$${amount!.replace(",", ".")} ${NAME[scale]}`;
    if (!out.some((f) => f.value === value && f.text === text)) out.push({ text, value });
  }
  return out;
}

/** Posted figures that none of ours match, each with our figures (closest first, at most 2). */
export function differingFigures(posted: Figure[], ours: Figure[]): { posted: string; ours: string[] }[] {
  if (!ours.length) return [];
  const known = new Set(ours.map((f) => f.value));
  const out: { posted: string; ours: string[] }[] = [];
  for (const figure of posted) {
    if (known.has(figure.value) || out.some((o) => o.posted === figure.text)) continue;
    const closest = [...new Map(ours.map((f) => [f.text, f])).values()]
      .sort((a, b) => Math.abs(Math.log(a.value / figure.value)) - Math.abs(Math.log(b.value / figure.value)))
      .slice(0, 2)
      .map((f) => f.text);
    out.push({ posted: figure.text, ours: closest });
  }
  return out.slice(0, 2);
}
