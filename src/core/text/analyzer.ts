import type { EntityKind, LexiconData } from "../../knowledge/lexicon-schema.js";
import { wordCount } from "./common-words.js";
import { editDistance } from "./edit-distance.js";
import { escapeRegExp } from "./escape-regexp.js";
import { hasNumberWord } from "./number-words.js";
import { normalizeText, plainTerm, splitWords, stem, withoutApostrophes } from "./tokenize.js";
import { SHORTHAND, STOP_WORDS } from "./vocabulary.js";

/** An entity as the engine reads it: its one index term and what kind of thing it is. */
export interface EntityInfo {
  name: string;
  kind: EntityKind;
  /** The index term every way of writing it folds to: "acme", "janedoe", "newyork". */
  term: string;
}

/** One word as the analyzer reads it, shared by every occurrence of the word. */
export interface Lexeme {
  word: string;
  /** The index term it folds to; null for a stop word. */
  term: string | null;
  /** The kind of entity the term names, if any. */
  kind: EntityKind | null;
  /** Its stem when some deal term uses that stem (see `details`). */
  detailStem: string | null;
  /** It holds a digit ("h100", "2026"). */
  digit: boolean;
}

/** No words read before: `words` folds every phrase, a name described again included (the cards are indexed so). */
const NOTHING_BEFORE: readonly string[] = [];

/** A word of a text as read: the word (a phrase or alias already folded to its term) and, if named, the entity. */
export interface ReadWord {
  word: string;
  entity: EntityInfo | null;
}

// Uses in the SUBTLEX corpus from which a name is also an everyday word ("shell", "target", "mark").
const EVERYDAY_COUNT = 100;
// "my team at Target wants…", "I work for Shell": the asker's own company is context, not what is asked about.
const ASKER = new Set(["my", "our", "i", "we", "i'm", "im", "me", "us"]);
const AT = new Set(["at", "for", "from", "with", "in"]);

/**
 * An everyday-word name ("Acme" is also a word) that the knowledge's own answers write as a name in this many
 * cards, or this share of them, is what the story is about: read in lower case too, as people type it in chat.
 */
const SUBJECT_CARDS = 3;
const SUBJECT_SHARE = 0.02;
const ASCII = /^[\x00-\x7f]*$/;
const HAS_DIGIT = /\d/;

const termKey = (name: string) => name.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]/g, "");

/** A typed word this long or longer may be a name with one slip in it ("initeck"); shorter ones are too often other words. */
const NAME_TYPO_LENGTH = 6;
/** An English word used this often is what it says, not a name mistyped. */
const NAME_TYPO_COUNT = 20;

/**
 * The lexicon compiled for reading text: folds every way of writing a name to one term, multi-word phrases
 * ("the Widget maker", "data center") to one word, and synonyms to the word they stand for, and tells which
 * words name an entity. Built once per knowledge base; everything it knows comes from knowledge/lexicon.yaml.
 */
export class TextAnalyzer {
  /** Index terms of every entity, by term. */
  readonly entities = new Map<string, EntityInfo>();
  /** Precise deal terms as stemmed word sequences ("interest rate" → ["interest", "rate"]). */
  readonly details: string[][];
  /** Every stem some deal term uses. */
  readonly detailStems: Set<string>;
  /** Words never spell-corrected: every single-word name and alias. */
  readonly names = new Set<string>();
  /** One lower-case word → the term it folds to (aliases, synonyms). */
  private readonly single = new Map<string, string>();
  /** First word of a phrase → phrases starting with it, longest first, each with the term it becomes. */
  private readonly phrases = new Map<string, { words: string[]; term: string }[]>();
  /** Names read only as typed: capitals ("US", "OH") and everyday words capitalised inside a sentence ("Shell"). */
  private readonly cased = new Map<string, { term: string; everyday: boolean }>();
  /** Terms of names read only in capitals ("X"): the lower-case word is not the name. */
  private readonly typedOnly = new Set<string>();
  /**
   * Longer names with a word read only in capitals in them ("Acme-US Trade Council", where "US" alone is a country),
   * in any case: typed in capitals they are still the longer name, so they are read before the capitals are.
   */
  private readonly phrasesWithCased: RegExp | null;
  private readonly lexemes = new Map<string, Lexeme>();
  /** Some name or phrase is read as a term with a figure in it, or one that reads as a number ("one"). */
  private readonly foldsToFigures: boolean;

