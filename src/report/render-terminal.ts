import { shares, TOP, type Report } from "./build-report.js";
import type { QuestionGroup } from "./similar-questions.js";

function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

function groupLines(groups: QuestionGroup[], empty: string): string[] {
  if (!groups.length) return [`  ${empty}`];
  const lines: string[] = [];
  for (const g of groups.slice(0, TOP)) {
    lines.push(`  ${String(g.count).padStart(4)} × ${g.question}`);
    for (const v of g.variants.slice(0, 3)) lines.push(`         also: ${v}`);
  }
  if (groups.length > TOP) lines.push(`  … and ${groups.length - TOP} more`);
  return lines;
}

/** The report as plain text for a terminal. */
export function renderTerminal(report: Report, cardLabel: (id: string) => string): string {
  const out: string[] = [];
  const period = report.first ? `${report.first.slice(0, 10)} to ${report.last!.slice(0, 10)}` : "no records";
  out.push(`What people asked${report.since ? ` since ${report.since}` : ""}: ${report.total} questions (${period})`);
  if (report.skipped) out.push(`(${report.skipped} lines of the log could not be read and were left out)`);
  const other = Object.entries(report.kinds).filter(([kind]) => kind !== "fact");
  if (other.length) out.push(`Kinds: ${Object.entries(report.kinds).map(([k, n]) => `${k} ${n}`).join(", ")}`);

  out.push("", "Questions per day");
  if (!report.perDay.length) out.push("  none");
  else {
    out.push(`  ${"day".padEnd(10)}  ${"slack".padStart(6)}  ${"discord".padStart(7)}  ${"console".padStart(7)}  ${"total".padStart(6)}  answered`);
    for (const d of report.perDay)
      out.push(
        `  ${d.day}  ${String(d.slack).padStart(6)}  ${String(d.discord).padStart(7)}  ${String(d.console).padStart(7)}  ${String(d.total).padStart(6)}  ${d.facts ? percent(d.answered / d.facts) : "-"}`,
      );
  }

  const s = shares(report.rates);
  out.push(
    "",
    `Knowledge questions: ${report.rates.questions}`,
    `  answered   ${String(report.rates.answered).padStart(5)}  ${percent(s.answered)}`,
    `  unsure     ${String(report.rates.unsure).padStart(5)}  ${percent(s.unsure)}`,
    `  no answer  ${String(report.rates.noAnswer).padStart(5)}  ${percent(s.noAnswer)}`,
  );

  out.push("", "Top unanswered questions (gaps: write a card, or add the wording to one)", ...groupLines(report.gaps, "none"));
  out.push("", "Top unsure questions (add the wording to the right card's questions)", ...groupLines(report.unsure, "none"));

  out.push("", "Cards with 👎 votes");
  if (!report.downvoted.length) out.push("  none");
  for (const v of report.downvoted.slice(0, TOP)) {
    out.push(`  ${v.card}: ${v.down} 👎, ${v.up} 👍  (${cardLabel(v.card)})`);
    for (const g of v.questions.slice(0, 3)) out.push(`    ${String(g.count).padStart(3)} × ${g.question}`);
  }

  out.push("", "Alternatives picked after an unsure answer");
  if (!report.picks.length) out.push("  none");
  for (const p of report.picks.slice(0, TOP))
    out.push(`  ${String(p.count).padStart(4)} × ${p.shown ?? "(not in the log)"} → ${p.picked}   e.g. "${p.questions[0]}"`);

  out.push("", `Cards nobody asked for (${report.unasked.length})`);
  if (!report.unasked.length) out.push("  none: every card was asked for");
  for (const c of report.unasked.slice(0, TOP * 2)) out.push(`  ${c.id}  (${c.topic}: ${c.question})`);
  if (report.unasked.length > TOP * 2) out.push(`  … and ${report.unasked.length - TOP * 2} more (see --json)`);
  return `${out.join("\n")}\n`;
}
