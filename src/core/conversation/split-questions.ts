import { classifyMessage } from "./classify-message.js";
import { BARE_WH } from "./intent-phrases.js";
import { plainMessage, TYPED_HANDLE } from "./plain-message.js";
import { OPENING } from "../text/opening.js";

/** Most questions answered from one message. */
export const MAX_PARTS = 3;

const QUESTION_START =
  String.raw`(?:(?:how|what|where|why|who|when)'d|how|how's|hows|what|what's|whats|what're|wat|when|when's|where|where's|wheres|who|who's|whos|whom|whose|which|why|is|isn't|are|aren't|was|were|do|does|doesn't|did|didn't|will|won't|would|can|could|should|has|have|had|any|anything|tell\s+me|explain|gonna|r\s+(?:they|u|you|we|these|those|there))`;
/** A fragment that only reads with the question before it: "… and for interns?", "… and what about jobs". */
const FRAGMENT_JOIN = String.raw`(?:(?:what|how)\s+(?:about|abt)|for|in|at|over\s+how\s+(?:many|much|long))`;
/** Words that join two questions: "and", "also", "plus", "as well as", "&", "+", "and then", "but". */
const CONJUNCTION = String.raw`(?:and\s+also|and\s+then|and|also|plus|as\s+well\s+as|&|\+|but)`;
/** "… and where is …", "…, and who …", "…; also when …", "… + how much": a conjunction followed by a new question. */
const JOINED = new RegExp(
  String.raw`\s*(?:,|;)?\s+${CONJUNCTION}\s+(?:(?:also|separately|additionally)\s+)?(?=${QUESTION_START}\b)|\s*(?:;|,|\.{2,}|…)\s+(?=${QUESTION_START}\b)|(?<!\b(?:when|where|who|what|how|why|which)\s*)\s*\+\s*(?=${QUESTION_START}\b)`,
  "gi",
);
/** "… , and for interns?", "… and what about jobs": a conjunction followed by a fragment. */
const JOINED_FRAGMENT = new RegExp(
  String.raw`\s*,?\s+(?:and|also|plus|but|&)\s+(?:(?:separately|additionally|likewise|similarly|then)\s+)?(?=${FRAGMENT_JOIN}\s)|\s*(?:,|\s\+)\s+(?=(?:over|for|in)\s+how\s+(?:many|much|long)\s)`,
  "gi",
);
const WHAT_ABOUT = /\s*[,;]?\s+(?:and|but|also|plus|&)\s+(?=(?:what|how)\s+(?:about|abt)\s)/gi;
/** A full stop after a word (not "U.S." or "4.5"), then a question word. */
const SENTENCE_END = new RegExp(String.raw`(?<=\p{L}{2}|\d)\.\s+(?:(?:also|and|plus|btw|oh)\s+)?(?=${QUESTION_START}\b)`, "giu");
/** The joint before each repeat: a comma, "and"/"or", and "one" standing for what the question asks ("…, one in B"). */
const PARALLEL_JOINT = String.raw`\s*,\s*(?:and\s+|or\s+)?(?:(?:one|another|any|anything)\s+)?`;
/** "… for A, for B": the same preposition again after a comma. */
const PARALLEL = new RegExp(String.raw`^(.*?\s(for|in|at|to|on)\s[^,]+?)((?:${PARALLEL_JOINT}\2\s[^,]+?)+)\??$`, "i");
const PARALLEL_SPLIT = new RegExp(PARALLEL_JOINT);

/** "what does it mean for A, for B and for C" → the question, then "for B", "for C" (read with it). */
function splitParallel(part: string): string[] {
  const m = PARALLEL.exec(part);
  if (!m) return [part];
  const rest = m[3]!.split(PARALLEL_SPLIT).filter(Boolean);
  return [m[1]!, ...rest];
}

