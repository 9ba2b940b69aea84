import type { TextAnalyzer } from "../text/analyzer.js";
import { ASKS_AUTHOR, ASKS_CONFIDENCE, ASKS_DISAGREEMENT, ASKS_SOURCES, ASKS_WHY, BARE_WH, FRAGMENT_START, LEANING_START, PRONOUN, QUESTION_LEAD, QUESTION_TAIL, SOFT_START } from "./intent-phrases.js";
import { plainMessage, TYPED_HANDLE } from "./plain-message.js";
import { withoutOpening } from "../text/opening.js";

/** A quantity question: "how many gigawatts…", "how much is…", "how big is…". */
export const QUANTITY = /\bhow\s+(many|much|big|large)\s+(.+)$/;
/** Words that end a fragment rather than name something: "and then?", "and now?". */
const STOPPING = /^(?:and|or|but|then|now|so|ok|okay|yes|no|why|really|again|too|also|more|else)$/;
const QUESTION_WORD = /^(?:who|who's|whos|what|what's|whats|when|where|which|how|why)\b/;

/** "part of it", "in on that": a pronoun after a preposition, standing for something spoken of before. */
export const OBJECT_PRONOUN = /\b(?:of|in|into|on|with|to|from|about|for|under|behind)\s+(?:it|this|that|them)\s*\??$/;
/** Pronouns that stand for a company or person. */
const ACTOR_PRONOUN = /\b(?:they|them|their|theyre|he|she|him|her|his)\b/;

/** A subject a question gives itself: a determiner and a noun or two ("the big contract", "its sites"). */
const OWN_SUBJECT = /^(?:the|its|their|that|this|these|those)\s+\S+(?:\s+\S+){0,2}$/;
/** "has anyone said what …", "did they announce when …": a question word's question reported inside a yes/no one. */
const EMBEDDED_QUESTION =
  /^(?:(?:so|and|but|ok(?:ay)?)\s+)*(?:thx\s+|thanks\s+)?(?:(?:totally\s+)?unrelated\s+[-\u2013\u2014]?\s*)?(?:has|have|did|does|do)\s+(?:\S+\s+){1,2}?(?:said|say|announced|announce|mentioned|mention|confirmed|confirm|disclosed|disclose|revealed|reveal|explained|explain|shared|share)\s+((?:what|when|how|where|who|which)\s+\S.*)$/;
/** "in $ terms?", "in dollars?": the figure just asked, as money. */
const IN_MONEY = /^(?:and\s+)?(?:in|as)\s+(?:\$|dollars?|usd|money|cash|bucks)(?:\s+terms)?$|^(?:and\s+)?in\s+(?:dollar|money|\$)\s+terms$/;
/** A subject longer than this is a clause misread as a noun phrase. */
const MAX_SUBJECT_WORDS = 4;

/** "and after this deal?": a phrase of time or circumstance, added to the question before. */
const ADDED_PHRASE = /^(?:after|before|since|until|by|once|without|with)\s+\S/;
const MAX_ADDED_PHRASE_WORDS = 5;
/** "… rn", "… today": the time a question was asked of, last in it. */
const NOW = /\s+(?:rn|now|right\s+now|today|currently|these\s+days|at\s+the\s+moment|atm)$/;
/** "is that an actual number or a projection?": a question about the figure just given. */
export const ABOUT_THE_FIGURE =
  /^(?:is|was)\s+(?:that|this)\s+(?:a|an|the|just|only|really|actually|still)\b.*\b(?:actual|real|official|final|estimated?|estimates|projection|projected|forecast|rumou?r|guess|number|figure|reported)\b/;

