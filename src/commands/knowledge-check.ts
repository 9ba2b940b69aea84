import { knowledgeDirFrom } from "../app/open-desk.js";
import { formatReport, loadKnowledge } from "../knowledge/load-knowledge.js";

const dir = knowledgeDirFrom(process.argv.slice(2));
const result = loadKnowledge(dir);
if (result.status === "invalid") {
  process.stderr.write(`${formatReport(result.problems)}\n`);
  process.exitCode = 1;
} else {
  const { kb } = result;
  const disputed = kb.cards.filter((c) => c.disputed).length;
  process.stdout.write(
    `Knowledge base OK: ${kb.cards.length} cards in ${kb.topics.length} topics, ${kb.articles.length} articles, ${disputed} cards note a dispute.\n`,
  );
}
