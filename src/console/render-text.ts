import { confidenceText, type Answer, type SourceRef } from "../core/answer.js";
import { formatPublished, titleNote } from "../core/format-published.js";
import { messages } from "../core/messages.js";

export function sourceLine(s: SourceRef): string {
  return `${s.title}${titleNote(s)} (${formatPublished(s)})${s.url ? ` ${s.url}` : ""}`;
}

/** An Answer as plain terminal text. */
export function renderText(answer: Answer): string {
  const lines: string[] = [];
  if (answer.notice) lines.push(`(${answer.notice})`);
  if (answer.status === "unsure") lines.push(messages.unsurePrefix);
  lines.push(answer.answer);
  if (answer.card) lines.push(`  ${confidenceText(answer.confidence)}  [${answer.card}]`);
  if (answer.disputed) lines.push(`  ⚠ ${messages.disputedLabel}: ${answer.disputed}`);
  if (answer.sources.length) {
    lines.push("  Sources:");
    for (const s of answer.sources) lines.push(`    - ${sourceLine(s)}`);
  }
  if (answer.alternatives.length) {
    // A confident answer's alternatives are further reading; an unsure one's are other readings of the question.
    lines.push(`  ${answer.status === "unsure" ? messages.didYouMean : `${messages.relatedHeading}:`}`);
    answer.alternatives.forEach((alt, i) => lines.push(`    ${i + 1}) ${alt.question}`));
    lines.push(`  ${messages.pickByNumber}`);
  }
  if (answer.suggestions.length) {
    lines.push("  Try asking:");
    for (const s of answer.suggestions) lines.push(`    - ${s}`);
  }
  return lines.join("\n");
}
