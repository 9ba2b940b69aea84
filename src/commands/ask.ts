import { Readable } from "node:stream";
import { openDesk, withoutKnowledgeFlag } from "../app/open-desk.js";
import { knowledgeFolderFrom, withoutPackFlag } from "../app/pack-flag.js";
import { answerJsonLines } from "../console/json-lines.js";
import { renderExplanation } from "../console/render-explanation.js";
import { renderReplyText } from "../console/render-text.js";
import { createConversation } from "../core/conversation/conversation.js";

const USAGE = `Usage:
  npm run ask -- "how much is the deal worth?"          one answer, for people
  npm run ask -- --json < questions.txt                  one JSON line per input line
  npm run ask -- --json "question"                       one JSON line for that question
  npm run ask -- --explain "question"                    how it was read, the top 5 cards and their features, and why
Options:
  --knowledge DIR   use another knowledge folder (or set KNOWLEDGE_DIR)
  --pack DIR        add a new deal's folder (articles.yaml, cards/, lexicon.yaml) to the knowledge, as eval:pack does`;

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const args = withoutPackFlag(withoutKnowledgeFlag(argv));
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const folder = knowledgeFolderFrom(argv);
  if (folder.status === "invalid") {
    process.stderr.write(`${folder.message}\n`);
    return 1;
  }
  // Opening reads every file: a pack's merged copy is no longer needed after.
  const opened = openDesk(folder.dir);
  folder.done();
  if (opened.status === "invalid") {
    process.stderr.write(`${folder.shown(opened.report)}\n`);
    return 1;
  }
  const question = args.filter((a) => !a.startsWith("--")).join(" ");
  if (args.includes("--json")) {
    // A question on the command line is one input line; without one, the lines come on stdin.
    await answerJsonLines(opened.desk, question ? Readable.from([question]) : process.stdin, process.stdout);
    return 0;
  }
  if (args.includes("--explain")) {
    process.stdout.write(`${renderExplanation(opened.desk.explain(question))}\n`);
    return 0;
  }
  process.stdout.write(`${renderReplyText(createConversation(opened.desk).reply({ text: question, place: "direct" }))}\n`);
  return 0;
}

// Output piped into a reader that stops early ("| head"): nothing more is wanted, so stop quietly.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});
process.exitCode = await main();
