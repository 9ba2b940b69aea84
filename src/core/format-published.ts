import type { SourceRef } from "./answer.js";
import { messages } from "./messages.js";

/** Month names as dates are written for people: "Sept 2025", "10 June 2026". */
export const MONTH_NAMES = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"];

/**
 * A source's date as a source line shows it. A stated date is shown as the article gives it ("2026-06-10");
 * an approximate one is marked and spelled out ("c. Sept 2025", "c. 2024") so nobody reads it as exact.
 */
export function formatPublished(source: Pick<SourceRef, "published" | "approximate">): string {
  if (!source.approximate) return source.published;
  const [year, month, day] = source.published.split("-");
  const monthName = month ? MONTH_NAMES[Number(month) - 1] : undefined;
  const spelled = [day ? String(Number(day)) : "", monthName ?? "", year ?? ""].filter(Boolean).join(" ");
  return `${messages.approximateDate} ${spelled}`;
}

/** " (descriptive title)" after a title the curators wrote because the article has no headline of its own. */
export function titleNote(source: Pick<SourceRef, "headline">): string {
  return source.headline === false ? ` (${messages.descriptiveTitle})` : "";
}
