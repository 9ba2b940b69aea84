import type { Answer } from "../answer.js";
import type { Desk } from "../desk.js";
import { messages } from "../messages.js";
import { cleanQuestion } from "../text/clean-question.js";
import { TextAnalyzer } from "../text/analyzer.js";
import { nameListParts } from "./name-list.js";
import { OverviewFinder } from "./overview.js";
import { MAX_CHOICES, TopicBrowser } from "./browse-topic.js";
import { CardTraits } from "./card-traits.js";
import { DealVocabulary } from "./deal-vocabulary.js";
import { classifyMessage } from "./classify-message.js";
import { hasForeignLetters, isOtherLanguage, rareNameWords } from "./detect-language.js";
import { hasOtherLanguageWord } from "./function-word-language.js";
import { ABOUT_THE_FIGURE, leansOnPrevious, OBJECT_PRONOUN, QUANTITY, readFollowUp } from "./follow-up.js";
import { ASKING_FORM, ASKS_AUTHOR, ASKS_CONFIDENCE, ASKS_SOURCES, ASKS_THE_ROOM, ASKS_WHY, BARE_WH, DEAL_WITH, OFF_TOPIC_REQUEST, REQUEST, TASK_REQUEST, THANKS, WANTING, WHY_FIRST } from "./intent-phrases.js";
import { STRESS } from "../text/opening.js";
import { plainMessage, TYPED_HANDLE } from "./plain-message.js";
import type { FactReply, Incoming, Reply } from "./reply.js";
import { ExampleRotation } from "./small-talk.js";
import { elaborates, isFullQuestion, MAX_PARTS, splitCandidates, withoutRemark } from "./split-questions.js";
import { pickedChoice } from "./pick-choice.js";
import { THREAD_TTL_MS, ThreadMemory, type ThreadContext } from "./thread-memory.js";
import { whatsNew } from "./whats-new.js";

export interface ConversationOptions {
  /** The clock thread context expires on (tests inject one). */
  now?: () => number;
  ttlMs?: number;
}

/**
 * The question before, asked of what a correction names: "how long does the deal run" + "no i meant the Acme one"
 * → "how long does the acme deal run"; without such a noun to qualify, "what about acme?".
 */
function askedOf(previous: string, meant: string): string {
  const plain = plainMessage(previous).replace(/\?+$/, "");
  const noun = /\bthe\s+(deal|contract|agreement|partnership|project|investment|one)\b/.exec(plain);
  return noun ? `${plain.replace(noun[0], `the ${meant} ${noun[1] === "one" ? "deal" : noun[1]}`)}?` : `what about ${meant}?`;
}

/** "no i meant the Acme one", "sorry, I meant Globex": a correction of what the question before was about. */
const CORRECTION = /^(?:(?:no+|nah|nope|sorry|oops|wait)[,.!\s]+)*(?:i\s+)?(?:meant|mean|was\s+asking\s+about)\s+(?:the\s+)?(.+?)(?:\s+(?:one|deal|thing))?\s*[?!.]*$/;

/** The conversation layer: every chat event is one `reply` call. */
export interface Conversation {
  reply(message: Incoming): Reply;
  /** Another id for a thread (a bot reply that people reply to). */
  link(alias: string, thread: string): void;
  /** Whether an id is a thread or alias the conversation knows. */
  knows(id: string): boolean;
}

/** Examples offered with a help or out-of-scope note. */
const HELP_EXAMPLES = 3;
const SCOPE_EXAMPLES = 2;
/** A part's answer, and how it was read when it leaned on the part before. */
interface PartAnswer {
  answer: Answer;
  readAs: string | null;
}

/** How much better a follow-up must read with an earlier question of the thread than with the last one. */
const EARLIER_MARGIN = 0.2;

/** "that", "it", "they": a word that points back at what was said before. */
/** How "who wrote it?" is put to the desk: the author of an article, whichever article it is. */
const AUTHOR_QUESTION = "who wrote the article?";
const POINTS_BACK = /\b(?:it|that|this|they|them|those|these)\b/;
/** How close behind its best card a part's next card must rank to answer it when another part has the best. */
const DISTINCT_SHARE = 0.8;
/** How far below the part read alone a part read with the subject of the part before may rank and still be taken. */
const CARRY_MARGIN = 0.05;
/** How likely a reason card must be to answer "why?" in place of the card just given. */
const REASON_FLOOR = 0.5;
/** "more", "what else?", "the rest": the next questions of a topic list. */
const ASKS_MORE =
  /^(?:(?:and|ok(?:ay)?|so|cool|thanks|thx)\s+)*(?:more|show\s+(?:me\s+)?more|(?:any|got\s+any|anything)\s+more|what\s+else|anything\s+else|(?:what|how)\s+about\s+the\s+(?:rest|others)|the\s+(?:rest|others)|others|next|next\s+page|more\s+(?:please|pls|plz|questions|options|of\s+(?:those|them|these))|keep\s+going|go\s+on)(?:\s+(?:please|pls|plz))?$/;
/** "the other sites", "what about the rest", "anything else": something besides what was just answered. */
const ASKS_OTHERS = /\b(?:other|others|rest|remaining|else|besides)\b/;

/** Longer than this, a statement is taken as a question with its context, not a passing remark. */
const MAX_REMARK_WORDS = 12;

/** How close under the unsure band a part asked as a question of its own may come and still take its card (unsure). */
const NEAR_PART_FLOOR = 0.45;
/** The confidence a guess from a name's lead question is shown with, at least (it is shown as unsure). */
const UNSURE_FLOOR = 0.4;

/** A related card of the one just given is taken for a declined follow-up from this confidence; for an unsure one, from this share of the best's. */
const RELATED_FLOOR = 0.2;
const RELATED_SHARE = 0.9;
const RELATED_SHARE_ANSWERED = 0.8;

/** Share of the unsure band at which a declined question counts as near a card. */
const NEAR_A_CARD = 1 / 2;


/** How much better the parts of a split message must read than the whole. */
const SPLIT_MARGIN = 0.02;

