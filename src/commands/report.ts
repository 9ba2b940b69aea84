import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { knowledgeDirFrom, withoutKnowledgeFlag } from "../app/open-desk.js";
import { loadDotEnv } from "../config/dot-env.js";
import { formatReport, loadKnowledge } from "../knowledge/load-knowledge.js";
import { QUESTIONS_FILE } from "../questions/question-record.js";
import { buildReport } from "../report/build-report.js";
import { readQuestionLog } from "../report/read-log.js";
import { renderHtml } from "../report/render-html.js";
import { renderTerminal } from "../report/render-terminal.js";
import { renderSuggestions, suggestExamples } from "../report/suggest-examples.js";

const USAGE = `Usage: npm run report -- [options]
  (no option)       what people asked, for the terminal
  --json            the same figures as one JSON object
  --html FILE       one self-contained HTML page with charts, written to FILE
  --suggest         card YAML with new example questions, from clicked alternatives and 👍 votes
  --since DATE      only records from DATE (YYYY-MM-DD, UTC) on
  --knowledge DIR   use another knowledge folder (or set KNOWLEDGE_DIR)
Reads DATA_DIR/${QUESTIONS_FILE} (DATA_DIR defaults to data).`;

type Args = { json: boolean; suggest: boolean; html: string | null; since: Date | null } | { problem: string };

function parseArgs(args: string[]): Args {
  let json = false;
  let suggest = false;
  let html: string | null = null;
  let since: Date | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = () => inline ?? args[++i];
    if (flag === "--json") json = true;
    else if (flag === "--suggest") suggest = true;
    else if (flag === "--html") {
      const file = value();
      if (!file) return { problem: "--html needs a file name, e.g. --html report.html" };
      html = file;
    } else if (flag === "--since") {
      const text = value() ?? "";
      const date = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : null;
      if (!date || Number.isNaN(date.getTime())) return { problem: `--since wants a date like 2026-06-01, got "${text}"` };
      since = date;
    } else return { problem: `Unknown option ${arg}` };
  }
  return { json, suggest, html, since };
}

function main(): number {
  const argv = process.argv.slice(2);
  const rest = withoutKnowledgeFlag(argv);
  if (rest.includes("--help") || rest.includes("-h")) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const args = parseArgs(rest);
  if ("problem" in args) {
    process.stderr.write(`${args.problem}\n\n${USAGE}\n`);
    return 2;
  }
  loadDotEnv();
  const file = join(process.env.DATA_DIR?.trim() || "data", QUESTIONS_FILE);
  const loaded = loadKnowledge(knowledgeDirFrom(argv));
  if (loaded.status === "invalid") {
    process.stderr.write(`The knowledge folder has problems; fix them first (npm run knowledge:check).\n${formatReport(loaded.problems)}\n`);
    return 1;
  }
  const { kb } = loaded;
  const read = readQuestionLog(file, args.since);
  if (read.status === "failed") {
    process.stderr.write(`Cannot read ${file}: ${read.reason}\n`);
    return 1;
  }
  if (read.status === "missing") process.stderr.write(`No question log at ${file} yet: nothing has been asked (or QUESTION_LOG is off).\n`);
  const records = read.status === "ok" ? read.records : [];

  if (args.suggest) {
    const suggestions = suggestExamples(records, kb.cards);
    if (!suggestions.length) {
      process.stderr.write("Nothing to suggest yet: no clicked alternatives or 👍 votes with new wordings.\n");
      return 0;
    }
    process.stdout.write(renderSuggestions(suggestions, kb.cards));
    return 0;
  }

  const cards = kb.cards.map((c) => ({ id: c.id, topic: c.topic, question: c.questions[0]! }));
  const labels = new Map(cards.map((c) => [c.id, c.question]));
  const label = (id: string) => labels.get(id) ?? "no longer in the knowledge";
  const report = buildReport(records, cards, { since: args.since, skipped: read.status === "ok" ? read.skipped : 0 });
  if (args.html) {
    const target = resolve(args.html);
    try {
      writeFileSync(target, renderHtml(report, label), "utf8");
    } catch (error) {
      process.stderr.write(`Cannot write ${target}: ${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
    process.stdout.write(`Wrote ${target}\n`);
    return 0;
  }
  process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : renderTerminal(report, label));
  return 0;
}

process.exitCode = main();
