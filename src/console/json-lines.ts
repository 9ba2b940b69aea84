import type { Readable, Writable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import type { Answer } from "../core/answer.js";
import { createConversation, type Conversation } from "../core/conversation/conversation.js";
import type { FactReply, Reply } from "../core/conversation/reply.js";
import { statusOf } from "../core/conversation/reply-status.js";
import type { Desk } from "../core/desk.js";

/** The stable `ask --json` fields of a card answer: exactly these, in this order. */
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

function factRecord(reply: FactReply) {
  return { ...toJsonRecord(reply.answer), kind: "fact" as const, read_as: reply.readAs };
}

/**
 * Any reply as an `ask --json` record: the card-answer fields, then `kind` and `read_as`. Replies that are
 * not a card answer have `card` null and `confidence` 0; `multi` adds `parts` (one fact record per
 * question), `browse` adds `choices` (the questions offered).
 */
export function toReplyRecord(reply: Reply) {
  if (reply.kind === "fact") return factRecord(reply);
  const base = {
    question: reply.question,
    status: statusOf(reply),
    answer: "",
    confidence: 0,
    card: null as string | null,
    sources: [] as ReturnType<typeof toJsonRecord>["sources"],
    alternatives: [] as ReturnType<typeof toJsonRecord>["alternatives"],
    disputed: null as string | null,
  };
  switch (reply.kind) {
    case "smalltalk":
    case "help":
    case "scope":
      return { ...base, answer: [reply.text, ...reply.examples.map((e) => `- ${e}`)].join("\n"), kind: reply.kind, read_as: null };
    case "silent":
      return { ...base, kind: "smalltalk" as const, read_as: null };
    case "news":
      return {
        ...base,
        answer: [reply.text, ...reply.items.map((i) => `- ${i.source.title} (${i.date}): ${i.summary}`)].join("\n"),
        sources: reply.items.map((i) => ({ id: i.source.id, title: i.source.title, published: i.source.published, url: i.source.url })),
        kind: "news" as const,
        read_as: null,
      };
    case "browse":
      return {
        ...base,
        // A topic led by the card about the name itself carries that card's answer, confidence and sources.
        ...(reply.lead ? toJsonRecord(reply.lead) : {}),
        question: reply.question,
        status: statusOf(reply),
        answer: [...(reply.lead ? [reply.lead.answer] : []), ...(reply.choices.length || !reply.lead ? [reply.text] : []), ...reply.choices.map((c, n) => `${n + 1}) ${c.question}`)].join("\n"),
        kind: "browse" as const,
        read_as: null,
        choices: reply.choices.map((c) => ({ card: c.card, question: c.question })),
      };
    case "multi": {
      const parts = reply.parts.map(factRecord);
      return {
        ...base,
        answer: parts.map((p) => p.answer).join("\n\n"),
        confidence: Math.min(...parts.map((p) => (p.status === "no_answer" ? 0 : p.confidence))),
        sources: dedupe(parts.flatMap((p) => p.sources)),
        kind: "multi" as const,
        read_as: null,
        parts,
      };
    }
  }
}

function dedupe<T extends { id: string }>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((s) => !seen.has(s.id) && Boolean(seen.add(s.id)));
}

/** A line as a message: plain text, or a JSON object `{"question": "...", "thread": "t1"}`. */
export function parseLine(line: string): { text: string; thread: string | null } {
  const trimmed = line.trim();
  if (trimmed.startsWith("{") && trimmed.endsWith("}")) {
    try {
      const parsed = JSON.parse(trimmed) as unknown;
      if (parsed && typeof parsed === "object" && typeof (parsed as { question?: unknown }).question === "string") {
        const { question, thread } = parsed as { question: string; thread?: unknown };
        return { text: question, thread: typeof thread === "string" || typeof thread === "number" ? `json:${String(thread)}` : null };
      }
    } catch {
      // Not JSON after all: read it as text.
    }
  }
  return { text: line, thread: null };
}

/**
 * One JSON object per input line, in order. Lines are split on "\n" only
 * (a trailing "\r" is dropped), so every input line yields exactly one output line.
 * Lines with the same `thread` form one conversation, in order.
 */
export async function answerJsonLines(desk: Desk, input: Readable, output: Writable, conversation: Conversation = createConversation(desk)): Promise<number> {
  const decoder = new StringDecoder("utf8");
  let pending = "";
  let count = 0;
  const emit = (line: string) => {
    const { text, thread } = parseLine(line.replace(/\r$/, ""));
    output.write(`${JSON.stringify(toReplyRecord(conversation.reply({ text, thread, place: "direct" })))}\n`);
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
