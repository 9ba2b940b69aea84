import { CHAT_WORDS, GREETING, HELP, LIGHT, NEWS, OFF_TOPIC_REQUEST, THANKING_WORDS, THANKS, WHO_ARE_YOU } from "./intent-phrases.js";
import { isOnlyEmoji, plainMessage } from "./plain-message.js";

/** What a message is, before any card is looked up. */
export type Intent =
  | { kind: "greeting" }
  | { kind: "thanks" }
  | { kind: "light" }
  | { kind: "who" }
  | { kind: "help" }
  | { kind: "news" }
  | { kind: "off_topic" }
  | { kind: "question"; text: string };

/** The whole message matches: "thanks!" yes, "thanks, and how much…" no (that is a question after thanks). */
const anchored = new Map<RegExp, RegExp>();
function whole(pattern: RegExp, plain: string): boolean {
  let full = anchored.get(pattern);
  if (!full) anchored.set(pattern, (full = new RegExp(`^(?:${pattern.source})$`)));
  return full.test(plain);
}

/**
 * Reads what kind of message this is. A greeting or thanks in front of a question is dropped and the
 * question read on its own ("hey, how much is it worth?" is a question).
 */
export function classifyMessage(text: string): Intent {
  if (isOnlyEmoji(text)) return { kind: "light" };
  const plain = plainMessage(text);
  if (!plain) return { kind: "question", text };
  if (whole(GREETING, plain)) return { kind: "greeting" };
  if (whole(THANKS, plain)) return { kind: "thanks" };
  if (whole(LIGHT, plain)) return { kind: "light" };
  const words = plain.split(/\s+/);
  // "ty, super helpful", "lmao ok": every word small talk (and no question mark) is small talk.
  if (!text.includes("?") && words.every((w) => CHAT_WORDS.has(w))) {
    return words.some((w) => THANKING_WORDS.has(w)) ? { kind: "thanks" } : { kind: "light" };
  }
  const rest = dropOpening(text, plain);
  // "thanks bud", "hi all you": one stray word after an opening is still just the opening.
  if (rest !== null && rest.split(/\s+/).length < 2) {
    if (GREETING.test(plain)) return { kind: "greeting" };
    if (THANKS.test(plain)) return { kind: "thanks" };
  }
  if (rest !== null) {
    const inner = classifyMessage(rest);
    // "hi!" + "what can you do" is help; "hi" + a question is that question.
    return inner;
  }
  if (WHO_ARE_YOU.test(plain)) return { kind: "who" };
  if (HELP.test(plain) && plain.split(" ").length <= 9) return { kind: "help" };
  if (NEWS.test(plain)) return { kind: "news" };
  if (OFF_TOPIC_REQUEST.test(plain)) return { kind: "off_topic" };
  return { kind: "question", text };
}

/** The message without a leading greeting or thanks, or null when it has none or nothing follows. */
function dropOpening(text: string, plain: string): string | null {
  for (const pattern of [GREETING, THANKS]) {
    const m = pattern.exec(plain);
    if (!m || m.index !== 0 || m[0].length === plain.length || plain[m[0].length] !== " ") continue;
    // Cut the same number of words from the original text, keeping its punctuation and case.
    const words = m[0].split(" ").length;
    const cut = new RegExp(String.raw`^\s*(?:\S+\s+){${words}}`).exec(text)?.[0].length ?? text.length;
    const rest = text.slice(cut).replace(/^[\s,!.:;-]+/, "").trim();
    if (rest) return rest;
  }
  return null;
}