  /** `answers`: the cards' answers, to tell the story's own subjects among everyday-word names (see SUBJECT_CARDS). */
  constructor(lexicon: LexiconData, answers: readonly string[] = []) {
    for (const entity of lexicon.entities) {
      const info: EntityInfo = { name: entity.name, kind: entity.kind, term: termKey(entity.name) };
      this.entities.set(info.term, info);
      for (const form of [entity.name, ...(entity.aliases ?? [])]) this.addName(form, info, entity.everyday, answers);
    }
    for (const [head, forms] of Object.entries(lexicon.synonyms)) {
      // Forms fold to the head word itself; termOf stems it like any word.
      for (const form of forms) this.addForm(form, head.toLowerCase());
    }
    for (const list of this.phrases.values()) list.sort((a, b) => b.words.length - a.words.length);
    const capitalsOnly = new Map([...this.cased].filter(([, c]) => !c.everyday).map(([k, c]) => [k.toLowerCase(), c.term]));
    const holding = [...this.phrases.values()].flat().filter((p) => p.words.some((w) => capitalsOnly.has(w) && capitalsOnly.get(w) !== p.term));
    this.phrasesWithCased = holding.length
      ? new RegExp(holding.map((p) => String.raw`\b${p.words.map(escapeRegExp).join(String.raw`[\s.-]+`)}\b`).join("|"), "gi")
      : null;
    this.details = lexicon.details.map((d) => splitWords(normalizeText(d)).map((w) => stem(w)));
    this.detailStems = new Set(this.details.flat());
    const terms = [...[...this.cased.values()].map((c) => c.term), ...[...this.phrases.values()].flat().map((p) => p.term)];
    this.foldsToFigures = terms.some((t) => /\d/.test(t) || hasNumberWord(t));
  }

  private addName(form: string, info: EntityInfo, everydayFlag: boolean | undefined, answers: readonly string[]): void {
    const written = form.trim();
    const ws = splitWords(normalizeText(written));
    if (!ws.length) return;
    const lower = ws.join(" ");
    const isCaps = /^[A-Z][A-Z.&]*$/.test(written) && written.length <= 6;
    const oneWord = ws.length === 1 && !/[.]/.test(written);
    const everyday = oneWord && (everydayFlag ?? (info.kind !== "place" && wordCount(lower) >= EVERYDAY_COUNT && !isStorySubject(written, answers)));
    // A short name in capitals whose lower case is an ordinary word ("US" → "us", "OH" → "oh") is read only in capitals;
    // so is a name of one letter, which in lower case is a letter ("acme x globex", "10 x faster"), and one spelled
    // like chat shorthand ("PPL" against "ppl" for people), however the lexicon writes it.
    const shorthand = oneWord && Object.hasOwn(SHORTHAND, lower);
    if (shorthand || (isCaps && (STOP_WORDS.has(lower) || wordCount(lower) >= EVERYDAY_COUNT || ws.length > 1 || lower.length === 1))) {
      this.cased.set((shorthand ? written.toUpperCase() : written).replace(/\.$/, ""), { term: info.term, everyday: false });
      if (lower === info.term) this.typedOnly.add(lower);
      // After "the", the word is the name in any case ("outside the us"): a pronoun takes no article. Nor is it
      // "based" anywhere ("all us-based?").
      if (ws.length === 1 && STOP_WORDS.has(lower)) {
        this.addForm(`the ${lower}`, info.term);
        this.addForm(`${lower} based`, info.term);
      }
      return;
    }
    if (everyday) {
      // "shell" stays a word; "Shell" inside a sentence is the company. A one-word name keeps its own term either way.
      this.cased.set(written[0]!.toUpperCase() + written.slice(1), { term: info.term, everyday: true });
      if (lower === info.term) this.single.set(lower, info.term);
      return;
    }
    if (oneWord) this.names.add(lower);
    this.addForm(written, info.term);
  }

