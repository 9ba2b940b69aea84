import type { Article } from "../../knowledge/schema.js";
import { formatPublished, MONTH_NAMES } from "../format-published.js";
import { messages } from "../messages.js";
import type { NewsItem } from "./reply.js";

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH_WORD = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const SINCE_ISO = /\b(?:since|after|from)\s+(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?\b/;
const SINCE_MONTH = new RegExp(String.raw`\b(?:since|after|from)\s+(?:(\d{1,2})\s+)?${MONTH_WORD}\.?(?:\s+(\d{1,2}))?(?:,?\s+(\d{4}))?\b`);

/** A date bound: year, month (1–12 or null), day (or null). */
interface Bound {
  year: number;
  month: number | null;
  day: number | null;
}

function parsePublished(published: string): Bound {
  const [y, m, d] = published.split("-").map(Number);
  return { year: y!, month: m ?? null, day: d ?? null };
}

/** "2026-06-10" → "10 June 2026"; "2025-09" → "c. Sept 2025"; "2025" → "c. 2025". */
export function displayDate(published: string): { date: string; approximate: boolean } {
  const { year, month, day } = parsePublished(published);
  if (month && day) return { date: `${day} ${MONTH_NAMES[month - 1]} ${year}`, approximate: false };
  // The same "c. Sept 2025" the source lines show for a date given only to the month or year.
  return { date: formatPublished({ published, approximate: true }), approximate: true };
}

/** The earliest day a published date can mean, as yyyymmdd: "2025" → 20250101. */
function earliest(b: Bound): number {
  return b.year * 10000 + (b.month ?? 1) * 100 + (b.day ?? 1);
}

/**
 * The "since …" bound of a message, if it has one. A month without a year is the last such month on or before
 * the newest article ("since September" read in a later year still means the September the articles cover).
 */
export function sinceOf(text: string, newest: string | null): { bound: Bound; label: string } | null {
  const lower = text.toLowerCase();
  const iso = SINCE_ISO.exec(lower);
  if (iso) {
    const year = Number(iso[1]);
    const month = iso[2] ? Number(iso[2]) : null;
    const day = iso[3] ? Number(iso[3]) : null;
    if (month !== null && (month < 1 || month > 12)) return null;
    const bound = { year, month, day };
    return { bound, label: labelOf(bound) };
  }
  const named = SINCE_MONTH.exec(lower);
  if (!named) return null;
  const month = MONTHS.findIndex((m) => m.startsWith(named[2]!.slice(0, 3))) + 1;
  const dayText = named[1] ?? named[3];
  const day = dayText ? Number(dayText) : null;
  let year = named[4] ? Number(named[4]) : null;
  if (year === null) {
    const top = newest ? parsePublished(newest) : { year: new Date().getUTCFullYear(), month: 12, day: null };
    year = top.month !== null && month > top.month ? top.year - 1 : top.year;
  }
  const bound = { year, month, day: day && day <= 31 ? day : null };
  return { bound, label: labelOf(bound) };
}

function labelOf(b: Bound): string {
  if (b.month && b.day) return `${b.day} ${MONTH_NAMES[b.month - 1]} ${b.year}`;
  if (b.month) return `${MONTH_NAMES[b.month - 1]} ${b.year}`;
  return String(b.year);
}

export interface WhatsNew {
  text: string;
  items: NewsItem[];
}

/**
 * The articles newest first, each with its date (approximate ones marked) and one-line summary. With "since X",
 * only articles that are surely from X or later: an article dated only "2025" is not shown for "since Sept 2025".
 */
export function whatsNew(articles: Article[], message: string): WhatsNew {
  const sorted = [...articles].sort((a, b) => b.published.localeCompare(a.published) || a.title.localeCompare(b.title));
  const since = sinceOf(message, sorted[0]?.published ?? null);
  const kept = since ? sorted.filter((a) => earliest(parsePublished(a.published)) >= earliest(since.bound)) : sorted;
  const items: NewsItem[] = kept.map((a) => {
    const { date, approximate } = displayDate(a.published);
    return {
      source: { id: a.id, title: a.title, published: a.published, url: a.url ?? null },
      date,
      approximate,
      summary: a.summary.trim(),
    };
  });
  const text = since ? messages.newsSince(since.label, items.length) : messages.newsHeading(items.length);
  return { text, items };
}
