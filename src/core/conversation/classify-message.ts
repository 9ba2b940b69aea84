import { ABOUT_OWN_ANSWERS, ASKING_WORD, INVERTED_QUESTION, AWAY_OR_CHEER, CHAT_WORDS, NEWCOMER, GREETING, HELP, HELP_CUES, HELP_ITSELF, HELP_WORDS, LIGHT, NEWS, OFF_TOPIC_REQUEST, PRESENCE, THANKING_WORDS, THANKS, WHO_ARE_YOU } from "./intent-phrases.js";
import { isOnlyEmoji, plainMessage } from "./plain-message.js";

/** A handle or command name typed first ("@dealdesk …", "/dealdesk …"): not part of the message. */
const LEADING_NAME = /^\s*[@/][\w.-]+\s*/;

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
export function classifyMessage(text: string, dealWord: (word: string) => boolean = () => true): Intent {
  if (isOnlyEmoji(text)) return { kind: "light" };
  // "@dealdesk help" typed as plain text (not a real mention): the handle is not part of the message.
  // "/dealdesk --help" typed as a slash command: the command name and a flag's dashes are not part of it either.
  const plain = plainMessage(text)
    .replace(LEADING_NAME, "")
    .replace(/^-{1,2}(?=[a-z])/, "");
  if (!plain) return { kind: "question", text };
  if (whole(GREETING, plain)) return { kind: "greeting" };
  if (whole(THANKS, plain)) return { kind: "thanks" };
  if (whole(LIGHT, plain)) return { kind: "light" };
  const words = plain.split(/\s+/);
  // "ty, super helpful", "lmao ok": every word small talk (and no question mark) is small talk.
  // "is that a lot" asks, with or without its question mark; "that is a lot" remarks.
  if (!text.includes("?") && !INVERTED_QUESTION.test(plain) && words.every((w) => CHAT_WORDS.has(w))) {
    return words.some((w) => THANKING_WORDS.has(w)) ? { kind: "thanks" } : { kind: "light" };
  }
  if (AWAY_OR_CHEER.test(plain) && !text.includes("?") && !ASKING_WORD.test(plain)) return { kind: "light" };
  // The handle is cut from the text as from `plain`, so the same words are dropped from both.
  const rest = dropOpening(text.replace(LEADING_NAME, ""), plain);
  // "thanks bud", "hi all you": one stray word after an opening is still just the opening.
  if (rest !== null && rest.split(/\s+/).length < 2) {
    if (GREETING.test(plain)) return { kind: "greeting" };
    if (THANKS.test(plain)) return { kind: "thanks" };
  }
  if (rest !== null) {
    const inner = classifyMessage(rest, dealWord);
    // "hi!" + "what can you do" is help; "hi" + a question is that question.
    return inner;
  }
  if (PRESENCE.test(plain)) return { kind: "greeting" };
  if (WHO_ARE_YOU.test(plain)) return { kind: "who" };
  if ((words.length <= 9 && helpAlone(plain)) || ABOUT_OWN_ANSWERS.test(plain)) return { kind: "help" };
  // "which topics do you cover, just acme or more?": help, then a short afterthought that asks nothing new.
  // So is help followed by why it is asked ("which sources are you reading from? want to know how far to trust it") or
  // by one more question put to the bot itself ("where do ur answers come from — do you search the web?").
  const [first, ...after] = text.replace(LEADING_NAME, "").split(/,\s+|\?+\s+|\s+[-\u2013\u2014]+\s+/).map(plainMessage);
  const afterthought = after.join(" ");
  const afterWords = afterthought.split(" ").length;
  const shortRemark = afterWords <= 5 && !ASKING_WORD.test(afterthought);
  const aboutTheBot = afterWords <= 10 && (WHY_REMARK.test(afterthought) || TO_THE_BOT.test(afterthought));
  if (after.length && (helpAlone(first!) || asksHowToUse(first!.split(" "), dealWord)) && (shortRemark || aboutTheBot)) return { kind: "help" };
  // "my manager said to ping the bot for questions - how does it work?": help asked last, of the bot named before.
  const last = plain.split(/\s[-\u2013\u2014]\s|:\s/).pop()!.trim();
  if (last !== plain && /\b(?:bot|you|u)\b/.test(plain.slice(0, plain.length - last.length)) && helpAlone(last)) return { kind: "help" };
  if (asksHowToUse(words, dealWord)) return { kind: "help" };
  // "who made you and what do you know about", "what is this, a bot or a person?", "who made you / what are you":
  // about the bot, every part.
  const parts = text.replace(LEADING_NAME, "").split(/[,;]\s+|\s+and\s+|\s+\/\s+/).map(plainMessage).filter(Boolean);
  if (parts.length >= 2 && parts.every((h) => WHO_ARE_YOU.test(h) || helpAlone(h))) return { kind: "help" };
  if (NEWS.test(plain)) return { kind: "news" };
  if (OFF_TOPIC_REQUEST.test(plain)) return { kind: "off_topic" };
  return { kind: "question", text };
}

