import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";

const KINDS = ["fact", "smalltalk", "help", "news", "browse", "multi", "scope"] as const;
const cards = z.union([z.string(), z.array(z.string()).min(1)]);
const item = z.strictObject({
  message: z.preprocess((v) => (typeof v === "number" ? String(v) : v), z.string()),
  /** Messages asked before it in the same thread, in order. */
  previous: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
  /** True when the message leans on `previous` and must be read with it; false when it stands alone. */
  follow_up: z.boolean().optional(),
  kind: z.enum(KINDS),
  /** For a fact: cards that fairly answer it. For multi: one entry per question, each a card or a list of cards. */
  cards: z.array(cards).min(1).optional(),
  /** Where the message is written; "direct" unless told. */
  place: z.enum(["channel", "direct"]).optional(),
});
/** A multi message may list its parts' cards as `parts` instead of `cards`. */
const withParts = item.extend({ parts: z.array(cards).min(1).optional() });
/** A thread: messages asked in order in one thread; each later one is read with those before it. */
const thread = z.strictObject({ thread: z.array(withParts.omit({ previous: true })).min(1) });
const file = z.strictObject({ messages: z.array(z.union([withParts, thread])).min(1) });

export type ConversationKind = (typeof KINDS)[number];

export interface ConversationItem {
  message: string;
  previous: string[];
  /** True/false as labelled; "in-thread" for a later fact message of a `thread`, scored on its card alone. */
  followUp: boolean | "in-thread" | null;
  kind: ConversationKind;
  /** Per expected answer (one for a fact, one per part for multi): the cards that fairly answer it. */
  cards: string[][];
  place: "channel" | "direct";
  set: string;
}

export type ConversationSetResult = { status: "ok"; items: ConversationItem[] } | { status: "invalid"; problems: string[] };

/** Every *.yaml in `dir`, checked against the card ids the knowledge has. */
export function loadConversationSets(dir: string, cardIds: Set<string>): ConversationSetResult {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  } catch (error) {
    return { status: "invalid", problems: [`${dir}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`] };
  }
  const items: ConversationItem[] = [];
  const problems: string[] = [];
  for (const name of files) {
    const path = join(dir, name);
    let raw: unknown;
    try {
      raw = parse(readFileSync(path, "utf8"));
    } catch (error) {
      problems.push(`${path}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
      continue;
    }
    const parsed = file.safeParse(raw);
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((i) => `${path}: ${i.path.join(".")} ${i.message}`));
      continue;
    }
    const add = (m: z.infer<typeof withParts>, at: string, previous: string[], followUp: ConversationItem["followUp"]) => {
      const expected = (m.cards ?? m.parts ?? []).map((c) => (Array.isArray(c) ? c : [c]));
      const flat = m.kind === "multi" ? expected : expected.length ? [expected.flat()] : [];
      for (const id of flat.flat()) if (!cardIds.has(id)) problems.push(`${path}: messages[${at}] expects unknown card "${id}"`);
      items.push({ message: m.message, previous, followUp, kind: m.kind, cards: flat, place: m.place ?? "direct", set: basename(path) });
    };
    parsed.data.messages.forEach((m, i) => {
      if ("thread" in m) {
        m.thread.forEach((t, j) => {
          const before = m.thread.slice(0, j).map((p) => p.message);
          add(t, `${i}].thread[${j}`, before, t.follow_up ?? (j > 0 && t.kind === "fact" ? "in-thread" : null));
        });
        return;
      }
      add(m, String(i), m.previous === undefined ? [] : Array.isArray(m.previous) ? m.previous : [m.previous], m.follow_up ?? null);
    });
  }
  if (!files.length) problems.push(`${dir}: no .yaml files`);
  return problems.length ? { status: "invalid", problems } : { status: "ok", items };
}
