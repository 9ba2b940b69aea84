import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Answer } from "../core/answer.js";
import type { Desk } from "../core/desk.js";
import { measureAsk } from "../service/metrics.js";
import { renderText, sourceLine } from "./render-text.js";

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
 * Resolves when input ends, the user types :quit, or `stop` is aborted (SIGTERM).
 */
export function runConsole(desk: Desk, input: Readable, output: Writable, interactive: boolean, stop?: AbortSignal): Promise<void> {
  const print = (text: string) => output.write(`${text}\n`);
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  let last: Answer | null = null;

  const handle = (line: string): boolean => {
    const text = line.trim();
    const command = text.toLowerCase();
    if (command === ":quit" || command === ":q" || command === ":exit") return false;
    if (command === ":help") print(HELP);
    else if (command === ":sources") for (const s of desk.articles()) print(`- ${sourceLine(s)} [${s.id}]`);
    else if (command === ":topics")
      for (const t of desk.topics()) print(`${t.title}\n${t.cards.map((c) => `  - ${c.question}`).join("\n")}`);
    else if (/^[1-3]$/.test(text) && last?.alternatives[Number(text) - 1]) {
      const alt = last.alternatives[Number(text) - 1]!;
      const again = { text: last.question, card: alt.card };
      print(renderText(measureAsk("console", () => desk.ask(again))));
    } else if (text.startsWith(":")) print(`Unknown command ${text}. Type :help for the list.`);
    else {
      last = measureAsk("console", () => desk.ask(line));
      print(renderText(last));
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
