import { resolve } from "node:path";
import { knowledgeDirFrom, openDesk, PROJECT_ROOT } from "../app/open-desk.js";
import { createConversation } from "../core/conversation/conversation.js";
import type { Reply } from "../core/conversation/reply.js";
import { loadConversationSets, type ConversationItem } from "../eval/conversation-set.js";

/**
 * `npm run eval:conversation [-- --eval DIR] [--verbose]`: scores the conversation layer on tests/conversation.
 * Prints kind accuracy (right kind, and the right card where one is expected), follow-up accuracy, the share of
 * several-question messages with every part answered right, and the share of out-of-scope messages never
 * answered with a card.
 */
const argv = process.argv.slice(2);
const at = argv.indexOf("--eval");
const dir = at >= 0 && argv[at + 1] ? resolve(argv[at + 1]!) : resolve(PROJECT_ROOT, "tests/conversation");
const verbose = argv.includes("--verbose");
const opened = openDesk(knowledgeDirFrom(argv));
if (opened.status === "invalid") {
  process.stderr.write(`${opened.report}\n`);
  process.exit(1);
}
const loaded = loadConversationSets(dir, new Set(opened.kb.cards.map((c) => c.id)));
if (loaded.status === "invalid") {
  process.stderr.write(`${loaded.problems.join("\n")}\n`);
  process.exit(1);
}

/** A card answer the person would take as an answer (answered or unsure). */
function cardsGiven(reply: Reply): string[] {
  if (reply.kind === "fact") return reply.answer.card && reply.answer.status !== "no_answer" ? [reply.answer.card] : [];
  if (reply.kind === "multi") return reply.parts.flatMap(cardsGiven);
  return [];
}

const conversation = createConversation(opened.desk);
let threads = 0;

function replyTo(item: ConversationItem): Reply {
  // Each item is its own conversation: its previous messages, then it, in a thread of its own.
  const thread = item.previous.length ? `eval-${++threads}` : null;
  for (const p of item.previous) conversation.reply({ text: p, thread, place: item.place });
  return conversation.reply({ text: item.message, thread, place: item.place });
}

const rightCard = (reply: Reply, expected: string[]) => reply.kind === "fact" && reply.answer.card !== null && reply.answer.status !== "no_answer" && expected.includes(reply.answer.card);

const score = { kind: [0, 0], followUp: [0, 0], multi: [0, 0], scope: [0, 0] };
const misses: string[] = [];
for (const item of loaded.items) {
  const reply = replyTo(item);
  const kind = reply.kind === "silent" ? "smalltalk" : reply.kind;
  let right = kind === item.kind;
  if (right && item.kind === "fact" && item.cards.length) right = rightCard(reply, item.cards[0]!);
  if (right && item.kind === "multi" && reply.kind === "multi" && item.cards.length) {
    right = reply.parts.length === item.cards.length && reply.parts.every((p, i) => rightCard(p, item.cards[i]!));
  }
  score.kind[0]! += right ? 1 : 0;
  score.kind[1]! += 1;
  if (item.followUp !== null) {
    const readAs = reply.kind === "fact" ? reply.readAs : null;
    const read = item.followUp === "in-thread" || (item.followUp ? readAs !== null : readAs === null);
    const ok = read && (item.kind !== "fact" || !item.cards.length || rightCard(reply, item.cards[0]!));
    score.followUp[0]! += ok ? 1 : 0;
    score.followUp[1]! += 1;
    if (!ok && right) misses.push(`  ${item.set}: "${item.message}" after "${item.previous.join(" / ")}": read as ${readAs ?? "itself"}${reply.kind === "fact" ? `, card ${reply.answer.card ?? "-"}` : ""}`);
  }
  if (item.kind === "multi") {
    score.multi[0]! += right ? 1 : 0;
    score.multi[1]! += 1;
  }
  if (item.kind === "scope") {
    score.scope[0]! += cardsGiven(reply).length === 0 ? 1 : 0;
    score.scope[1]! += 1;
  }
  if (!right) {
    const got = reply.kind === "fact" ? `fact ${reply.answer.status} ${reply.answer.card ?? "-"}${reply.readAs ? ` (read as: ${reply.readAs})` : ""}` : reply.kind === "multi" ? `multi ${reply.parts.map((p) => p.answer.card ?? "-").join(" + ")}` : reply.kind;
    misses.push(`  ${item.set}: "${item.message}" expected ${item.kind}${item.cards.length ? ` ${item.cards.map((c) => c.join("|")).join(" + ")}` : ""}, got ${got}`);
  }
}

const rate = ([right, total]: number[]) => (total ? (right! / total!).toFixed(3) : "n/a");
const line = (label: string, s: number[]) => `${label.padEnd(44)} ${rate(s)}  (${s[0]}/${s[1]})`;
process.stdout.write(
  [
    `Conversation eval: ${loaded.items.length} messages from ${dir}`,
    line("kind recognised and right reply", score.kind),
    line("thread follow-ups read correctly", score.followUp),
    line("several questions, every part answered", score.multi),
    line("out of scope never answered with a card", score.scope),
    ...(verbose && misses.length ? ["Misses:", ...misses] : misses.length ? [`(${misses.length} misses; --verbose lists them)`] : []),
    "",
  ].join("\n"),
);
