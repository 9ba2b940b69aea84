import { shares, TOP, type DayRow, type Report } from "./build-report.js";
import type { QuestionGroup } from "./similar-questions.js";

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

const W = 560;
const H = 160;
const PAD = 30;

/** Answered share of knowledge questions per day, as a small line chart. */
export function answeredChart(days: DayRow[]): string {
  const points = days.filter((d) => d.facts > 0);
  if (!points.length) return `<p class="muted">No knowledge questions yet.</p>`;
  const x = (i: number) => PAD + (points.length === 1 ? (W - 2 * PAD) / 2 : (i * (W - 2 * PAD)) / (points.length - 1));
  const y = (rate: number) => H - PAD + 10 - rate * (H - PAD - 10);
  const coords = points.map((d, i) => `${x(i).toFixed(1)},${y(d.answered / d.facts).toFixed(1)}`);
  const dots = points
    .map((d, i) => `<circle cx="${x(i).toFixed(1)}" cy="${y(d.answered / d.facts).toFixed(1)}" r="3"><title>${escape(d.day)}: ${percent(d.answered / d.facts)} of ${d.facts}</title></circle>`)
    .join("");
  const grid = [0, 0.5, 1]
    .map((r) => `<line x1="${PAD}" x2="${W - PAD}" y1="${y(r)}" y2="${y(r)}" class="grid"/><text x="2" y="${y(r) + 4}">${percent(r)}</text>`)
    .join("");
  const labels = [0, points.length - 1]
    .filter((i, n, all) => all.indexOf(i) === n)
    .map((i) => `<text x="${x(i) - 30}" y="${H - 2}">${escape(points[i]!.day)}</text>`)
    .join("");
  return `<svg role="img" aria-label="Answered rate per day" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}">${grid}<polyline points="${coords.join(" ")}" class="line"/>${dots}${labels}</svg>`;
}

/** The biggest gaps as horizontal bars. */
export function gapsChart(gaps: QuestionGroup[]): string {
  const top = gaps.slice(0, TOP);
  if (!top.length) return `<p class="muted">No unanswered questions.</p>`;
  const max = Math.max(...top.map((g) => g.count));
  const row = 22;
  const bars = top
    .map((g, i) => {
      const width = Math.max(2, (g.count / max) * 200);
      const label = g.question.length > 60 ? `${g.question.slice(0, 59)}…` : g.question;
      return `<rect x="0" y="${i * row + 4}" width="${width.toFixed(1)}" height="14" class="bar"/><text x="${width + 6}" y="${i * row + 16}">${g.count} × ${escape(label)}</text>`;
    })
    .join("");
  return `<svg role="img" aria-label="Top unanswered questions" viewBox="0 0 ${W} ${top.length * row + 6}" width="${W}" height="${top.length * row + 6}">${bars}</svg>`;
}

function groupList(groups: QuestionGroup[]): string {
  if (!groups.length) return `<p class="muted">None.</p>`;
  const items = groups
    .slice(0, TOP)
    .map((g) => `<tr><td class="n">${g.count}</td><td>${escape(g.question)}${g.variants.length ? `<div class="muted">also: ${g.variants.slice(0, 3).map(escape).join(" · ")}</div>` : ""}</td></tr>`)
    .join("");
  return `<table>${items}</table>`;
}

/** One self-contained page: inline CSS and SVG, no scripts, nothing fetched; UTF-8 declared by its byte order mark. */
export function renderHtml(report: Report, cardLabel: (id: string) => string): string {
  const s = shares(report.rates);
  const period = report.first ? `${report.first.slice(0, 10)} to ${report.last!.slice(0, 10)}` : "no records";
  const days = report.perDay
    .map((d) => `<tr><td>${escape(d.day)}</td><td class="n">${d.slack}</td><td class="n">${d.discord}</td><td class="n">${d.console}</td><td class="n">${d.total}</td><td class="n">${d.facts ? percent(d.answered / d.facts) : "-"}</td></tr>`)
    .join("");
  const votes = report.downvoted
    .slice(0, TOP)
    .map((v) => `<tr><td><code>${escape(v.card)}</code><div class="muted">${escape(cardLabel(v.card))}</div></td><td class="n">${v.down} 👎 / ${v.up} 👍</td><td>${v.questions.slice(0, 3).map((g) => `${g.count} × ${escape(g.question)}`).join("<br>")}</td></tr>`)
    .join("");
  const picks = report.picks
    .slice(0, TOP)
    .map((p) => `<tr><td class="n">${p.count}</td><td><code>${escape(p.shown ?? "(not in the log)")}</code> → <code>${escape(p.picked)}</code></td><td>${escape(p.questions[0] ?? "")}</td></tr>`)
    .join("");
  const unasked = report.unasked.map((c) => `<li><code>${escape(c.id)}</code> <span class="muted">${escape(c.topic)}: ${escape(c.question)}</span></li>`).join("");
  // The byte order mark declares UTF-8 for the emoji and any script people typed, before any tag is read.
  return `\uFEFF<!doctype html>
<html lang="en"><head>
<title>Deal Desk: what people asked</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#222}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}
table{border-collapse:collapse}td,th{padding:.2rem .6rem;border-bottom:1px solid #eee;text-align:left;vertical-align:top}
.n{text-align:right;font-variant-numeric:tabular-nums}.muted{color:#777;font-size:.9em}
.stats span{display:inline-block;margin-right:1.5rem}.stats b{font-size:1.3rem}
svg text{font-size:11px;fill:#444}.grid{stroke:#ddd}.line{fill:none;stroke:#2b6cb0;stroke-width:2}circle{fill:#2b6cb0}.bar{fill:#c05621}
</style></head><body>
<h1>What people asked${report.since ? ` since ${escape(report.since)}` : ""}</h1>
<p>${report.total} questions, ${escape(period)}.${report.skipped ? ` ${report.skipped} unreadable lines left out.` : ""}</p>
<p class="stats"><span><b>${percent(s.answered)}</b> answered</span><span><b>${percent(s.unsure)}</b> unsure</span><span><b>${percent(s.noAnswer)}</b> no answer</span><span class="muted">of ${report.rates.questions} knowledge questions</span></p>
<h2>Answered rate per day</h2>
${answeredChart(report.perDay)}
<h2>Questions per day and platform</h2>
<table><tr><th>Day</th><th>Slack</th><th>Discord</th><th>Console</th><th>Total</th><th>Answered</th></tr>${days}</table>
<h2>Top gaps: questions with no answer</h2>
${gapsChart(report.gaps)}
${groupList(report.gaps)}
<h2>Top unsure questions</h2>
${groupList(report.unsure)}
<h2>Cards with 👎 votes</h2>
${votes ? `<table><tr><th>Card</th><th>Votes</th><th>Questions behind the 👎</th></tr>${votes}</table>` : `<p class="muted">None.</p>`}
<h2>Alternatives picked after an unsure answer</h2>
${picks ? `<table><tr><th>Times</th><th>Shown → picked</th><th>For example</th></tr>${picks}</table>` : `<p class="muted">None.</p>`}
<h2>Cards nobody asked for (${report.unasked.length})</h2>
${unasked ? `<ul>${unasked}</ul>` : `<p class="muted">None: every card was asked for.</p>`}
</body></html>
`;
}