/** "Globex too?", "and the Springfield site as well": one to three words, then "too", "as well" or "also". */
const ASKS_THE_SAME_OF = /^(?:and\s+)?((?:[\w'-]+\s+){0,2}[\w'-]+)\s+(?:too|as\s+well|also)$/;

/** "doing what?", "paid by whom", "built where": a verb or two with its question word put last. */
const TRAILING_WH = /^(?:and\s+)?(?:[a-z'-]+\s+){1,2}(?:what|when|where|whom|who|which)$/;

/** A follow-up is short; a long message is a question of its own. */
const MAX_FOLLOW_UP_WORDS = 12;

/** How a follow-up could be read with the previous question. */
export type FollowUpReading =
  | { kind: "sources"; /** Asked whether the previous answer holds: that question put to the desk. */ confirm?: string }
  | { kind: "rewrite"; question: string; topic?: string; /** Other ways to read it; the caller keeps the best answered. */ others?: string[] };

/**
 * The subject of a question: what is left when its question words are dropped.
 * "how much is the deal worth?" → "the deal"; "when does the widget contract start" → "the widget contract".
 */
export function subjectOf(question: string): string {
  // "has anyone said what access will cost?" → "access": a question reported inside another is the one asked.
  const embedded = EMBEDDED_QUESTION.exec(plainMessage(question));
  if (embedded) return subjectOf(embedded[1]!);
  // "the Acme expansion - when was it announced?": a topic put in front of its question, after a dash or colon.
  const fronted = /^(.+?\S)\s+[-\u2013\u2014:]+\s+(?:when|where|what|who|why|how|which|is|are|was|were|do|does|did)\b/i.exec(question);
  if (fronted && !QUESTION_WORD.test(plainMessage(fronted[1]!)) && plainMessage(fronted[1]!).split(" ").length >= 2) return plainMessage(fronted[1]!);
  // "why 4.5 gw specifically, seems random" → "4.5 gw": a remark after a comma is not part of the subject.
  const first = /^([^,;]*?\S(?:\s+\S+)+?)\s*[,;]\s+\S/.exec(question);
  if (first && QUESTION_WORD.test(plainMessage(first[1]!))) question = first[1]!;
  // "is there a Globex site in Springfield" → "globex site in springfield": what is said to be there is the subject.
  const there = /^(?:(?:so|and|but|ok(?:ay)?)\s+)*(?:is|are|was|were|will)\s+there\s+(?:(?:a|an|any|some|one)\s+|going\s+to\s+be\s+(?:a|an|any)\s+)?(\S.*)$/.exec(plainMessage(question));
  if (there && there[1]!.split(" ").length <= MAX_THERE_WORDS) return there[1]!;
  // "who's in Acme" → "acme": a preposition left at the front is the question's, not the subject's.
  let s = plainMessage(question).replace(QUESTION_LEAD, "").replace(/^(?:about|in|on|at|behind|with)\s+/, "");
  // "what kind of jobs" → "jobs".
  s = s.replace(/^(?:kinds?|types?|sorts?)\s+of\s+/, "");
  // "give me the short version of the Acme deal" → "the acme deal": a request's subject follows its "of/on/about".
  s = s.replace(/^(?:give|gimme|show|tell|send|get)\s+(?:me|us)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:of|on|about)\s+(?=\S)/, "");
  const lead = s;
  for (let before = ""; before !== s; ) {
    before = s;
    s = s.replace(QUESTION_TAIL, "");
  }
  // "where are they building the first campus" → "the first campus": a pronoun and its verb are not the subject.
  s = s.replace(/^(?:they|we|you|he|she|i|it)\s+\S+ing\s+(?=\S)/, "");
  // "how much does it cost Acme" → "acme": what "it" costs or takes is said of the name after the verb.
  s = s.replace(/^(?:it|this|that)\s+(?:cost|costs|take|takes|need|needs|last|lasts)\s+(?=\S)/, "");
  // "how many jobs is this supposed to create" → "jobs": a clause after the noun is not the subject.
  // After "how much/how many/which", the noun is the subject whoever does the verb: "how much capacity is Acme giving" → "capacity".
  const counted = /^(?:\S+\s+)?(?:how\s+(?:much|many)|which)\s+\S/.test(plainMessage(question));
  const clause = counted
    ? /^((?:\S+\s+){0,2}\S+?)\s+(?:is|are|was|were|will|would|does|do|did|can|could|has|have)\s+\S/.exec(s)
    : /^((?:\S+\s+){0,2}\S+?)\s+(?:is|are|was|were)\s+(?:this|that|it|they|he|she)\b/.exec(s);
  // "how much is Acme gonna cost overall" → "acme": what the subject is going to do is not the subject.
  const future = clause ? null : /^((?:\S+\s+){0,2}?\S+?)\s+(?:gonna|going\s+to|gon|supposed\s+to|meant\s+to)\s+\S/.exec(s);
  if (future && /[\p{L}\d]/u.test(future[1]!) && !/^(?:they|we|you|he|she|i|it|this|that|there)$/.test(future[1]!)) s = future[1]!.replace(/\s+(?:r|are|is|was|were|am)$/, "");
  // "how much $$ is Acme": money signs are what is asked; the subject follows the verb.
  if (clause && !/[\p{L}\d]/u.test(clause[1]!)) s = s.slice(clause[0].length - 1).trim();
  else if (clause) s = clause[1]!;
  // "is this the biggest deal in history?" → "the biggest deal": "this" points at what the rest names.
  const pointed = /^(?:is|was|are|were|isn'?t|wasn'?t)\s+(?:this|that|it)\s+((?:the|a|an)\s+(?:\S+\s+){0,3}?\S+)(?:\s+(?:in|of|on|for|to|with|at|by|ever|so\s+far|yet)\b.*)?$/.exec(plainMessage(question));
  if (pointed) return pointed[1]!;
  // "will the data centers run on wind?" → "the data centers": after a leading auxiliary, the subject is the
  // determiner and the two words after it (a verb usually follows).
  // "can our team use acme models thru globex?" → "acme models thru globex": what a party may use or get is what a
  // follow-up's "it" stands for ("how would we pay for it"), not the party.
  const uses = /^(?:can|could|do|does|will|would|should)\s+(?:we|i|you|u|they|(?:the|our|your|my|their)\s+\S+)\s+(?:use|get|access|buy|run|try|call|rent)\s+((?:\S+\s+){0,3}\S+)$/.exec(plainMessage(question).replace(/\s+(?:now|yet|already|today)$/, ""));
  if (uses && !/^(?:it|this|that|them|to)\b/.test(uses[1]!)) return uses[1]!;
  const aux = /^(?:is|are|was|were|do|does|did|will|would|can|could|should|has|have|had)\s+((?:the|a|an|its|their|this|that|these|those|our|your)\s+\S+(?:\s+\S+)?)/.exec(plainMessage(question));
  if (aux) {
    const words = aux[1]!.split(" ");
    const third = words[2];
    const verbish = third !== undefined && /^(?:\w+ed|run|use|go|get|have|be|make|create|start|end|cost|need|come|take|mean|work|stay|grow|rise|fall|go|open|close|pay|use|run|happen|change|include|replace|help|hurt|affect)$/.test(third);
    return (verbish ? words.slice(0, 2) : words).join(" ");
  }
  // "how would we pay for acme models through globex" → "acme models through globex": after a person doing
  // something ("we pay for"), the subject is what it is done to.
  const auxiliaryAsked = s === lead && /^(?:when|where|why|how|what)\s+(?:does|did|will|do|can|could|would|should)\b/.test(plainMessage(question));
  const done = /^(?:we|i|you|u|they|he|she)\s+\S+\s+(?:(?:for|on|with|to|into|in|about|from)\s+)?(\S.*)$/.exec(s);
  if (auxiliaryAsked && done && !/^(?:it|its|this|that|them|there|those|these)\b/.test(done[1]!)) return done[1]!;
  // "when does the deal begin to ship" → "the deal begin to ship": a verb left after does/did/will is not the subject.
  if (auxiliaryAsked) {
    const words = s.split(" ");
    // "when does the contract kick in": the verb and its particle.
    const verb = words.length > 3 && /^(?:in|off|up|out|on|over|through)$/.test(words[words.length - 1]!) ? 2 : 1;
    if (words.length > 2) s = words.slice(0, -verb).join(" ");
  }
  // "what is Acme anyway" → "acme": a trailing filler word is not part of the subject; nor are figures weighed
  // against each other ("acme 5b or 50b" → "acme").
  return s
    .trim()
    // "why is it 4.5 gigawatts" → "4.5 gigawatts": the pronoun before a figure or a noun phrase is not the subject.
    .replace(/^(?:it|this|that)\s+(?=\$?\d|(?:the|a|an)\s)/, "")
    .replace(/\s+(?:anyway|anyways|exactly|specifically|precisely|again|tho|though|then|now|really|btw|actually|lol|pls|please|plz)$/, "")
    // "what access will cost" → "access": an auxiliary left last once its verb is gone.
    .replace(/(?<=\S)\s+(?:will|would|can|could|should|might|may|does|do|did)$/, "")
    // "what's Acme in a nutshell" → "acme": how to answer, not what.
    .replace(/\s+in\s+(?:a\s+nutshell|short|brief|plain\s+english|simple\s+terms|a\s+few\s+words)$/, "")
    // "the sites being built" → "the sites".
    .replace(/(?<=\S)\s+being\s+[a-z]+(?:ed|en|lt|ilt)$/, "")
    .replace(/(?<=\S)\s+\$?\d[\w.,$%]*(?:\s+(?:or|vs|versus)\s+\$?\d[\w.,$%]*)+$/, "");
}

/**
 * Whether a message leans on what came before ("and when does it start?", "what about jobs?", "source?",
 * "why?"). A message that names something of its own and has no leaning words stands alone. "weakly" for a
 * short question that names nothing ("who's involved?"): read with the thread unless it reads as well alone.
 */
export function leansOnPrevious(text: string, reader: TextAnalyzer): boolean | "weakly" {
  const plain = plainMessage(text);
  const words = plain.split(" ").filter(Boolean);
  if (!words.length || words.length > MAX_FOLLOW_UP_WORDS) return false;
  if (ASKS_SOURCES.test(plain) || ASKS_AUTHOR.test(plain) || ASKS_CONFIDENCE.test(plain) || ASKS_DISAGREEMENT.test(plain) || ASKS_WHY.test(plain) || BARE_WH.test(plain)) return true;
  // "Globex too?", "and Globex as well?": the question before, asked of something else.
  // "doing what?", "starting when?": a word or two and a question word last, asking on about what was just said.
  if (ASKS_THE_SAME_OF.test(plain) || TRAILING_WH.test(plain)) return true;
  const named = reader.entitiesIn(plain).size > 0;
  // "so is Acme out now?" names its own subject: the "so" only links it to the talk. "so does Acme change any of
  // that?" still points back at what was asked before.
  if (SOFT_START.test(plain) && named) return OBJECT_PRONOUN.test(plain) ? "weakly" : false;
  if (LEANING_START.test(plain)) return true;
  // "how much of Acme do they own?": "they" is someone else than the name it gives, maybe the one asked about before.
  // "all in the us tho?": "all" stands for the things asked about before, wherever it puts them.
  // "is Acme part of it?": "it" after a preposition is something spoken of before.
  // "does that include Globex?": "that" is what was asked before, the name what is asked of it.
  if (named) return ACTOR_PRONOUN.test(plain) || OBJECT_PRONOUN.test(plain) || /^(?:all|both|each|every\s+one)\b|^(?:and\s+)?(?:does|do|did|would|will|is|was)\s+(?:that|this|it)\s+(?:include|includes|cover|covers|mean|count|apply|involve)\b/.test(plain) ? "weakly" : false;
  if (FRAGMENT_START.test(plain) && words.length <= 6) return true;
  // "which one opens first?": "one" is one of the things spoken of before.
  if (WHICH_ONE.test(plain)) return true;
  // "who's involved?", "which one's first?": a question of a few words naming nothing asks of the subject before.
  // Only weakly: it may be a whole question of its own ("what's the timeline?").
  // So does a longer one with a single word of substance ("what hardware are we talking").
  const terms = reader.terms(plain);
  if ((words.length <= 3 || terms.length <= 1) && QUESTION_WORD.test(plain)) return "weakly";
  // Question words are terms too ("how", "much"): only the others are substance ("how do we pay" has one).
  const substance = terms.filter((t) => !/^(?:how|much|many|who|what|when|where|which|why)$/.test(t));
  if (substance.length <= 1 && QUESTION_WORD.test(plain) && !PRONOUN.test(plain)) return "weakly";
  return PRONOUN.test(plain);
}

/** The follow-up read with the previous question's subject. */
export function readFollowUp(text: string, asked: string, reader: TextAnalyzer): FollowUpReading {
  const plain = plainMessage(text);
  // "ok switching gears — how much does Acme make": the opening that announced the question is not part of it.
  const previous = withoutOpening(questionSentence(asked));
  // "source?" and "how sure are you?" ask about the previous answer itself: it is given again, with its sources.
  // So does "why do the articles disagree?": the answer gives both sides and its note on where they differ.
  if (ASKS_SOURCES.test(plain) || ASKS_AUTHOR.test(plain) || ASKS_DISAGREEMENT.test(plain)) return { kind: "sources" };
  // A previous question that was itself read with the thread ("what about Springfield regarding the sites?") is
  // about what it was read with: the subject does not pile up "regarding … regarding …".
  // Unless it named a subject of its own ("and when does the big contract start regarding …"): that is the talk's now.
  const read = /^(.*?)\s+regarding\s+(.+)$/.exec(previous);
  const readSubject = read ? subjectOf(read[1]!) : "";
  const base = read ? (OWN_SUBJECT.test(readSubject) ? read[1]! : read[2]!) : previous;
  const baseSubject = base === read?.[1] ? readSubject : subjectOf(base);
  // "what's the budget regarding the acme consortium?" + "how many years?": the budget of that name, not any budget.
  const owner = read && base === read[1] ? namedOwner(read[2]!, baseSubject, reader) : null;
  const subject = (baseSubject || plainMessage(base)) + (owner ? ` of ${owner}` : "");
  const prev = plainMessage(previous);
  // "how sure are you about that?": whether what was asked is confirmed, where a card says so; else the answer again.
  if (ASKS_CONFIDENCE.test(plain)) return { kind: "sources", confirm: subject.split(" ").length <= MAX_SUBJECT_WORDS ? `is ${subject} confirmed?` : "is that confirmed?" };
  if (ASKS_WHY.test(plain)) {
    // "did the stock go up?" → "why did the stock go up?"; otherwise "why: <subject>".
    const startsAux = /^(?:is|are|was|were|do|does|did|will|would|can|could|should|has|have|had)\b/.test(prev);
    // "how many gigawatts is Acme getting?" + "why that number?" → "why so many gigawatts is Acme getting?"
    const quantity = QUANTITY.exec(prev);
    if (quantity) {
      // "how much is the deal worth" → "why is the deal worth so much"; "how many gigawatts is Acme getting" → "why so many gigawatts is Acme getting".
      const [, much, rest] = quantity;
      const verb = /^(is|are|was|were|does|do|did|will|would)\s+(.+)$/.exec(rest!);
      return { kind: "rewrite", question: verb ? `why ${verb[1]} ${verb[2]} so ${much}?` : `why so ${much} ${rest}?`, others: [`why ${subject}?`] };
    }
    return { kind: "rewrite", question: startsAux ? `why ${prev}?` : `why ${subject}?` };
  }
  // "in $ terms?" after "how many gigawatts is Acme giving Globex" → "how much is Acme giving Globex in dollars?": the
  // same thing asked as money.
  const quantity = QUANTITY.exec(prev);
  if (IN_MONEY.test(plain) && quantity && /^many$/.test(quantity[1]!)) {
    const rest = quantity[2]!.replace(/^\S+\s+(?=(?:is|are|was|were|will|would|does|do|did)\s)/, "");
    return { kind: "rewrite", question: `how much ${rest} in dollars?` };
  }
  // "what kind tho?" after "how many jobs…" → "what kind of jobs?"
  const sort = /^(?:and\s+)?(?:what|which)\s+(kinds?|types?|sorts?)(?:\s+(?:tho|though|then|exactly|of\s+(?:them|those|these|it)))?$/.exec(plain);
  // "what about jobs regarding …" + "what kind?": the kinds of jobs, the thing just turned to.
  const turnedTo = read && /^what about \S/.test(read[1]!) ? readSubject : "";
  if (sort) return { kind: "rewrite", question: `what ${sort[1]} of ${turnedTo || subject}?` };
  // "doing what?" after "how many jobs…": what sort of them.
  if (TRAILING_WH.test(plain) && /\bwhat$/.test(plain)) return { kind: "rewrite", question: `what kind of ${turnedTo || subject}?`, others: [`${plain} regarding ${subject}?`] };
  const bare = BARE_WH.exec(plain);
  // "and when?" after "how much is the deal worth" → "when is the deal?": a verb keeps the question readable.
  if (bare) {
    const wh = bare[1]!;
    // "where?" after "how many jobs will Acme create" → also "where will acme create jobs?": the previous verb kept.
    const rest = prev.replace(/^(?:(?:and|so|but|also|ok|okay)\s+)*(?:how\s+(?:much|many|big|long)|what|which|who|where|when|why)\s+/, "");
    const moved = /^((?:\S+\s+){0,2}?\S+)\s+(is|are|was|were|will|would|does|do|did|can|could|has|have)\s+(.+)$/.exec(rest);
    const others = moved ? [`${wh} ${moved[2]} ${moved[3]} ${moved[1]}?`] : [];
    // "where was the expansion announced?" + "and when?" → "when was the expansion announced?": the question word swapped.
    if (/^(?:is|are|was|were|will|would|does|do|did|can|could|has|have|had)\s+\S/.test(rest) && rest !== prev) others.unshift(`${wh} ${rest}?`);
    // "and when?" of a thing asks when it starts, as often as when it is.
    if (wh === "when") others.push(`when does ${subject} start?`);
    // "and how long?" of a thing asks how long it runs or lasts.
    if (wh === "how long") others.push(`how long does ${subject} run?`, `how long does ${subject} last?`);
    return { kind: "rewrite", question: `${wh} ${/^(?:how\s+much|how\s+many)$/.test(wh) ? "" : "is "}${subject}?`, others };
  }
  const body = plain.replace(/^(?:and|also|plus|so|but|ok(?:ay)?\s+(?:and|so)|then)\s+/, "").replace(ASKS_THE_SAME_OF, "$1");
  // "which one opens first?" after "is there a site in Springfield": which of the sites.
  const noun = WHICH_ONE.test(body) ? headNoun(subject) : null;
  if (noun) return { kind: "rewrite", question: `${body.replace(WHICH_ONE, `which ${noun}`)}?` };
  const about = /^(?:(?:and\s+)?(?:what|how)\s+(?:about|abt)|same\s+(?:for|with)|same\s+(?:question|q|thing)\s+(?:for|about|with)|what\s+of|and\s+the\s+same\s+for)\s+(.+)$/.exec(body);
  if (about) {
    // "what about for interns?" is "and for interns?": the phrase takes the place of the old one.
    const phrase = swapPhrase(prev, about[1]!);
    if (phrase) return { kind: "rewrite", question: phrase };
    const topic = about[1]!.replace(/^(?:the|a|an)\s+/, "");
    const swapped = swapEntity(prev, topic, reader);
    if (swapped) return { kind: "rewrite", question: swapped };
    // "what about devs?" after "what does this mean for interns": the last phrase's noun swapped, as for "and devs?".
    const inPlace = reader.entitiesIn(topic).size === 0 ? swapLastNoun(prev, topic, reader, LAST_PHRASE_ABOUT) : null;
    return { kind: "rewrite", question: `what about ${topic} regarding ${subject}?`, topic, ...(inPlace ? { others: [inPlace] } : {}) };
  }
  // "and training?": a bare noun or two after the question asks the same of it, like "what about training?".
  if (/^[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?$/.test(body) && !PRONOUN.test(body) && !QUESTION_WORD.test(body) && !FRAGMENT_START.test(body) && !STOPPING.test(body)) {
    const swapped = swapEntity(prev, body, reader);
    if (swapped) return { kind: "rewrite", question: swapped };
    // "what's in it for nurses?" + "and retailers" → "what's in it for retailers?": the last phrase's noun swapped.
    const phrase = swapLastNoun(prev, body, reader);
    return { kind: "rewrite", question: phrase ?? `what about ${body} regarding ${subject}?`, topic: body };
  }
  const swapped = swapPhrase(prev, body);
  if (swapped) return { kind: "rewrite", question: swapped };
  // "and after this deal?": a time phrase the question before did not have is added to it.
  if (ADDED_PHRASE.test(body) && body.split(" ").length <= MAX_ADDED_PHRASE_WORDS) {
    // "how much does Acme make rn" + "and after the deal?": the new time takes the place of the old one.
    return { kind: "rewrite", question: `${prev.replace(NOW, "")} ${body}?` };
  }
  // "is that an actual number or a projection?": "that" is the figure just given, so the question before is asked again with it.
  if (ABOUT_THE_FIGURE.test(body)) {
    return { kind: "rewrite", question: `${prev}: ${body}?` };
  }
  if (PRONOUN.test(body)) {
    // "is this deal confirmed?" after "how much is the deal worth": the demonstrative and its noun stand for the subject.
    const pointed = /\b(?:this|that|these|those)\s+([a-z]+)\b/.exec(body);
    if (pointed && !/^(?:is|are|was|were|one|ones)$/.test(pointed[1]!) && subject.split(" ").includes(pointed[1]!)) {
      return { kind: "rewrite", question: `${body.replace(pointed[0], subject)}?` };
    }
    // "what's Acme's upside + how much do they make?": "they" is a company or person, not "Acme's upside".
    const actor = actorOf(prev, subject, reader, reader.entitiesIn(body));
    if (actor && ACTOR_PRONOUN.test(body)) {
      const replaced = body
        // "they're on …", typed with or without the apostrophe: the actor is.
        .replace(/\b(?:they'?re|he'?s|she'?s)\b/, `${actor} is`)
        .replace(/\b(?:they|he|she)\b/, actor)
        .replace(/\b(?:them|him)\b/, actor)
        .replace(/\b(?:their|his)\b/, `${actor}'s`);
      return { kind: "rewrite", question: `${replaced}?` };
    }
    // The first "it/that/they…" stands for the previous subject; a subject read as a long clause ("acme bring to
    // globex besides raw") reads worse than the names the question gave.
    const names = [...new Set(prev.split(" ").filter((w) => reader.entitiesIn(w.replace(/'s$/, "")).size > 0))];
    // So does a clause with its verb ("acme building its sites").
    const clause = subject.split(" ").length > MAX_SUBJECT_WORDS || /^(?!(?:the|a|an)\s)\S+\s+\S+ing\s+\S/.test(subject);
    const byNames = clause && names.length > 0;
    const stand = byNames ? names.join(" and ") : subject;
    // "contracts this size", "at that scale": a demonstrative before a measure is a measure, not the subject; nor is
    // "like that" ("why spread out like that?") a thing.
    // One pass, so a subject put in for "it" is not rewritten again ("its" inside it).
    const put = (what: string) => {
      const done = new Set<string>();
      return body.replace(/\bits\b|\bthey'?re\b|\b(?:it|they|them|the\s+same)\b|(?<!\blike\s)\b(?:that|this)\b(?!\s+(?:size|sized|scale|big|magnitude|level|amount|kind|sort|type)\b)/g, (w) => {
        const which = w === "its" ? "its" : "it";
        if (done.has(which)) return w;
        done.add(which);
        // "what if they're late?": the contraction's verb stays a word of its own.
        if (/^they'?re$/.test(w)) return `${what} are`;
        return which === "its" ? `${what}'s` : what;
      });
    };
    const replaced = put(stand);
    // The clause itself is another reading ("when was that announced" after "can firms get acme models on globex
    // cloud"): the caller keeps whichever the desk reads best.
    // Not a clause that is itself a question, points elsewhere or is under way ("since when is…", "it really…", "acme doing…").
    const plainClause = byNames && !/\b(?:when|where|what|who|why|how|which|it|its|they|this|that)\b|\w{2,}ing\b/.test(subject);
    if (replaced !== body) return { kind: "rewrite", question: `${replaced}?`, ...(plainClause ? { others: [`${put(subject)}?`] } : {}) };
  }
  // "over how many years?" after "Acme's total budget": asked of the names too, not only of the budget.
  const names = [...new Set(prev.split(" ").filter((w) => reader.entitiesIn(w.replace(/'s$/, "")).size > 0))];
  const others = FRAGMENT_START.test(body) && names.length ? [`${body} ${names.join(" and ")}?`] : [];
  // "and regular ppl who use it" after "what does this mean for interns": the new phrase in the old one's place.
  const phrase = /^(.*\s(?:for|to|in|at|on|with|about))\s+[^\s].*$/.exec(prev);
  if (phrase && !QUESTION_WORD.test(body) && !AUXILIARY.test(body.split(" ")[0]!)) others.push(`${phrase[1]} ${body}?`);
  return { kind: "rewrite", question: `${body} regarding ${subject}?`, ...(others.length ? { others } : {}) };
}

/** "is there a site in Springfield": longer, what follows "there" is more than a noun phrase. */
const MAX_THERE_WORDS = 5;

/** "which one", "which ones": one of the things the question before spoke of. */
const WHICH_ONE = /^which\s+(?:one|ones)\b(?=\s+\S)/;

/**
 * The noun a subject is about: "one of the springfield sites" → "sites", "globex site in springfield" → "site". Null
 * when it ends in a name or a figure (a noun phrase is wanted, not "acme").
 */
function headNoun(subject: string): string | null {
  const of = /\bones?\s+of\s+(?:the\s+|its\s+|their\s+)?((?:\S+\s+){0,2}\S+)/.exec(subject);
  const phrase = of ? of[1]! : subject.split(/\s+(?:in|of|for|at|on|with|from|to|by|near)\s+/)[0]!;
  const last = phrase.split(" ").pop() ?? "";
  return /^[a-z]{3,}$/.test(last) && !/^(?:getting|there|this|that|it|them|they)$/.test(last) ? last : null;
}

/** A short phrase naming something ("the acme consortium") that owns a subject naming nothing ("the budget"). */
function namedOwner(phrase: string, subject: string, reader: TextAnalyzer): string | null {
  const plain = plainMessage(phrase).replace(/\?+$/, "");
  if (!/^(?:the\s+)?[\w'-]+(?:\s+[\w'-]+){0,2}$/.test(plain) || /\b\w{2,}ing\b/.test(plain)) return null;
  return reader.entitiesIn(plain).size > 0 && reader.entitiesIn(subject).size === 0 ? plain : null;
}

/** Of a message of several sentences, the one asking ("acme 5b or 50b? seeing both numbers" → "acme 5b or 50b?"). */
function questionSentence(raw: string): string {
  // "@dealdesk where are …" typed as plain text: the handle is not part of the question.
  const message = raw.replace(TYPED_HANDLE, "");
  const sentences = message.split(/(?<=[?!.])\s+/).filter((s) => /\w/.test(s));
  if (sentences.length < 2) return message;
  return sentences.find((s) => s.trim().endsWith("?")) ?? message;
}

/** "does Acme own a stake?" + "what about Globex" → "does globex own a stake?" (one name for one of its kind). */
function swapEntity(previous: string, topic: string, reader: TextAnalyzer): string | null {
  const named = reader.read(topic).filter((w) => w.entity);
  if (named.length !== 1) return null;
  const replacement = named[0]!.entity!;
  const words = previous.split(" ");
  for (let i = 0; i < words.length; i++) {
    // The longest name starting here: "north springfield" is one place, not "north" and Springfield.
    for (let length = Math.min(MAX_NAME_WORDS, words.length - i); length >= 1; length--) {
      const read = reader.read(words.slice(i, i + length).join(" "));
      const entity = read.length === 1 ? read[0]!.entity : null;
      if (!entity) continue;
      if (entity.kind !== replacement.kind || entity.term === replacement.term) break;
      return `${[...words.slice(0, i), topic.trim(), ...words.slice(i + length)].join(" ")}?`;
    }
  }
  return null;
}

/** A question's last phrase: a preposition and one word ("… for nurses"). */
const LAST_PHRASE = /\s(for|in|at|on|with|from|to|by|about)\s+(\S+)$/;
/** The same for "what about devs?", without "from" and "by": with them, one conversation-set follow-up read worse. */
const LAST_PHRASE_ABOUT = /\s(for|to|in|at|on|with|about)\s+(\S+)$/;

/**
 * The question before with its last phrase's noun swapped for another ("what's in it for nurses?" + "retailers" →
 * "what's in it for retailers?"). A name ("on Acme") is not swapped for a common noun.
 */
function swapLastNoun(previous: string, noun: string, reader: TextAnalyzer, lastPhrase: RegExp = LAST_PHRASE): string | null {
  const last = lastPhrase.exec(previous);
  return last && reader.entitiesIn(last[2]!).size === 0 ? swapPhrase(previous, `${last[1]} ${noun}`) : null;
}

/** The most words a name in a question is read over (a country's full name). */
const MAX_NAME_WORDS = 4;

/** Prepositions whose phrase a fragment can swap: "what's in it for devs?" + "for interns?". */
const SWAPPABLE = /^(for|in|at|on|with|from|to|by|before|after|since|during|under|over)\s+(\S.*)$/;

/**
 * "what's in it for companies?" + "and for interns?" → "what's in it for interns?": a fragment that is one
 * prepositional phrase takes the place of the previous question's last phrase with the same preposition.
 */
export function swapPhrase(previous: string, fragment: string): string | null {
  const m = SWAPPABLE.exec(fragment);
  if (!m || m[2]!.split(" ").length > 5) return null;
  const words = previous.split(" ");
  const at = words.lastIndexOf(m[1]!);
  if (at <= 0) return null;
  return `${[...words.slice(0, at), fragment].join(" ")}?`;
}

/**
 * Who "they" or "he" is: the owner in a subject "Acme's upside", else the one company, organisation or person named.
 * A name the follow-up gives itself is not who its pronoun stands for ("how much of Acme do they own?").
 */
function actorOf(previous: string, subject: string, reader: TextAnalyzer, namedNow: ReadonlySet<string> = new Set()): string | null {
  const isNamedNow = (w: string) => [...reader.entitiesIn(w)].some((e) => namedNow.has(e));
  const owner = /^([^\s']+)'s\s/.exec(subject);
  if (owner && reader.entitiesIn(owner[1]!).size > 0 && !isNamedNow(owner[1]!)) return owner[1]!;
  const actors = previous
    .split(" ")
    .map((w) => w.replace(/'s$/, ""))
    .filter((w) => !isNamedNow(w) && [...reader.entitiesIn(w)].some((e) => ["company", "organisation", "person"].includes(reader.entities.get(e)?.kind ?? "")));
  if (new Set(actors).size === 1) return actors[0]!;
  // Several named: the question's grammatical subject, the name right after its auxiliary ("how much of Acme does
  // Globex own" → Globex).
  const words = previous.split(" ").map((w) => w.replace(/'s$/, ""));
  const at = words.findIndex((w, i) => AUXILIARY.test(w) && actors.includes(words[i + 1] ?? ""));
  return at >= 0 ? words[at + 1]! : null;
}

const AUXILIARY = /^(?:is|are|was|were|does|do|did|will|would|can|could|has|have|had|should)$/;
