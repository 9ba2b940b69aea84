import type { Readable, Writable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import type { Answer } from "../core/answer.js";
import type { Desk } from "../core/desk.js";

/** The stable `ask --json` record: exactly these fields, in this order. */
export function toJsonRecord(answer: Answer) {
  return {
    question: answer.question,
    status: answer.status,
    answer: answer.answer,
    confidence: answer.confidence,
    card: answer.card,
    sources: answer.sources.map((s) => ({ id: s.id, title: s.title, published: s.published, url: s.url })),
    alternatives: answer.alternatives.map((a) => ({ card: a.card, question: a.question, confidence: a.confidence })),
    disputed: answer.disputed,
  };
}

/**
 * One JSON object per input line, in order. Lines are split on "\n" only
 * (a trailing "\r" is dropped), so every input line yields exactly one output line.
 */
export async function answerJsonLines(desk: Desk, input: Readable, output: Writable): Promise<number> {
  const decoder = new StringDecoder("utf8");
  let pending = "";
  let count = 0;
  const emit = (line: string) => {
    output.write(`${JSON.stringify(toJsonRecord(desk.ask(line.replace(/\r$/, ""))))}\n`);
    count++;
  };
  for await (const chunk of input) {
    pending += typeof chunk === "string" ? chunk : decoder.write(chunk as Buffer);
    let newline = pending.indexOf("\n");
    while (newline >= 0) {
      emit(pending.slice(0, newline));
      pending = pending.slice(newline + 1);
      newline = pending.indexOf("\n");
    }
  }
  pending += decoder.end();
  if (pending.length) emit(pending);
  return count;
}
