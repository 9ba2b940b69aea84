import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { createConversation } from "../core/conversation/conversation.js";
import type { Choice } from "../core/conversation/reply.js";
import type { Desk } from "../core/desk.js";
import type { QuestionLog } from "../questions/question-log.js";
import { observeReply } from "../questions/observe-reply.js";
import { measureAsk } from "../service/metrics.js";
import { renderReplyText, renderText, sourceLine } from "./render-text.js";

const HELP = [
  "Ask a question about the deals in the knowledge base, for example:",
  "  how much is the deal worth?",
  "Commands:",
  "  :help     this help",
  "  :sources  the articles I know",
  "  :topics   what I can answer, by topic",
  "  :quit     leave (Ctrl-D works too)",
].join("\n");

/**
 * The local console: one question a line, on a terminal or piped stdin.
 * Resolves when input ends, the user types :quit, or `stop` is aborted (SIGTERM). Questions and picks go to
 * `questions` when given.
 */
export function runConsole(desk: Desk, input: Readable, output: Writable, interactive: boolean, questions?: QuestionLog, stop?: AbortSignal): Promise<void> {
  const print = (text: string) => output.write(`${text}\n`);
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  const conversation = createConversation(desk);
  // What typing a number picks: the last reply's topic questions or "did you mean" alternatives.
  let choices: { question: string; options: Choice[] } = { question: "", options: [] };

  const handle = (line: string): boolean => {
    const text = line.trim();
    const command = text.toLowerCase();
    if (command === ":quit" || command === ":q" || command === ":exit") return false;
    if (command === ":help") print(HELP);
    else if (command === ":sources") for (const s of desk.articles()) print(`- ${sourceLine(s)} [${s.id}]`);
    else if (command === ":topics")
      for (const t of desk.topics()) print(`${t.title}\n${t.cards.map((c) => `  - ${c.question}`).join("\n")}`);
    else if (/^[1-9]$/.test(text) && choices.options[Number(text) - 1]) {
      const pick = choices.options[Number(text) - 1]!;
      const picked = measureAsk("console", () => desk.ask({ text: choices.question || pick.question, card: pick.card }));
      questions?.record({ event: "pick", platform: "console", user: null, answer: picked });
      print(renderText(picked));
    } else if (text.startsWith(":")) print(`Unknown command ${text}. Type :help for the list.`);
    else {
      // The whole session is one conversation: follow-ups lean on the question before.
      const reply = observeReply(conversation, "console", { text: line, thread: "console", place: "direct" }, { questions, user: null });
      if (reply.kind === "browse") choices = { question: "", options: reply.choices };
      else if (reply.kind === "fact") choices = { question: reply.answer.question, options: reply.answer.alternatives };
      else choices = { question: "", options: [] };
      print(renderReplyText(reply));
    }
    print("");
    return true;
  };

  if (interactive) print(`Deal Desk console. ${HELP}\n`);
  return new Promise((resolve) => {
    const prompt = () => interactive && rl.prompt();
    rl.setPrompt("deal-desk> ");
    prompt();
    let done = false;
    rl.on("line", (line) => {
      if (done) return;
      if (!handle(line)) {
        done = true;
        rl.close();
      } else prompt();
    });
    rl.on("close", () => resolve());
    if (stop?.aborted) rl.close();
    else stop?.addEventListener("abort", () => rl.close(), { once: true });
  });
}