  private addForm(form: string, term: string): void {
    const ws = splitWords(normalizeText(form));
    if (!ws.length) return;
    if (ws.length === 1) {
      this.single.set(ws[0]!, term);
      return;
    }
    const list = this.phrases.get(ws[0]!) ?? [];
    list.push({ words: ws, term });
    this.phrases.set(ws[0]!, list);
  }

  /** The words of a text, names and phrases folded, each with the entity it names (if it is read as one). */
  read(text: string): ReadWord[] {
    const named = new Set<string>();
    const raw = this.rawWords(text, named);
    const out: ReadWord[] = [];
    for (let i = 0; i < raw.length; i++) {
      const word = raw[i]!;
      const phrase = this.phraseAt(raw, i, out);
      if (phrase) {
        i += phrase.words.length - 1;
        out.push({ word: phrase.term, entity: this.entities.get(phrase.term) ?? null });
        continue;
      }
      const bare = word.endsWith("'s") ? word.slice(0, -2) : word;
      const term = this.single.get(word) ?? this.single.get(bare);
      const entity = term === undefined && this.typedOnly.has(bare) && !named.has(bare) ? null : (this.entities.get(term ?? bare) ?? null);
      const everydayName = entity && term !== undefined && !named.has(term) && this.isEverydayWord(bare);
      out.push({ word, entity: everydayName ? null : entity });
    }
    markAskerContext(out);
    return out;
  }