/** "X, and Y?": a question, then a fragment of one to three words after a comma and a conjunction. */
const TRAILING_FRAGMENT = /^(.*\S)\s*,\s+(?:and|also|plus|&|or)\s+((?:[\w'-]+\s+){0,2}[\w'-]+)\s*\?+$/i;

/** "X. Y too?", "X? and Y as well?": a question, then one to three words asking the same of something else. */
const ALSO_FRAGMENT = /^(.*?\S(?:\p{L}{2}|\d)[.?!]+)\s+((?:and\s+)?(?:[\w'-]+\s+){0,2}[\w'-]+\s+(?:too|as\s+well|also)\s*\?*)$/iu;

/** "X. also Y?", "X? + Y": a question, then a conjunction and one to three words asking the same of something else. */
const LED_FRAGMENT = /^(.*?\S(?:\p{L}{2}|\d)[.?!]+)\s+(?:and\s+also|also|plus|and|&|\+)\s+((?:[\w'-]+\s+){0,2}[\w'-]+)\s*\?*$/iu;

/** "ok 3 qs for the widget thing: …": a lead-in naming how many questions and their topic, then the questions. */
const LEAD_TOPIC = /^(?:(?:ok(?:ay)?|so|hey|also)[,\s]+)*(?:a\s+)?(?:(?:\d+|a\s+few|few|couple(?:\s+of)?|some|two|three|quick|more)\s+)*(?:q|qs|questions?|things?)\s+(?:for|about|on|re|regarding)\s+([^:?]{2,40}?)\s*:\s*(.+)$/i;

/** After a question mark (a doubled one kept whole), where the next question starts. */
const AFTER_QUESTION_MARK = /(?<=\?)(?!\?)\s*(?=\S)/;

/** "1) …", "2. …", "- …" at the start of a line or after a space. */
const NUMBERED = /(?:^|\s)(?:\(?\d{1,2}[).:]|[-•*·▪◦])\s+/g;
/** A list marker at the start of a line. */
const LINE_MARKER = /^\s*(?:\(?\d{1,2}[).:]|[-•*·▪◦>])\s*/;
/** "for the contract, when does it start?": a topic put in front of its question. */
const TOPIC_FIRST = new RegExp(String.raw`^(?:(?:and|also|plus)\s*,?\s+)?(?:as\s+)?(for|about|on|re|regarding|with)\s+([^,?]{2,60}),\s*(${QUESTION_START}\b[^?]*)\??$`, "i");
/** "what about A or B": one reading per name, when each is a word or two. */
const ABOUT_LIST = /^((?:and\s+)?(?:what|how)\s+(?:about|abt)\s+)(.+?)\??$/i;

/** A part worth asking: at least two words with a letter, or a fragment ("and when?") that leans on the one before. */
function isQuestionish(part: string): boolean {
  const words = part.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  // "springfield?" as the last of a list of questions asks about it, read with the one before.
  return words.length >= 2 || (words.length === 1 && (/^(?:when|where|who|why|how|which)$/i.test(words[0]!.replace(/\W/g, "")) || /\?\s*$/.test(part)));
}

function isBareQuestionWord(part: string): boolean {
  return BARE_WH.test(plainMessage(part));
}

const FULL_QUESTION = new RegExp(String.raw`^(?:and\s+|also\s+|plus\s+)?${QUESTION_START}(?:\s*[/&+]\s*${QUESTION_START})?\s+\S+\s+\S+`, "i");
/** A question that reads on its own: a question word and at least two more words. */
export function isFullQuestion(part: string): boolean {
  // "what's Acme" is "what is Acme" contracted: a question word, a verb and a subject.
  return FULL_QUESTION.test(part) || /^(?:what|who|where|how)'?s\s+\S+/i.test(part);
}

/**
 * "cooling know-how, efficiency, that kind of thing?", "just hard hats or also engineers?": examples of what the part
 * before asks, not a question of its own.
 */
export function elaborates(part: string): boolean {
  const plain = plainMessage(part);
  if (isFullQuestion(part) || /^(?:how|what|when|where|who|why|which|is|are|was|were|do|does|did|will|would|can|could|has|have|should)\b/.test(plain)) return false;
  return /\b(?:that|this)\s+(?:kind|sort|type)\s+of\s+(?:thing|stuff)\b|\b(?:stuff|things)\s+like\s+that\b|\betc\b|\band\s+so\s+on\b/.test(plain) || /^(?:just|like|e\.?g\.?|eg|i\s+mean|as\s+in|say|such\s+as)\s.*\bor\b/.test(plain);
}

/** "30b or 300b?? i keep seeing both": a last remark after the question mark, with no question in it, is not asked. */
function dropComment(parts: string[]): string[] {
  const last = parts[parts.length - 1];
  if (parts.length < 2 || last === undefined || last.endsWith("?") || isFullQuestion(last) || isBareQuestionWord(last)) return parts;
  const words = plainMessage(last).split(" ");
  // "i wonder where the site is" asks all the same.
  if (words.some((w) => /^(?:how|what|when|where|who|why|which|whether|if)$/.test(w))) return parts;
  return words.length >= 4 && /^(?:i|i'm|im|it's|its|that's|thats|this|lol|wait|seems|sounds|been|so|need|needed|gotta|trying|my|our)$/.test(words[0]!) ? parts.slice(0, -1) : parts;
}

/** "what's the deal worth? need it for a slide": the one question, without the remark after it; null when there is none. */
export function withoutRemark(text: string): string | null {
  const parts = text.replace(/\s+/g, " ").trim().split(AFTER_QUESTION_MARK);
  if (parts.length !== 2) return null;
  const kept = dropComment(parts);
  return kept.length === 1 ? kept[0]! : null;
}

/**
 * "like vs the whole country", "i mean the total", "… gpus? which ones": a part that only says more of the question
 * before it.
 */
const CLARIFYING = /^(?:like|i\s+mean|as\s+in|i\.?e\.?|e\.?g\.?|meaning)\b|^(?:and\s+)?(?:which|what)\s+(?:ones?|models?)\s*\?*$/i;

function joinClarifications(parts: string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    if (out.length && CLARIFYING.test(part)) out[out.length - 1] = `${out[out.length - 1]!.replace(/\?+$/, "")} ${part}`;
    else out.push(part);
  }
  return out;
}

/** Not a question at all: a greeting, thanks or "ok" between the questions ("X? thanks!"). */
function isChat(part: string): boolean {
  const kind = classifyMessage(part).kind;
  return kind === "greeting" || kind === "thanks" || kind === "light";
}

function reorderTopic(part: string): string {
  const m = TOPIC_FIRST.exec(part);
  if (!m) return part;
  const [, prep, topic, question] = m;
  return `${question!.trim()} ${prep!.toLowerCase()} ${topic!.trim()}?`;
}

function tidy(parts: string[]): string[] {
  return parts
    .map((p) => p.replace(TYPED_HANDLE, "").replace(LINE_MARKER, "").replace(OPENING, "").replace(/^[\s,;:]+|[\s,;]+$/g, "").trim())
    .filter((p) => p && !isChat(p))
    .map(reorderTopic)
    .filter(isQuestionish);
}

/**
 * Ways a message might hold several questions, each a list of parts in order, most explicit first:
 * lines, a numbered or bulleted list, question marks, semicolons, then "X and where/when/who …" and
 * "X, and for Y?". Whether to split is the caller's call (the parts must read better on their own than the
 * whole). Conjunctions inside one question ("between Acme and Globex") never split, since only a question
 * word or a fragment opening may follow the "and". Small talk between the questions ("hey", "thanks!") is dropped.
 */
export interface SplitCandidate {
  parts: string[];
  /** Marked by the writer (a numbered list, question marks, lines), not only guessed from "and". */
  explicit: boolean;
}

export function splitCandidates(text: string): SplitCandidate[] {
  const out: SplitCandidate[] = [];
  const add = (parts: string[], explicit: boolean) => {
    if (parts.length < 2 || parts.some(namesTopicOfNext)) return;
    const same = out.find((o) => o.parts.join("\u0000") === parts.join("\u0000"));
    if (same) same.explicit ||= explicit;
    else out.push({ parts, explicit });
  };
  // "3 qs for the widget thing: do we need X, how do we pay, …": the questions after the colon, each also asked of
  // the topic the lead-in names (the caller keeps whichever reads better).
  const flat = text.replace(/\s+/g, " ").trim();
  const topicFirst = LEAD_TOPIC.exec(flat);
  if (topicFirst) {
    for (const c of splitCandidates(topicFirst[2]!)) {
      add(c.parts, c.explicit);
      // "how much does it cost" of the topic: its "it" is the topic; a part with none asks it "for" the topic.
      add(c.parts.map((p) => (/\bit\b/i.test(p) ? p.replace(/\bit\b/i, topicFirst[1]!) : `${p.replace(/[?.!\s]+$/, "")} for ${topicFirst[1]!}?`)), c.explicit);
    }
  }
  const byLine = tidy(text.split(/\s*\n\s*/));
  add(byLine, true);
  add(byLine.flatMap(splitFurther), false);
  if (/(?:^|\s)\(?\d{1,2}[).:]\s+\S[\s\S]*\s\(?\d{1,2}[).:]\s+\S/.test(flat) || /\s[•·▪◦]\s/.test(flat)) {
    const items = flat.split(NUMBERED);
    // "quick qs before my 2pm: 1) … 2) …": what comes before the list and ends in a colon introduces it.
    const lead = items[0]!.replace(/[:\s\u2013\u2014-]+$/, "");
    if (items.length > 2 && lead !== items[0]! && !lead.includes("?") && !isFullQuestion(lead)) items.shift();
    add(tidy(items), true);
  }
  const byMark = dropComment(joinClarifications(tidy(flat.split(AFTER_QUESTION_MARK))));
  add(byMark, true);
  // "what is Acme. how long does it run": a full stop, then a question word, ends one question and starts the next.
  add(tidy(flat.split(SENTENCE_END)), true);
  // "what does it mean for A, for B, for C?": one question asked of each.
  add(byMark.flatMap(splitParallel), true);
  const bySemicolon = tidy(flat.split(/\s*;\s*/));
  add(bySemicolon, true);
  // "X, and what about Y": no single question reads that way.
  add(byMark.flatMap((p) => tidy(p.split(WHAT_ABOUT))), true);
  // "X and when?": a bare question word cannot belong to the question before it; nor can "X + how much do they…"
  // when X is a question of its own.
  // A " + " between two asks ("budget + how many yrs") marks them apart as a list would.
  const plus = /\s\+\s/.test(flat);
  const furtherByMark = byMark.flatMap(splitFurther);
  add(furtherByMark, plus || furtherByMark.slice(1).some(isBareQuestionWord) || furtherByMark.every(isFullQuestion));
  const further = splitFurther(flat);
  add(further, plus || further.slice(1).some(isBareQuestionWord) || further.every(isFullQuestion));
  // "does Acme have a role. Globex too?": a last name or two with "too" after a full stop asks the same of it.
  const also = ALSO_FRAGMENT.exec(flat);
  if (also) add(tidy([also[1]!, also[2]!]), true);
  const led = LED_FRAGMENT.exec(flat);
  if (led && !isBareQuestionWord(led[2]!) && !START_WORD.test(led[2]!)) add(tidy([led[1]!, `${led[2]!}?`]), true);
  // "anything planned in Springfield, and Shelbyville?": a last word or two after ", and" asks the same of it.
  const tail = TRAILING_FRAGMENT.exec(flat);
  if (tail && !isBareQuestionWord(tail[2]!)) add(tidy([tail[1]!, `${tail[2]!}?`]), false);
  // "what about A or B": each name its own question, read with the question before.
  for (const c of [...out]) add(c.parts.flatMap(expandAboutList), c.explicit);
  return out;
}

const START_WORD = new RegExp(String.raw`^${QUESTION_START}\b`, "i");
const STANDS_FOR_TOPIC = /\b(?:it|its|they|them|their|this|that)\b/i;

/**
 * "Acme's six-year deal with Globex, when does it begin": a topic put first, then the question asked of it ("it").
 * One question, not two: the topic alone asks nothing.
 */
function namesTopicOfNext(part: string, i: number, parts: string[]): boolean {
  const next = parts[i + 1];
  if (next === undefined || part.includes("?") || START_WORD.test(part) || /\b(?:how|what|whats|what's|when|where|who|why|which)\b/i.test(part)) return false;
  return START_WORD.test(next) && STANDS_FOR_TOPIC.test(next);
}

/** One part split at "and where …" and at "…, and for Y?". */
function splitFurther(part: string): string[] {
  const joined = tidy(part.split(JOINED)).flatMap((p) => tidy(p.split(JOINED_FRAGMENT)));
  return joined.length ? joined : [part];
}

function expandAboutList(part: string): string[] {
  const m = ABOUT_LIST.exec(part);
  if (!m) return [part];
  const names = m[2]!.split(/\s*,\s*(?:or\s+|and\s+)?|\s+(?:or|and|&)\s+/).filter(Boolean);
  if (names.length < 2 || names.some((n) => n.split(/\s+/).length > 2)) return [part];
  return names.map((n) => `${m[1]}${n}?`);
}
