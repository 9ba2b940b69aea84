import { confidenceText, type Answer, type SourceRef } from "../core/answer.js";
import { formatPublished, titleNote } from "../core/format-published.js";
import type { Reply } from "../core/conversation/reply.js";
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

/** Any conversation reply as terminal text; numbered choices are picked by typing their number. */
export function renderReplyText(reply: Reply): string {
  switch (reply.kind) {
    case "fact": {
      const body = renderText(reply.answer);
      return reply.readAs ? `${messages.readingAs(reply.readAs)}\n${body}` : body;
    }
    case "smalltalk":
    case "help":
    case "scope": {
      const lines = [reply.text];
      if (reply.examples.length) {
        lines.push(`  ${messages.tryAsking}`);
        for (const e of reply.examples) lines.push(`    - ${e}`);
      }
      return lines.join("\n");
    }
    case "silent":
      return "";
    case "news":
      return [reply.text, ...reply.items.map((i) => `  - ${i.source.title} (${i.date})\n    ${i.summary}`)].join("\n");
    case "browse": {
      // The card about the name itself comes first; the other questions follow as numbered choices.
      const lines = reply.lead ? [renderReplyText({ kind: "fact", question: reply.question, answer: reply.lead, readAs: null })] : [];
      if (reply.choices.length || !reply.lead) lines.push(reply.lead ? `\n${reply.text}` : reply.text);
      reply.choices.forEach((c, n) => lines.push(`  ${n + 1}) ${c.question}`));
      if (reply.choices.length) lines.push(`  ${messages.pickByNumber}`);
      return lines.join("\n");
    }
    case "multi":
      return [
        messages.multiHeading(reply.parts.length),
        ...reply.parts.map((p, n) => `\n${n + 1}) ${p.question}\n${renderReplyText(p)}`),
        ...(reply.dropped ? [`\n${messages.multiMore(reply.dropped)}`] : []),
      ].join("\n");
  }
}
