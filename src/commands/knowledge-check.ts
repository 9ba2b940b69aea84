import { join, resolve } from "node:path";
import { flagValue, PROJECT_ROOT } from "../app/open-desk.js";
import { knowledgeFolderFrom, packArticleTexts } from "../app/pack-flag.js";
import { isFolder, readArticleTexts } from "../knowledge/article-texts.js";
import { styleWarnings } from "../knowledge/answer-style.js";
import { checkFidelity } from "../knowledge/fidelity.js";
import { formatProblem, formatReport, loadKnowledge } from "../knowledge/load-knowledge.js";
import { staleness } from "../knowledge/model-file.js";

/** `--articles DIR`, else ../shared/articles next to the project (used only when it exists, except in CI). */
function articlesDirFrom(argv: string[]): { dir: string; given: boolean } {
  const value = flagValue(argv, "--articles");
  return value ? { dir: resolve(value), given: true } : { dir: resolve(PROJECT_ROOT, "../shared/articles"), given: false };
}

const argv = process.argv.slice(2);
const folder = knowledgeFolderFrom(argv);
if (folder.status === "invalid") {
  process.stderr.write(`${folder.message}\n`);
  process.exitCode = 1;
} else {
  try {
    check(folder.dir, folder.pack ? { dir: folder.pack, articles: folder.packArticles } : null, folder.shown);
  } finally {
    folder.done();
  }
}

/** Checks the knowledge (with a pack added, when given); `shown` names the curator's own files in messages. */
function check(dir: string, pack: { dir: string; articles: string[] } | null, shown: (text: string) => string): void {
  const out = (text: string) => process.stdout.write(shown(text));
  const err = (text: string) => process.stderr.write(shown(text));
  const result = loadKnowledge(dir);
  if (result.status === "invalid") {
    err(`${formatReport(result.problems)}\n`);
    process.exitCode = 1;
    return;
  }
  const { kb } = result;
  const articles = articlesDirFrom(argv);
  const inCi = process.env.CI === "true" || process.env.CI === "1";
  let fidelity: string;
  if (isFolder(articles.dir)) {
    // A pack's own article sits in its folder (`<id>.txt` or `article.txt`), beside the shared texts.
    const texts = readArticleTexts(articles.dir, kb.articles.map((a) => a.id));
    if (pack) for (const [id, text] of packArticleTexts(pack.dir, pack.articles)) texts.set(id, text);
    const problems = checkFidelity({ kb, texts, articlesDir: articles.dir });
    if (problems.length) {
      err(`${formatReport(problems).replace("Knowledge base is invalid", "Cards do not match their articles")}\n`);
      process.exitCode = 1;
    }
    fidelity = problems.length ? "" : ` Every card matches its articles (${articles.dir}${pack ? ` and ${pack.dir}` : ""}).`;
  } else if (articles.given || inCi) {
    err(
      `Cannot check the cards against their articles: ${articles.dir} is not a folder. ` +
        `Put the article texts (<id>.txt) there, or pass --articles DIR.${inCi ? " In CI the check must run, so this fails." : ""}\n`,
    );
    process.exitCode = 1;
    fidelity = "";
  } else fidelity = ` Fidelity check skipped: no article texts at ${articles.dir} (pass --articles DIR).`;

  const disputed = kb.cards.filter((c) => c.disputed).length;
  const verdict = process.exitCode === 1 ? "Knowledge base loads, but fails the check above" : pack ? "Knowledge base with the pack OK" : "Knowledge base OK";
  out(
    `${verdict}: ${kb.cards.length} cards in ${kb.topics.length} topics, ${kb.articles.length} articles, ${kb.lexicon.entities.length} lexicon entities, ${disputed} cards note a dispute.${fidelity}\n`,
  );
  for (const warning of styleWarnings(kb)) out(`Warning: ${formatProblem(warning)}\n`);
  // The model is judged against the project's eval files: a stale model fails here and in CI (npm test).
  // With a pack, new cards are only a note (no refit is needed for them).
  const stale = staleness(kb, join(PROJECT_ROOT, "tests/eval"), join(PROJECT_ROOT, "tests/fixtures/packs"));
  for (const note of stale.notes) out(`Note: ${note}\n`);
  for (const error of stale.errors) err(`Model: ${error}\n`);
  if (stale.errors.length) process.exitCode = 1;
}