  /**
   * The text with each name written as the knowledge writes it ("gbx gw?" → "globex gw", "gbx" an alias of
   * Globex), or null when it names nothing by another form: for comparing spellings with the cards' example questions.
   */
  withNames(text: string): string | null {
    const read = this.read(text);
    let renamed = false;
    const out = read.map((w) => {
      if (!w.entity) return w.word;
      const name = w.entity.name.toLowerCase();
      if (name !== w.word.replace(/'s$/, "")) renamed = true;
      return name;
    });
    return renamed ? out.join(" ") : null;
  }

  /** The words of a text, names and phrases folded: what `read` gives, without telling which name entities. */
  words(text: string): string[] {
    const raw = this.rawWords(text, new Set());
    // Most texts name no phrase: their raw words are the answer, with no copy.
    let out: string[] | null = null;
    for (let i = 0; i < raw.length; i++) {
      const phrase = this.phraseAt(raw, i, NOTHING_BEFORE);
      if (phrase) {
        out ??= raw.slice(0, i);
        out.push(phrase.term);
        i += phrase.words.length - 1;
      } else out?.push(raw[i]!);
    }
    return out ?? raw;
  }

  /** Lower-cased words, names that count only as typed already replaced by their term (and added to `named`). */
  private rawWords(text: string, named: Set<string>): string[] {
    const words = splitWords(this.normalized(text, named));
    // "acmes revenue": a name with an "s" and no apostrophe is the name's possessive, as chat types it.
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (w.length > 3 && w.endsWith("s") && !w.endsWith("'s") && !this.single.has(w)) {
        const name = this.single.get(w.slice(0, -1));
        if (name !== undefined && this.entities.has(name)) words[i] = `${w.slice(0, -1)}'s`;
      }
    }
    return words;
  }

  /** The text lower-cased and normalised, names that count only as typed already replaced by their term (and added to `named`). */
  normalized(text: string, named: Set<string> = new Set()): string {
    if (this.phrasesWithCased && /[A-Z]/.test(text)) text = text.replace(this.phrasesWithCased, (m) => m.toLowerCase());
    return normalizeText(/[A-Z]/.test(text)
      ? text.replace(/[A-Z][A-Za-z0-9]*(?:\.[A-Z][A-Za-z0-9]*)*\.?/g, (match: string, at: number) => {
          const hit = this.cased.get(match) ?? this.cased.get(match.replace(/\.$/, ""));
          if (!hit) return match;
          if (hit.everyday && startsSentence(text, at)) return match;
          named.add(hit.term);
          return ` ${hit.term} `;
        })
      : text);
  }

  /** Every phrase, each as its words and the term it folds to, longest first among those sharing a first word. */
  allPhrases(): { words: readonly string[]; term: string }[] {
    return [...this.phrases.values()].flat();
  }

  /**
   * The phrase starting at raw[i], if one does. The last word may carry a possessive: "the widget maker's stock"; so
   * may the first of a person's alias, the way people write a role: "acme's ceo" for "acme ceo". ("Acme's cloud" is
   * not the product "acme cloud": it still names Acme.)
   */
  private phraseAt(raw: string[], i: number, before: readonly (string | ReadWord)[]): { words: string[]; term: string } | undefined {
    const first = raw[i]!;
    const owner = first.endsWith("'s") ? first.slice(0, -2) : null;
    const starting = this.phrases.get(first) ?? (owner ? this.phrases.get(owner) : undefined);
    if (starting === undefined) return undefined;
    const role = (p: { words: string[]; term: string }) => p.words.length > 1 && this.entities.get(p.term)?.kind === "person";
    const fits = (p: { words: string[]; term: string }, w: string, k: number) => raw[i + k] === w || ((k === p.words.length - 1 || (k === 0 && role(p))) && raw[i + k] === `${w}'s`);
    const found = starting.find((p) => p.words.every((w, k) => fits(p, w, k)));
    // "isn't Acme a widget company?" where "widget company" is an alias of Acme: a name already given is being
    // described, not named again; the description's words are what is asked.
    if (found && this.entities.has(found.term) && before.some((w) => this.entityTermOf(w) === found.term)) return undefined;
    return found;
  }

  /** The entity term a word read before stands for, if any. */
  private entityTermOf(w: string | ReadWord): string | undefined {
    if (typeof w !== "string") return w.entity?.term;
    const bare = w.endsWith("'s") ? w.slice(0, -2) : w;
    const term = this.single.get(w) ?? this.single.get(bare) ?? bare;
    return this.entities.has(term) ? term : undefined;
  }

  private isEverydayWord(word: string): boolean {
    const cased = this.cased.get(word[0]!.toUpperCase() + word.slice(1));
    return Boolean(cased?.everyday);
  }

  /**
   * False when no word read from the text can hold a digit: plain ASCII with no digit and no number word, and no name
   * or phrase that reads as a figure. Lets a caller that wants only such words skip reading the rest.
   */
  mayReadFigures(text: string): boolean {
    return this.foldsToFigures || !ASCII.test(text) || /\d/.test(text) || hasNumberWord(text);
  }

  /**
   * The text with a name typed with one slip written right ("acme widgts" → "acme widgets", "globx" → "globex"),
   * so it is read as the name. Only a word of NAME_TYPO_LENGTH letters or more that is no everyday
   * English word and none `known` (a word the cards write) is changed, and only when a single word of the names and
   * aliases is one edit away. Everyday-word names ("Shell") are not among them.
   */
  spellNames(text: string, known: (word: string) => boolean): string {
    return text.replace(/[A-Za-z][A-Za-z-]*/g, (word) => {
      const lower = word.toLowerCase();
      if (lower.length < NAME_TYPO_LENGTH || this.single.has(lower) || this.phrases.has(lower) || known(lower) || wordCount(lower) >= NAME_TYPO_COUNT) return word;
      const close = this.nameWordsNear(lower);
      return close.length === 1 ? close[0]! : word;
    });
  }

  private nameWordsByLength: Map<number, string[]> | null = null;

  /** Words of names and aliases one edit from the word. */
  private nameWordsNear(word: string): string[] {
    if (!this.nameWordsByLength) {
      const words = new Set<string>();
      for (const [form, term] of this.single) if (this.entities.has(term)) words.add(form);
      for (const list of this.phrases.values()) for (const p of list) if (this.entities.has(p.term)) p.words.forEach((w) => words.add(w));
      this.nameWordsByLength = new Map();
      for (const w of words) {
        if (w.length < NAME_TYPO_LENGTH - 1 || !/^[a-z][a-z-]*$/.test(w)) continue;
        const list = this.nameWordsByLength.get(w.length) ?? [];
        list.push(w);
        this.nameWordsByLength.set(w.length, list);
      }
    }
    const out: string[] = [];
    for (let n = word.length - 1; n <= word.length + 1; n++) {
      for (const w of this.nameWordsByLength.get(n) ?? []) if (editDistance(word, w, 1) <= 1) out.push(w);
    }
    return out;
  }

  /** Fold one word to its index term, or null for a stop word. */
  termOf(word: string): string | null {
    return this.lexeme(word).term;
  }

  /** What the analyzer knows of one word, worked out once per distinct word (see Lexeme). */
  lexeme(word: string): Lexeme {
    let known = this.lexemes.get(word);
    if (known === undefined) {
      const term = this.fold(word);
      const stemmed = stem(word);
      known = {
        word,
        term,
        kind: term === null ? null : this.kindOf(term),
        detailStem: this.detailStems.has(stemmed) ? stemmed : null,
        digit: HAS_DIGIT.test(word),
      };
      // Bounded: a flood of junk words must not grow memory without limit.
      if (this.lexemes.size > 200_000) this.lexemes.clear();
      this.lexemes.set(word, known);
    }
    return known;
  }

  private fold(word: string): string | null {
    if (this.entities.has(word)) return word;
    const bare = withoutApostrophes(word);
    const mapped = this.single.get(word) ?? this.single.get(bare);
    if (mapped !== undefined) return this.entities.has(mapped) ? mapped : (plainTerm(mapped) ?? mapped);
    if (this.entities.has(bare)) return bare;
    return plainTerm(word);
  }

  /** Index terms of a text, in order, stop words removed. */
  terms(text: string): string[] {
    const out: string[] = [];
    for (const word of this.words(text)) {
      const term = this.termOf(word);
      if (term) out.push(term);
    }
    return out;
  }

  kindOf(term: string): EntityKind | null {
    return this.entities.get(term)?.kind ?? null;
  }

  /** Entity terms named in a text (any case, any alias). */
  entitiesIn(text: string): Set<string> {
    const out = new Set<string>();
    for (const w of this.read(text)) {
      const term = this.termOf(w.word);
      if (term && this.entities.has(term)) out.add(term);
    }
    return out;
  }
}

function startsSentence(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === " " || c === "\t" || c === "\n" || c === '"' || c === "(" || c === "*" || c === "_") continue;
    return c === "." || c === "!" || c === "?" || c === ":" || c === ">";
  }
  return true;
}

/** "my team at target", "I work for Shell": an entity right after the asker's own frame is not what is asked about. */
function markAskerContext(words: ReadWord[]): void {
  for (let i = 1; i < words.length; i++) {
    if (!words[i]!.entity || !AT.has(words[i - 1]!.word)) continue;
    for (let k = Math.max(0, i - 5); k < i - 1; k++) {
      if (ASKER.has(words[k]!.word)) {
        words[i] = { ...words[i]!, entity: null };
        break;
      }
    }
  }
}

/** Whether the answers write `name` (capitalised) as a name in enough cards: see SUBJECT_CARDS. */
function isStorySubject(name: string, answers: readonly string[]): boolean {
  const written = name[0]!.toUpperCase() + name.slice(1);
  const needed = Math.max(SUBJECT_CARDS, Math.ceil(SUBJECT_SHARE * answers.length));
  const asName = new RegExp(`\\b${escapeRegExp(written)}\\b`);
  let found = 0;
  for (const answer of answers) if (answer.includes(written) && asName.test(answer) && ++found >= needed) return true;
  return false;
}