/** "what's X", "who's in X", "where is X": a question asked of a bare name, which a card may answer outright. */
const DEFINITION = /^(?:(?:what|whats|who|whos|when|whens|where|wheres|why|how|which)(?:'s)?|wtf|wth)\s+(?!(?:do|can|could)\s+(?:you|u)\b)\S/;

/** "4.5 gigawatts", "$300 billion", "25%": a figure with its unit. */
const FIGURE = /(?:\$\s?)?\d[\d,]*(?:\.\d+)?\s*(?:%|percent|trillion|billion|million|bn|gw|gigawatts?|mw|megawatts?|jobs|years?)(?![\w])/gi;

/** "why that number?", "why so much": a reason asked for a figure given before. */
function asksWhyFigure(text: string): boolean {
  const plain = plainMessage(text);
  return ASKS_WHY.test(plain) && /\b(?:number|figure|amount|much|many|size)\b/.test(plain);
}

/** "is that a lot?", "how big is that really": how a figure just given weighs, with "that" standing for it. */
const WEIGHS_FIGURE =
  /^(?:(?:and|so|but|ok|wait|hmm+)\s+)*(?:(?:is|isn'?t|was)\s+(?:that|this|it)\s+(?:(?:really|actually|even)\s+)?(?:a\s+lot|a\s+big\s+deal|big|huge|large|much|significant|normal|high|massive)\b|how\s+(?:big|large|much|significant|massive)\s+is\s+(?:that|this)\b)/;
const POINTER = /\b(?:that|this|it)\b/;

/** The figures the first sentence of an answer states. */
function figuresIn(answer: string): string[] {
  const first = answer.split(/(?<=[.!?])\s+(?=[A-Z])/)[0] ?? "";
  return [...first.matchAll(FIGURE)].map((m) => m[0].trim());
}

/**
 * Reads a message as people write in chat: small talk, help, news, a bare topic, several questions, a
 * follow-up in a thread, something out of scope, or a plain question for the desk. Platform-neutral.
 */

export function createConversation(desk: Desk, options: ConversationOptions = {}): Conversation {
  // Read again when the desk's knowledge is swapped live, so topics and news follow the edit.
  let kb = desk.knowledge();
  let reader = new TextAnalyzer(kb.lexicon, kb.cards.map((c) => c.answer));
  let browser = new TopicBrowser(kb, reader);
  let overviews = new OverviewFinder(kb, reader);
  let traits = new CardTraits(kb, reader);
  let vocabulary = new DealVocabulary(kb, reader);
  const follow = () => {
    const now = desk.knowledge();
    if (now === kb) return;
    kb = now;
    reader = new TextAnalyzer(kb.lexicon, kb.cards.map((c) => c.answer));
    browser = new TopicBrowser(kb, reader);
    overviews = new OverviewFinder(kb, reader);
    traits = new CardTraits(kb, reader);
    vocabulary = new DealVocabulary(kb, reader);
    nameWords = rareNameWords(kb.lexicon.entities);
  };
  const memory = new ThreadMemory(options.now ?? Date.now, options.ttlMs ?? THREAD_TTL_MS);
  const rotation = new ExampleRotation(desk);
  // A word of a name the lexicon lists ("nagasaki" of a two-word name) is a name too, unless English uses it widely.
  let nameWords = rareNameWords(kb.lexicon.entities);
  const isName = (word: string) => reader.entitiesIn(word).size > 0 || nameWords.has(word.toLowerCase());

  const fact = (question: string, answer: Answer, readAs: string | null = null): FactReply => ({ kind: "fact", question, answer, readAs });
  const confidenceOf = (a: Answer) => (a.status === "no_answer" ? 0 : a.confidence);

  function scope(question: string, reason: "off_topic" | "language", text: string = reason === "language" ? messages.otherLanguage : messages.outOfScope): Reply {
    return { kind: "scope", question, reason, text, examples: rotation.take(SCOPE_EXAMPLES) };
  }

  /**
   * A question with no thread context: split into parts when they read better apart, else asked whole.
   * `lined` is the same text with the writer's line breaks kept (they can mark questions apart).
   */
  function question(text: string, lined: string = text): Reply {
    const asked = desk.ask(text);
    // "what's the deal worth? need it for a slide": the remark after the question only dilutes it.
    const bare = asked.status === "answered" ? null : withoutRemark(lined);
    const alone = bare === null ? null : desk.ask(bare);
    const whole = alone && alone.confidence > asked.confidence ? alone : asked;
    let best: { parts: string[]; answers: PartAnswer[]; score: number } | null = null;
    const listed = nameListParts(text, reader);
    const candidates = [...splitCandidates(lined), ...(listed ? [{ parts: listed, explicit: true }] : [])];
    for (const { parts, explicit } of candidates) {
      if (parts.slice(1).some(elaborates)) continue;
      const asked = nearestForOwnQuestions(distinctCards(withWholeAnswer(askParts(parts.slice(0, MAX_PARTS)), whole), parts), parts, explicit);
      // A list of three or more questions the writer marked apart is answered part by part, even where a part
      // gets no card ("1) … 2) … 3) …"): answering only one of them would drop the others silently.
      const found = asked.filter((a) => a.answer.status !== "no_answer");
      const list = explicit && asked.length >= 3 && found.filter((a) => a.answer.status === "answered").length >= 2;
      if (found.length < asked.length && !list) continue;
      const cards = new Set(found.map((a) => a.answer.card));
      if (cards.size < found.length) continue;
      const score = asked.reduce((s, a) => s + confidenceOf(a.answer), 0) / asked.length;
      // Questions the writer marked apart ("X? Y?", "1) … 2) …"), each answered outright, are several
      // questions even when one card answers the whole confidently: it answers only one of them.
      // A part read with the one before may be unsure ("X, and what about Y?"): still better than answering only X.
      // So are questions the writer marked apart that are each a question of its own, one answered outright and the
      // others at least unsure: each is shown with how sure the bot is.
      const ownQuestions = parts.slice(0, MAX_PARTS).every(isFullQuestion) && asked.some((a) => a.answer.status === "answered");
      // "…, and for devs?": a later part that only makes sense after the one before asks one more thing, even where
      // reading it with that part helped no card.
      const asksMore = (i: number) => i > 0 && leansInMessage(parts[i]!);
      const marked = list || (explicit && asked.every((a, i) => a.answer.status === "answered" || (a.answer.status === "unsure" && (a.readAs !== null || ownQuestions || asksMore(i)))));
      // Every part answered, one of them outright by the card the whole message gets: the whole answers only that one.
      // A part only unsure must be a question of its own or read with the one before, not a remark setting the scene.
      const sure = (a: PartAnswer, i: number) => a.answer.status === "answered" || a.readAs !== null || isFullQuestion(parts[i]!) || asksMore(i);
      const covers = whole.status === "answered" && asked.every(sure) && asked.some((a) => a.answer.status === "answered" && a.answer.card === whole.card);
      // Each part a question of its own ("who is in Acme? and what does Globex do there"), one of them the whole's
      // answer and the others read at least unsure: the whole answers only one of them.
      const each = parts.slice(0, MAX_PARTS).every(isFullQuestion) && whole.status === "answered" && asked.some((a) => a.answer.card === whole.card);
      if (marked || covers || each || score > confidenceOf(whole) + SPLIT_MARGIN || (whole.status !== "answered" && score >= confidenceOf(whole))) {
        // More questions answered beat a slightly higher mean: a part holding two questions answers only one.
        const more = best ? asked.length - best.answers.length : 0;
        const margin = more > 0 ? -SPLIT_MARGIN : more < 0 ? SPLIT_MARGIN : 0;
        if (!best || score > best.score + margin) best = { parts, answers: asked, score };
      }
    }
    if (best) {
      const asked = best.parts.slice(0, MAX_PARTS);
      const parts = asked.map((p, i) => {
        const a = best!.answers[i]!;
        const question = cleanQuestion(p).text;
        return fact(question, { ...a.answer, question }, a.readAs ?? (a.answer.question !== question ? a.answer.question : null));
      });
      return { kind: "multi", question: text, parts, dropped: Math.max(0, best.parts.length - MAX_PARTS) };
    }
    return unknownToScope(text, whole);
  }

  /**
   * Each part asked in order; a later part that leans on the one before ("… and when does it start?",
   * "…, and for interns?") is read with that part's subject, the way a thread follow-up is.
   */
  function askParts(parts: string[]): PartAnswer[] {
    const out: PartAnswer[] = [];
    let previous: { question: string; card: string | null } | null = null;
    for (const part of parts) {
      // A short part that names nothing ("what's the budget") leans only weakly: in one message it is read alone,
      // unless its "it" can only be the part before ("how much is Acme and who's in on it").
      const read: PartAnswer | null =
        previous && asksWhyFigure(part) ? reasonForFigure(part, [previous]) : previous && (leansInMessage(part) || carriesSubject(part, previous.question)) ? readWith(part, previous, previous.card, true) : null;
      const answer: Answer = read?.answer ?? desk.ask(part);
      const readAs: string | null = read?.readAs ?? null;
      out.push({ answer, readAs });
      previous = { question: readAs ?? part, card: answer.status === "no_answer" ? null : answer.card };
    }
    return out;
  }

  /**
   * "is Acme involved? what chips are in Globex's dcs": two questions asked apart want two answers. Where two parts
   * get one card, the part it fits less well takes its next card, when that ranks close behind for it.
   */
  function distinctCards(asked: PartAnswer[], parts: string[]): PartAnswer[] {
    const out = [...asked];
    for (let i = 0; i < out.length; i++) {
      for (let j = i + 1; j < out.length; j++) {
        const [a, b] = [out[i]!.answer, out[j]!.answer];
        if (!a.card || a.card !== b.card || a.status === "no_answer" || b.status === "no_answer") continue;
        const k = confidenceOf(a) >= confidenceOf(b) ? j : i;
        const weaker = out[k]!.answer;
        const used = new Set(out.map((p) => p.answer.card));
        const next = weaker.alternatives.find((alt) => !used.has(alt.card));
        if (!next || next.confidence < kb.calibration.unsureAt || next.confidence < confidenceOf(weaker) * DISTINCT_SHARE) continue;
        out[k] = { answer: guess(cleanQuestion(parts[k]!).text, next.card, next.confidence), readAs: out[k]!.readAs };
      }
    }
    return out;
  }

  /**
   * "is Acme involved at all? which hardware is Globex using": questions the writer marked apart, each a question of its
   * own, one answered outright. A part the desk held back just under its unsure band takes the card that came closest,
   * shown as unsure, rather than dropping the question (the message's split is otherwise lost for one part).
   */
  function nearestForOwnQuestions(asked: PartAnswer[], parts: string[], explicit: boolean): PartAnswer[] {
    const own = parts.slice(0, MAX_PARTS);
    if (!explicit || asked.length < 2 || !own.every(isFullQuestion) || !asked.some((a) => a.answer.status === "answered")) return asked;
    const used = new Set(asked.map((a) => a.answer.card));
    return asked.map((a, i) => {
      const near = a.answer.nearest;
      if (a.answer.status !== "no_answer" || !near || near.confidence < NEAR_PART_FLOOR || used.has(near.card)) return a;
      used.add(near.card);
      return { answer: guess(cleanQuestion(own[i]!).text, near.card, near.confidence), readAs: a.readAs };
    });
  }

  /**
   * "how much does Acme make now and is this gonna grow a lot": the whole message's answer, when no answered part
   * gives it, answers the one part no card answered alone ("is this gonna grow a lot" leans on the rest).
   */
  function withWholeAnswer(asked: PartAnswer[], whole: Answer): PartAnswer[] {
    const missing = asked.filter((a) => a.answer.status === "no_answer");
    if (missing.length !== 1 || asked.length < 2 || whole.status !== "answered" || asked.some((a) => a.answer.card === whole.card)) return asked;
    return asked.map((a) => (a === missing[0] ? { answer: whole, readAs: null } : a));
  }

  /** A later part that leans on the one before: clearly, or a short one whose "it" can only be the part before. */
  function leansInMessage(part: string): boolean {
    const leans = leansOnPrevious(part, reader);
    const plain = plainMessage(part);
    return leans === true || (leans === "weakly" && ((reader.entitiesIn(part).size === 0 && /\b(?:it|its|they|them|em|that|this)\b/.test(plain)) || OBJECT_PRONOUN.test(plain)));
  }

  /** A short part that names nothing, after a part that names what it is about: the part before lends it its subject. */
  function carriesSubject(part: string, before: string): boolean {
    return leansOnPrevious(part, reader) === "weakly" && reader.entitiesIn(part).size === 0 && reader.entitiesIn(before).size > 0;
  }

  /** Nothing answers a message that names nothing the knowledge knows: say what the bot covers. */
  function unknownToScope(text: string, answer: Answer): Reply {
    if (answer.status === "no_answer" && hasForeignLetters(text)) return scope(answer.question, "language");
    const declined = answer.status === "no_answer" && answer.answer === messages.noAnswer;
    const named = [...reader.entitiesIn(text)];
    // A task ("book a call with our Acme rep") is out of scope even where it names the deals: no card
    // could be the reply.
    const plain = plainMessage(text);
    if (declined && TASK_REQUEST.test(plain)) return scope(answer.question, "off_topic");
    // "should i buy acme stock?": the desk's own word on advice, as an out-of-scope reply.
    if (answer.status === "no_answer" && answer.answer === messages.noOpinion) return scope(answer.question, "off_topic", messages.noOpinion);
    // "who's grabbing coffee?" put to the room and only guessed at by a card is small talk, not a question for the bot.
    if (answer.status === "unsure" && named.length === 0 && ASKS_THE_ROOM.test(plain)) {
      const remark = chatter(text, answer);
      if (remark) return remark;
    }
    // A declined question that came near a card ("why 4.5 gigs specifically?") is about the deals: a fact the cards
    // lack, not something out of scope.
    const far = answer.confidence < kb.calibration.unsureAt * NEAR_A_CARD;
    const near = !far || (vocabulary.speaksOfDeals(text) && !REQUEST.test(plain) && !hasOtherLanguageWord(text));
    if (declined && named.length === 0) return chatter(text, answer) ?? (near ? fact(answer.question, answer) : scope(answer.question, "off_topic"));
    // "is Jane Doe married?": no card says that, but the knowledge has things to say about Jane Doe: offer them.
    // Far from every card, it is outside what the bot covers; near one, a fact the cards lack.
    if (declined && (named.length === 1 || far)) {
      // With several names ("Globex's deal with Initech"), the first the knowledge has questions about.
      const topic = named.map((n) => browser.aboutEntity(n)).find((t) => t?.choices.length);
      if (topic) {
        const suggestions = topic.choices.slice(0, SCOPE_EXAMPLES + 1).map((c) => c.question);
        if (far) return { kind: "scope", question: answer.question, reason: "no_card", text: messages.noAnswerAbout(topic.subject), examples: suggestions };
        if (named.length === 1) return fact(answer.question, { ...answer, answer: messages.noAnswerAbout(topic.subject), suggestions });
      }
    }
    return fact(answer.question, answer);
  }

  /**
   * A remark to the room that no card comes near, neither asked nor a request ("ok signing off, cya tmrw", "lmaooo"):
   * small talk, not an out-of-scope note. A question ("will it rain", "which should I use") or a request is not.
   */
  function chatter(text: string, answer: Answer): Reply | null {
    const plain = plainMessage(text);
    const remark: Reply = { kind: "smalltalk", question: answer.question, text: messages.light, examples: [] };
    if (ASKS_THE_ROOM.test(plain) && plain.split(" ").length <= MAX_REMARK_WORDS) return remark;
    if (text.includes("?") || ASKING_FORM.test(plain) || OFF_TOPIC_REQUEST.test(plain) || WANTING.test(plain)) return null;
    // A figure ("7", "4.5gw") or no word at all is not a remark, unless it is laughed about ("lmao that ran 45 min").
    const laughed = /^(?:lo+l|lmf?a+o+|(?:ha){2,}h?|(?:he){2,}|rofl)\b/.test(plain);
    if (plain.split(" ").length > MAX_REMARK_WORDS || (/\d/.test(plain) && !laughed) || !/[a-z]{2}/.test(plain)) return null;
    return remark;
  }

  /** A message read with the thread: a pick from what was offered, or a follow-up that leans on the question before. */
  function followUp(text: string, thread: string): Reply | null {
    const context = memory.get(thread);
    if (!context) return null;
    const asked = cleanQuestion(text).text;
    // "more", "what else?" after a topic list: its next questions.
    if (context.more && ASKS_MORE.test(plainMessage(text))) {
      const { subject, choices } = context.more;
      const page = choices.slice(0, MAX_CHOICES).map((c) => ({ card: c.card ?? "", question: c.question }));
      const more = choices.slice(MAX_CHOICES).map((c) => ({ card: c.card ?? "", question: c.question }));
      return { kind: "browse", question: asked, subject, text: page.length ? messages.browseMore(subject) : messages.browseNoMore(subject), choices: page, more };
    }
    // "the second one" after a list of questions: that question, as if its button was pressed.
    const at = context.choices?.length ? pickedChoice(text, context.choices.length) : null;
    if (at !== null) {
      const chosen = context.choices![at]!;
      return fact(asked, desk.ask({ text: chosen.question, card: chosen.card ?? undefined }), chosen.question);
    }
    // After help or an out-of-scope note the thread has no subject to read a follow-up with.
    if (!context.question || !leansOnPrevious(text, reader)) return null;
    // "source?" after a question no card answered: say so, rather than read "source?" as a question of its own.
    if (!context.card && ASKS_SOURCES.test(plainMessage(text))) {
      const declined = desk.ask(asked);
      return fact(asked, { ...declined, status: "no_answer", card: null, answer: messages.noSourceToShow, sources: [], alternatives: [] });
    }
    const read = readInThread(text, context);
    if (!read) return null;
    return fact(asked, read.sources ? read.answer : { ...read.answer, question: asked }, read.readAs);
  }

  /**
   * "why that number?" read with each question asked before, or as "why is it 4.5 gigawatts?" for a figure the answers
   * given stated first: the reason card that reads best. "how big is that next to the whole country?" compares the
   * figure; it does not give the one asked about.
   */
  function reasonForFigure(text: string, before: { question: string; card: string | null }[]): PartAnswer | null {
    const asked = before.filter((c) => c.card);
    const figures = new Set(asked.flatMap((c) => figuresIn(desk.ask({ text: c.question, card: c.card! }).answer)));
    const readings = [...asked.map((c) => readWith(text, c)), ...[...figures].map((f) => ({ answer: desk.ask(`why is it ${f}?`), readAs: `why is it ${f}?` }))];
    const reasons = readings.filter((r): r is PartAnswer => r !== null && r.answer.status !== "no_answer" && traits.givesReason(r.answer.card ?? ""));
    return reasons.sort((a, b) => confidenceOf(b.answer) - confidenceOf(a.answer))[0] ?? null;
  }

  /**
   * "is that a lot?" after an answer that gave a figure: read as "is 4.5 gigawatts a lot?", the figure in place of
   * "that", when a card other than the one just given answers it so.
   */
  function weighedFigure(text: string, before: { question: string; card: string | null }[]): PartAnswer | null {
    const plain = plainMessage(text);
    const last = before.find((c) => c.card);
    if (!WEIGHS_FIGURE.test(plain) || !last) return null;
    const readings = figuresIn(desk.ask({ text: last.question, card: last.card! }).answer).map((f) => {
      const readAs = `${plain.replace(POINTER, f)}?`;
      return { answer: desk.ask(readAs), readAs };
    });
    const fresh = readings.filter((r) => r.answer.status !== "no_answer" && r.answer.card !== last.card);
    return fresh.sort((a, b) => confidenceOf(b.answer) - confidenceOf(a.answer))[0] ?? null;
  }

  /**
   * A follow-up read with the thread's last question, or with one asked before it when the last reads it
   * clearly worse ("and when?" after a side question about the same thing).
   */
  function readInThread(text: string, context: ThreadContext): (PartAnswer & { sources?: true }) | null {
    // "why that number?": the number is what a quantity question ("how many…") asked, maybe a turn or two back.
    if (asksWhyFigure(text)) {
      const reason = reasonForFigure(text, [context, ...context.earlier]);
      if (reason) return reason;
      const counted = [context, ...context.earlier].find((c) => c.card && QUANTITY.test(plainMessage(c.question)));
      if (counted && counted !== context) return readWith(text, counted) ?? readWith(text, context);
    }
    // "is that a real number?" after a side question ("what kind of jobs?"): the figure is the one a quantity question asked.
    const body = plainMessage(text).replace(/^(?:and|also|plus|so|but|ok(?:ay)?\s+(?:and|so)|then)\s+/, "");
    const figure = ABOUT_THE_FIGURE.test(body) || (ASKS_CONFIDENCE.test(body) && /\b(?:number|figure|estimate|amount)\b/.test(body));
    const counted = figure ? [context, ...context.earlier].find((c) => c.card && QUANTITY.test(plainMessage(c.question))) : undefined;
    if (counted && counted !== context) return readWith(text, counted) ?? readWith(text, context);
    const weighed = weighedFigure(text, [context, ...context.earlier]);
    if (weighed) return weighed;
    const latest = readWith(text, context);
    // A follow-up that reads better alone, or that the last question answers outright, goes no further back.
    // "the other sites?" given the card just given again has not been read: look further back.
    const again = latest !== null && ASKS_OTHERS.test(plainMessage(text)) && latest.answer.card === context.card && !traits.givesList(context.card ?? "");
    if (!latest || (latest.answer.status === "answered" && !again)) return latest;
    // "why?" given the reason card the curator listed with the last answer asks about that answer, not an older one.
    if (ASKS_WHY.test(plainMessage(text)) && context.card && latest.answer.card && traits.givesReason(latest.answer.card) && traits.relatedTo(context.card).includes(latest.answer.card)) return latest;
    let best = again ? null : latest;
    for (const earlier of context.earlier) {
      if (!earlier.card || earlier.card === context.card) continue;
      // "the other sites" asks besides the card just given, whichever question it is read with.
      const read = readWith(text, earlier, context.card);
      // Nor one that gives that question's own card again: it was answered already ("why?" after a side question
      // about it would get the old answer back).
      if (!read || read.sources || read.answer.status === "no_answer" || read.answer.card === context.card || read.answer.card === earlier.card) continue;
      if (!best || confidenceOf(read.answer) > confidenceOf(best.answer) + EARLIER_MARGIN) best = read;
    }
    return best ?? latest;
  }

  /**
   * A message read with the question before it (a thread's last question, or the part before in one
   * message), or null when it reads better alone. `given` is the card the bot gave last ("the other …" asks
   * besides it).
   */
  function readWith(text: string, previous: { question: string; card: string | null }, given: string | null = previous.card, inMessage = false): (PartAnswer & { sources?: true }) | null {
    const reading = readFollowUp(text, previous.question, reader);
    if (reading.kind === "sources") {
      if (!previous.card) return null;
      const byline = ASKS_AUTHOR.test(plainMessage(text)) ? bylineOf(previous.card) : null;
      if (byline) return byline;
      // "how sure are you?": a card the curator listed beside the answer that says whether it is confirmed.
      const confirmed = reading.confirm ? desk.ask(reading.confirm) : null;
      if (confirmed?.status === "answered" && confirmed.card && traits.relatedTo(previous.card).includes(confirmed.card)) return { answer: confirmed, readAs: reading.confirm! };
      return { answer: desk.ask({ text: previous.question, card: previous.card }), readAs: previous.question, sources: true };
    }
    const alone = desk.ask(text);
    let question = reading.question;
    let rewritten = desk.ask(question);
    for (const other of reading.others ?? []) {
      const answer = desk.ask(other);
      if (confidenceOf(answer) > confidenceOf(rewritten)) [question, rewritten] = [other, answer];
    }
    const plain = plainMessage(text);
    if (reading.topic) {
      // "what about jobs?": the new word is what is asked; the old subject must not drown it. Read with the
      // subject, the best card other than the old one; or the word alone.
      const onTopic = desk.ask(reading.topic);
      const inContext = besides(rewritten, question, previous.card, reading.topic);
      const fresh = onTopic.status !== "no_answer" && onTopic.card !== previous.card ? onTopic : null;
      // A bare topic word ("jobs") is too short for the desk to commit to: its topic's lead card, unsure, unless
      // the desk reads the word on its own.
      const lead = browser.find(plainMessage(reading.topic))?.choices[0];
      const best = [fresh, lead && !fresh ? null : inContext].filter((a): a is Answer => a !== null).sort((a, b) => confidenceOf(b) - confidenceOf(a))[0];
      if (best) rewritten = best;
      else {
        if (lead && lead.card !== previous.card) rewritten = guess(reading.question, lead.card, onTopic.confidence);
      }
    }
    // "and the other sites?", "what about the rest?": something besides what was just answered.
    if (ASKS_OTHERS.test(plain) && given && !traits.givesList(given)) {
      const joined = desk.ask(`${plain} ${plainMessage(previous.question)}`);
      const best = [besides(rewritten, question, given), besides(joined, question, given)]
        .filter((a): a is Answer => a !== null)
        .sort((a, b) => confidenceOf(b) - confidenceOf(a))[0];
      if (best) rewritten = best;
    }
    // "why?" answered by the card just given: a card that gives the reason (its first question asks why) says more.
    // Else the reason card the curator listed as related to it ("Acme also uses Globex" → "why spread it out?").
    // So does a "why" in words of its own that the thread does not help ("why spread it out tho?": no card for it
    // alone). In one message, a "why" part with words of its own is read alone when a card answers it alone.
    if ((ASKS_WHY.test(plain) || (WHY_FIRST.test(plain) && (!inMessage || alone.status === "no_answer"))) && previous.card && (rewritten.card === previous.card || rewritten.status === "no_answer")) {
      const related = traits.relatedTo(previous.card).find((id) => traits.givesReason(id));
      const listed = related ? rewritten.alternatives.find((a) => a.card === related) : undefined;
      const reason = related ? undefined : rewritten.alternatives.find((a) => a.confidence >= REASON_FLOOR && traits.givesReason(a.card));
      if (reason) rewritten = guess(question, reason.card, reason.confidence);
      else if (related) rewritten = guess(question, related, Math.max(REASON_FLOOR, listed?.confidence ?? 0));
    }
    // "what did they pay for that?": the rewrite still leans on words only the question before explains; read both,
    // for a sum of money the card gives (the question before must not answer "is he married?").
    if (rewritten.status === "no_answer" && alone.status === "no_answer" && POINTS_BACK.test(plain)) {
      const joined = desk.ask(`${plain} ${plainMessage(previous.question)}`);
      if (joined.status === "answered" && joined.card && traits.givesMoneyAsked(joined.card, plain)) rewritten = joined;
    }
    // "Initech?" after "who is in Acme besides Globex?": a name new to the thread asked with the old question's
    // card again learns nothing new; the name's own lead question is what it asks.
    const added = [...reader.entitiesIn(text)].filter((e) => !reader.entitiesIn(previous.question).has(e));
    if (added.length === 1 && previous.card && rewritten.card === previous.card) {
      // The name asked alone gets a card of its own: that is the answer (a bare name is never a topic list here).
      if (alone.status !== "no_answer" && alone.card !== previous.card) return { answer: alone, readAs: null };
      const lead = alone.status !== "no_answer" ? undefined : browser.aboutEntity(added[0]!)?.choices.find((c) => c.card !== previous.card);
      if (lead) rewritten = alone.card === lead.card ? alone : guess(question, lead.card, Math.max(confidenceOf(alone), UNSURE_FLOOR));
    }
    // A short question that leans only weakly ("which states?"), which the desk answers alone or the thread does
    // not help, is a question of its own.
    // In one message, though, a part naming nothing after a part that names its subject ("acme budget + how many
    // years") is asked of that subject, besides what the part before asked, when it reads about as well so.
    const carried = inMessage && carriesSubject(text, previous.question) ? besides(rewritten, question, previous.card) : null;
    if (carried && carried.status !== "no_answer" && confidenceOf(carried) + CARRY_MARGIN >= confidenceOf(alone)) rewritten = carried;
    else if ((alone.status === "answered" || rewritten.status === "no_answer") && leansOnPrevious(text, reader) === "weakly") return null;
    // Read again as the card just given where alone it gets another, the old subject drowned the message. A later
    // part of one message asks something besides the part before ("is it the biggest deal ever, and will more like
    // it follow?"); so does a whole question in a thread naming its own subject ("and did Globex drop the old
    // setup?"). Either is asked alone.
    const drowned = Boolean(previous.card) && rewritten.card === previous.card && alone.status !== "no_answer" && alone.card !== previous.card;
    const own = plain.replace(/^(?:and|so|but|also|ok(?:ay)?)\s+/, "");
    if (drowned && (inMessage || (isFullQuestion(own) && reader.entitiesIn(own).size > 0))) return null;
    // "and the networking side?" after a question on Acme's chips: a word of its own that the desk reads alone as
    // another card asks something new, not the old card again.
    // Unless it points back ("when did that end?") and only the thread makes it answerable outright.
    const pointsBack = POINTS_BACK.test(own) && reader.entitiesIn(own).size === 0 && rewritten.status === "answered" && alone.status !== "answered";
    // A bare question word ("since when?") has no words of its own, whatever the index makes of "since".
    if (drowned && !pointsBack && confidenceOf(alone) >= kb.calibration.unsureAt && !ASKS_WHY.test(plain) && !BARE_WH.test(plain) && hasWordsBeyond(own, previous.question)) return null;
    // A question no card answered lends its subject only to a message that cannot be answered alone.
    if (!previous.card && alone.status === "answered" && isFullQuestion(text)) return null;
    // Read with the previous question unless that reads clearly worse than the message alone (both agreeing is fine).
    // A bare "how many?" says nothing alone, whatever a card makes of it.
    if (!BARE_WH.test(plain) && rewritten.card !== alone.card && confidenceOf(rewritten) + 0.05 < confidenceOf(alone)) return null;
    // "what about jobs?": the new word is what is asked; the old card again means the subject drowned it.
    if (reading.topic && rewritten.card === previous.card && alone.status === "answered" && alone.card !== previous.card) return null;
    // The cards the curator listed as related to the one just given are where a thread goes next: a reading no card
    // answers outright takes a related card the desk ranks close behind its best.
    // An answered reading gives way only for a message of pronouns ("and when does it start?"): one naming a
    // thing of its own ("and the Springfield site?") asks of that thing.
    const ownWords = reading.topic !== undefined || reader.entitiesIn(text).size > 0;
    if (previous.card && !inMessage && (rewritten.status !== "answered" || !ownWords)) {
      const near = traits.relatedTo(previous.card);
      const share = rewritten.status === "answered" ? RELATED_SHARE_ANSWERED : RELATED_SHARE;
      const floor = rewritten.status === "no_answer" ? RELATED_FLOOR : Math.max(RELATED_FLOOR, confidenceOf(rewritten) * share);
      const next = rewritten.alternatives.find((a) => near.includes(a.card) && a.confidence >= floor);
      // A best card itself close to the one just given (related to it, or to one of its related cards) is kept.
      const close = new Set([previous.card, ...near, ...near.flatMap((c) => traits.relatedTo(c))]);
      if (next && !close.has(rewritten.card ?? "")) rewritten = guess(question, next.card, Math.max(next.confidence, UNSURE_FLOOR));
    }
    return { answer: rewritten, readAs: cleanQuestion(question).text };
  }

  /**
   * "who wrote it?": the card that says who wrote an article the given card rests on, when the knowledge has one
   * (else the sources are shown, which name the articles).
   */
  function bylineOf(card: string): PartAnswer | null {
    const given = new Set(desk.ask({ text: AUTHOR_QUESTION, card }).sources.map((s) => s.id));
    const byline = desk.ask(AUTHOR_QUESTION);
    const shared = byline.sources.some((s) => given.has(s.id));
    return byline.status !== "no_answer" && byline.card && byline.card !== card && shared ? { answer: byline, readAs: AUTHOR_QUESTION } : null;
  }

  /** Whether the message has a word of its own, not a name, that the question before does not have. */
  function hasWordsBeyond(message: string, before: string): boolean {
    const previous = new Set(reader.terms(before));
    return reader.terms(message).some((t) => !previous.has(t) && !reader.kindOf(t));
  }

  /** The answer, or when it gives the excluded card, its best other card (shown unsure: the desk put it second). */
  function besides(answer: Answer, text: string, excluded: string | null, about?: string): Answer | null {
    const fits = (card: string) => card !== excluded && (about === undefined || traits.mentions(card, about));
    if (answer.status !== "no_answer" && answer.card && fits(answer.card)) return answer;
    const other = answer.alternatives.find((a) => fits(a.card));
    if (!other) return null;
    return guess(text, other.card, other.confidence);
  }

  /** A card's answer to the text, picked by the conversation rather than the desk: shown as a guess, at `confidence`. */
  function guess(text: string, card: string, confidence: number): Answer {
    return { ...desk.ask({ text, card }), status: "unsure", confidence };
  }

  function remember(thread: string | null | undefined, reply: Reply): void {
    if (!thread) return;
    const last = reply.kind === "multi" ? reply.parts[reply.parts.length - 1] : reply;
    if (last?.kind === "fact" && last.answer.card && last.answer.status !== "no_answer") {
      // "hundreds of thousands?? wow" answered by the card already in context: the question before says it better.
      const before = memory.get(thread);
      // Likewise a follow-up answered by the same card ("how sure are you?", "wait, which is it?"): the thread stays put.
      if (reply.kind === "fact" && before?.card === last.answer.card) return memory.touch(thread);
      // A question picked from a list keeps the list (and its next page), for "and the first one?" or "more" next.
      const picked = reply.kind === "fact" && before?.choices?.some((c) => c.question === reply.readAs);
      // An unsure answer offers its alternatives ("did you mean"): "the second one" picks among them.
      const offered = reply.kind === "fact" && last.answer.status === "unsure" && last.answer.alternatives.length ? last.answer.alternatives : null;
      const choices = picked ? before!.choices : offered?.map((a) => ({ question: a.question, card: a.card }));
      memory.set(thread, {
        question: last.readAs ?? last.answer.question,
        card: last.answer.card,
        ...(choices ? { choices } : {}),
        ...(picked && before?.more ? { more: before.more } : {}),
      });
    } else if (reply.kind === "fact" && reply.answer.status === "no_answer" && reader.entitiesIn(reply.question).size > 0) {
      // "what's in it for Acme?" unanswered still names the talk's subject: "how much do they make?" asks it of Acme.
      const offered = reply.answer.suggestions.map((q) => ({ question: q, card: null }));
      memory.set(thread, { question: reply.question, card: null, ...(offered.length ? { choices: offered } : {}) });
    } else if (reply.kind === "scope" && reply.reason === "no_card") {
      memory.set(thread, { question: reply.question, card: null, choices: reply.examples.map((q) => ({ question: q, card: null })) });
    } else if (reply.kind === "fact" && reply.answer.suggestions.length) {
      // No card, but questions offered instead: the next message may pick one.
      memory.offer(thread, reply.answer.suggestions.map((q) => ({ question: q, card: null })));
    } else if (reply.kind === "browse") {
      memory.set(thread, {
        question: reply.subject,
        card: reply.lead?.card ?? null,
        choices: reply.choices.map((c) => ({ question: c.question, card: c.card })),
        more: { subject: reply.subject, choices: reply.more ?? [] },
      });
    }
  }

  /** The examples a help, greeting or out-of-scope reply offers may be picked next ("the second one"). */
  function offered(thread: string | null | undefined, reply: Reply): Reply {
    if (thread && (reply.kind === "help" || reply.kind === "scope" || (reply.kind === "smalltalk" && reply.examples.length))) {
      memory.offer(thread, reply.examples.map((q) => ({ question: q, card: null })));
    }
    return reply;
  }

  function reply(message: Incoming): Reply {
    return offered(message.thread, replyTo(message));
  }

  function replyTo(message: Incoming): Reply {
    follow();
    const lined = cleanQuestion(message.text, { keepLines: true }).text;
    const text = lined.replace(/\s+/g, " ");
    const place = message.place ?? "direct";
    const thread = message.thread ?? null;
    if (!text) return fact(text, desk.ask(message.text));
    const intent = classifyMessage(lined, (word) => vocabulary.isDealWord(word));
    switch (intent.kind) {
      case "greeting":
        return { kind: "smalltalk", question: text, text: messages.greeting, examples: rotation.take(HELP_EXAMPLES) };
      case "thanks":
        return { kind: "smalltalk", question: text, text: messages.thanks, examples: [] };
      case "light":
        return place === "channel" ? { kind: "silent", question: text } : { kind: "smalltalk", question: text, text: messages.light, examples: [] };
      case "who":
        return { kind: "help", question: text, text: messages.whoAmI, examples: rotation.take(HELP_EXAMPLES) };
      case "help":
        return { kind: "help", question: text, text: messages.helpReply, examples: rotation.take(HELP_EXAMPLES) };
      case "news": {
        const news = whatsNew(kb.articles, text);
        return { kind: "news", question: text, ...news };
      }
      case "off_topic":
        return scope(text, "off_topic");
      case "question":
        break;
    }
    // A handle typed as plain text ("@dealdesk what's Acme") addresses the bot; it is no part of the question.
    const typed = intent.text.replace(TYPED_HANDLE, "").replace(/\s+/g, " ");
    // "no i meant the Acme one": in a thread, the question before asked again of what the asker meant.
    const before = thread ? memory.get(thread) : undefined;
    const meant = before ? CORRECTION.exec(plainMessage(typed)) : null;
    const asked = meant ? askedOf(before!.question, meant[1]!) : typed;
    if (isOtherLanguage(asked, isName)) return scope(text, "language");
    const kept = (reply: Reply): Reply => {
      remember(thread, reply);
      return reply;
    };
    const plain = plainMessage(asked);
    // "what's the deal w/ Springfield?": the idiom asks about the place, which is no party to a deal.
    const idiom = DEAL_WITH.exec(plain);
    const ofPlace = idiom && reader.entitiesIn(idiom[1]!).size && [...reader.entitiesIn(idiom[1]!)].every((n) => reader.kindOf(n) === "place") ? idiom[1]! : null;
    const topic = browser.find(ofPlace ?? plain, ofPlace !== null || asked.includes("?"));
    // In a thread after a fact, a bare name ("globex?") asks the same of it: "what about Globex?".
    // ("any in springfield falls?": a name of two words counts as one.)
    // ("any in springfield specifically?": a word that only stresses the name adds nothing.)
    const stressed = asked.replace(STRESS, "");
    const bareName = thread && memory.get(thread)?.card && reader.words(stressed).length <= 3 && reader.entitiesIn(asked).size > 0 && topic !== null && !DEFINITION.test(plain);
    const framed = /^(?:and\s+)?(?:what|how)\s+about\b/.test(plain);
    const name = plainMessage(stressed).replace(/^(?:and|so|but|also|plus|ok(?:ay)?)\s+/, "").replace(/^any(?:\s+(?:one|ones|site|sites))?\s+(?:in|at)\s+/, "");
    const followed = thread ? (bareName && !framed ? followUp(`what about ${name}?`, thread) : null) ?? followUp(asked, thread) : null;
    if (followed) return kept(followed);
    // "tl;dr of the X deal? my vp keeps bringing it up": the overview asked, then a remark about why.
    const unremarked = withoutRemark(asked);
    const overview = overviews.find(asked) ?? (unremarked ? overviews.find(unremarked) : null);
    if (overview) return kept(fact(text, desk.ask({ text: asked, card: overview.id })));
    // "What's Acme?", "who's in Acme?": a question of a bare name; a card that answers it outright is the reply,
    // otherwise the name's topics.
    const defined = topic && DEFINITION.test(plain) ? desk.ask(ofPlace ?? asked) : null;
    // The card defining the name ("What is Acme?") answers it even as a guess: its topics would only list it first.
    if (defined?.status === "answered" || (defined?.status === "unsure" && defined.card && traits.defines(defined.card))) return kept(fact(text, defined));
    if (topic) {
      if (!topic.choices.length) return kept({ kind: "browse", question: text, subject: topic.subject, text: messages.browseNothing(topic.subject), choices: [] });
      // "springfield?": when the desk answers the bare name outright with the topic's own first card, that answer
      // leads and the other questions follow; a name many cards share ("acme") only lists them.
      const alone = defined ?? desk.ask(asked);
      const lead = alone.status === "answered" && alone.card === topic.choices[0]!.card ? alone : null;
      if (!lead) return kept({ kind: "browse", question: text, subject: topic.subject, text: messages.browseHeading(topic.subject), choices: topic.choices, more: topic.more });
      // In a thread after a fact ("any in springfield specifically?"), the answer is the reply: the list would be noise.
      if (thread && memory.get(thread)?.card) return kept(fact(text, lead));
      const rest = [...topic.choices, ...topic.more].filter((c) => c.card !== lead.card);
      return kept({ kind: "browse", question: text, subject: topic.subject, text: messages.browseAlso(topic.subject), choices: rest.slice(0, MAX_CHOICES), more: rest.slice(MAX_CHOICES), lead });
    }
    let answered = question(asked, intent.text);
    // "thx, that's exactly what i needed": thanks, then a remark no card answers, is thanks.
    const declined = (answered.kind === "scope" && answered.reason === "off_topic") || (answered.kind === "fact" && answered.answer.status === "no_answer");
    // "thx. unrelated but can u book a room": a request after the thanks is still a request.
    if (declined && !text.includes("?") && THANKS.test(plainMessage(text)) && !TASK_REQUEST.test(plainMessage(intent.text))) {
      answered = { kind: "smalltalk", question: text, text: messages.thanks, examples: [] };
    }
    // A remark read as small talk stays quiet in a busy channel, like "ok" or "lol".
    if (place === "channel" && answered.kind === "smalltalk" && answered.text === messages.light) return { kind: "silent", question: text };
    // A correction was read with the thread: the reply says how.
    if (meant && answered.kind === "fact" && answered.readAs === null) answered = { ...answered, question: text, readAs: asked };
    return kept(answered);
  }

  return {
    reply,
    link: (alias, thread) => memory.link(alias, thread),
    knows: (id) => memory.knows(id),
  };
}