/** "want to know how far to trust it", "just curious": why the asker asks, after the question. */
const WHY_REMARK = /^(?:i\s+)?(?:want|wanted|wanna|need|just|asking|trying|curious|wondering|so\s+i)\b/;
/** "do you search the web", "are u live": one more question put to the bot about itself. */
const TO_THE_BOT = /^(?:and\s+)?(?:do|does|can|are|r|will|did|is)\s+(?:you|u|it|this|the\s+bot)\s+(?:\w+\s+)?(?:search|browse|read|check|use|look|pull|get|scrape|update|live|online|connected|know|learn|remember|store|save|keep|log|track)\b/;

/** A help phrase with nothing of a subject after it: "what do you know about" is help, "… about Acme" is not. */
function helpAlone(plain: string): boolean {
  const m = HELP.exec(plain);
  if (!m) return false;
  const rest = plain.slice(m.index + m[0].length).trim();
  return !rest || rest.split(" ").every((w) => HELP_WORDS.has(w) || CHAT_WORDS.has(w));
}

/** From this many words, one word of no deal may be a word about using the bot that the list lacks ("type normally"). */
const MIN_WORDS_FOR_STRAY = 6;

/**
 * Every word about using the bot, one of them a cue ("ask", "topics", "commands"), and the bot or asker addressed.
 * In a longer message one other word may stand among them, if the deals' cards never use it ("any commands or do
 * i just type normally"); a word they use ("what do you know about springfield") makes it a question.
 */
function asksHowToUse(all: string[], dealWord: (word: string) => boolean = () => true): boolean {
  const words = all.filter((w) => /\w/.test(w)).map((w) => w.replace(/'s$/, ""));
  const addressed = words.some((w) => w === "you" || w === "u" || w === "i" || w === "we" || w === "ur" || w === "your");
  const others = words.filter((w) => !HELP_WORDS.has(w));
  const stray = others.length === 1 && words.length >= MIN_WORDS_FOR_STRAY && /^[a-z]+$/.test(others[0]!) && !dealWord(others[0]!);
  return (others.length === 0 || stray) && words.some((w) => HELP_CUES.has(w)) && (addressed || words.some((w) => HELP_ITSELF.has(w)));
}

/** The message without a leading greeting or thanks, or null when it has none or nothing follows. */
function dropOpening(text: string, plain: string): string | null {
  for (const pattern of [GREETING, THANKS, NEWCOMER]) {
    const m = pattern.exec(plain);
    if (!m || m.index !== 0 || m[0].length === plain.length || plain[m[0].length] !== " ") continue;
    // Cut the same number of words from the original text, keeping its punctuation and case.
    const words = m[0].split(" ").length;
    const cut = new RegExp(String.raw`^\s*(?:\S+\s+){${words}}`).exec(text)?.[0].length ?? text.length;
    const rest = text.slice(cut).replace(/^[\s,!.:;\u2013\u2014-]+/, "").trim();
    if (rest) return rest;
  }
  return null;
}
