import { join } from "node:path";
import { knowledgeDirFrom, PROJECT_ROOT } from "../app/open-desk.js";
import { formatReport, loadKnowledge } from "../knowledge/load-knowledge.js";
import { MAX_KEYWORDS } from "../knowledge/schema.js";
import { staleness } from "../knowledge/model-file.js";

const dir = knowledgeDirFrom(process.argv.slice(2));
const result = loadKnowledge(dir);
if (result.status === "invalid") {
  process.stderr.write(`${formatReport(result.problems)}\n`);
  process.exitCode = 1;
} else {
  const { kb } = result;
  const disputed = kb.cards.filter((c) => c.disputed).length;
  process.stdout.write(
    `Knowledge base OK: ${kb.cards.length} cards in ${kb.topics.length} topics, ${kb.articles.length} articles, ${kb.lexicon.entities.length} lexicon entities, ${disputed} cards note a dispute.\n`,
  );
  for (const card of kb.cards.filter((c) => (c.keywords?.length ?? 0) > MAX_KEYWORDS))
    process.stdout.write(`Warning: ${card.file}: card "${card.id}": ${card.keywords!.length} keywords; keep at most ${MAX_KEYWORDS}, the names people use for its subject\n`);
  // The model is judged against the project's eval files: a stale model fails here and in CI (npm test).
  const stale = staleness(kb, join(PROJECT_ROOT, "tests/eval"));
  for (const note of stale.notes) process.stdout.write(`Note: ${note}\n`);
  for (const error of stale.errors) process.stderr.write(`Model: ${error}\n`);
  if (stale.errors.length) process.exitCode = 1;
}
