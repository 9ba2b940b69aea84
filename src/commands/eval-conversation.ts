import { resolve } from "node:path";
import { knowledgeDirFrom, openDesk, PROJECT_ROOT } from "../app/open-desk.js";
import { createConversation } from "../core/conversation/conversation.js";
import type { Reply } from "../core/conversation/reply.js";
import { loadConversationSets, type ConversationItem } from "../eval/conversation-set.js";
import { cardsGiven } from "../eval/reply-cards.js";

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

const conversation = createConversation(opened.desk);
let threads = 0;

function replyTo(item: ConversationItem): Reply {
  // Each item is its own conversation: its previous messages, then it, in a thread of its own.
  const thread = item.previous.length ? `eval-${++threads}` : null;
  for (const p of item.previous) conversation.reply({ text: p, thread, place: item.place });
  return conversation.reply({ text: item.message, thread, place: item.place });
}

const rightCard = (reply: Reply, expected: string[]) => reply.kind === "fact" && reply.answer.card !== null && reply.answer.status !== "no_answer" && expected.includes(reply.answer.card);

type Score = { kind: number[]; followUp: number[]; multi: number[]; scope: number[] };
const fresh = (): Score => ({ kind: [0, 0], followUp: [0, 0], multi: [0, 0], scope: [0, 0] });
const total = fresh();
const bySet = new Map<string, Score>();
/** Counts one result in the total and in the item's own set. */
function count(set: string, key: keyof Score, ok: boolean): void {
  if (!bySet.has(set)) bySet.set(set, fresh());
  for (const s of [total, bySet.get(set)!]) {
    s[key][0]! += ok ? 1 : 0;
    s[key][1]! += 1;
  }
}
const misses: string[] = [];
for (const item of loaded.items) {
  const reply = replyTo(item);
  const kind = reply.kind === "silent" ? "smalltalk" : reply.kind;
  let right = kind === item.kind;
  if (right && item.kind === "fact" && item.cards.length) right = rightCard(reply, item.cards[0]!);
  if (right && item.kind === "multi" && reply.kind === "multi" && item.cards.length) {
    right = reply.parts.length === item.cards.length && reply.parts.every((p, i) => rightCard(p, item.cards[i]!));
  }
  count(item.set, "kind", right);
  if (item.followUp !== null) {
    const readAs = reply.kind === "fact" ? reply.readAs : null;
    const read = item.followUp === "in-thread" || (item.followUp ? readAs !== null : readAs === null);
    const ok = read && (item.kind !== "fact" || !item.cards.length || rightCard(reply, item.cards[0]!));
    count(item.set, "followUp", ok);
    if (!ok && right) misses.push(`  ${item.set}: "${item.message}" after "${item.previous.join(" / ")}": read as ${readAs ?? "itself"}${reply.kind === "fact" ? `, card ${reply.answer.card ?? "-"}` : ""}`);
  }
  if (item.kind === "multi") {
    count(item.set, "multi", right);
  }
  if (item.kind === "scope") {
    count(item.set, "scope", cardsGiven(reply).length === 0);
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
    line("kind recognised and right reply", total.kind),
    line("thread follow-ups read correctly", total.followUp),
    line("several questions, every part answered", total.multi),
    line("out of scope never answered with a card", total.scope),
    ...(bySet.size > 1 ? ["By set (kind / follow-ups / several / out of scope):", ...[...bySet].map(([set, s]) => `  ${set.padEnd(42)} ${[s.kind, s.followUp, s.multi, s.scope].map(rate).join(" / ")}`)] : []),
    ...(verbose && misses.length ? ["Misses:", ...misses] : misses.length ? [`(${misses.length} misses; --verbose lists them)`] : []),
    "",
  ].join("\n"),
);
