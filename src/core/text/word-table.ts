import type { TermRuns } from "../index/term-runs.js";
import type { Lexeme, TextAnalyzer } from "./analyzer.js";
import { isNumberWord } from "./number-words.js";
import { mayRewriteWords } from "./tokenize.js";

interface PhraseIds {
  words: number[];
  /** The last word with a possessive ("maker's"), which also ends the phrase. */
  possessive: number;
  term: number;
}

const BASE = 0x01000193;
const NUMBER_WORD = 1;
const REWRITABLE = 2;
/**
 * A word without which plain text holds none of the strings mayRewriteWords looks for: each of them is inside one
 * word ("may", "kinda", "own", "hw"), or has a whole word of its own ("kind a", " out of ", " when ", "t from ", " fit", "first place").
 */
const REWRITABLE_WORD = /may|kind|sort|own|hw|fit|where|^(?:in|out|when|from|place)$/;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) => c >= 97 && c <= 122;

/**
 * Texts read as word numbers, as `TextAnalyzer.words` reads them: each distinct word is kept once, with what the
 * analyzer knows of it, and no string is made for a word already known. For reading many texts at once (the cards
 * when the knowledge loads), where making and hashing a string per word read was most of the work.
 */
export class WordTable {
  private readonly words: string[] = [];
  private readonly hashOf: number[] = [];
  private readonly lexemes: (Lexeme | undefined)[] = [];
  /** Whether the word, or a part of it between apostrophes, is a number word that normalizing rewrites. */
  private readonly numberWords: boolean[] = [];
  /** Whether the word may be part of words normalizing reads otherwise (see mayRewriteWords): "may", "kinda", "out"… */
  private readonly rewritable: boolean[] = [];
  /** Open addressing: slot k holds a word number + 1 (0 when empty) at 2k and the word's hash at 2k + 1. */
  private slots = new Int32Array(2 << 12);
  /**
   * Every word's characters back to back, word n's from charStart[n] to charStart[n + 1]: a lookup compares
   * numbers in a few flat arrays, not strings spread over the heap.
   */
  private chars = new Uint16Array(1 << 16);
  private readonly charStart: number[] = [0];
  /** Phrases by the number of their first word, longest first. */
  private readonly phrases = new Map<number, PhraseIds[]>();

  /** Words last scanned, and whether a phrase may start among them. */
  private readonly scratch: number[] = [];
  private mayFold = false;
  /** How many words the phrases use: numbers from this on start none. */
  private readonly phraseWords: number;

  constructor(private readonly text: TextAnalyzer) {
    const add = (first: number, entry: PhraseIds) => {
      const list = this.phrases.get(first) ?? [];
      list.push(entry);
      this.phrases.set(first, list);
    };
    for (const phrase of text.allPhrases()) {
      const ids = phrase.words.map((w) => this.intern(w));
      const kind = text.kindOf(phrase.term);
      const entry = { words: ids, possessive: this.intern(`${phrase.words[phrase.words.length - 1]!}'s`), term: this.intern(phrase.term) };
      add(ids[0]!, entry);
      // A person's alias may start with a possessive, as a role is written ("acme's ceo").
      if (kind === "person" && ids.length > 1) {
        const owner = this.intern(`${phrase.words[0]!}'s`);
        add(owner, { ...entry, words: [owner, ...ids.slice(1)] });
      }
    }
    this.phraseWords = this.words.length;
  }

  /** The words of a text, names and phrases folded, as numbers: `word(n)` of each is what `TextAnalyzer.words` gives. */
  read(text: string): number[] {
    const raw = this.scan(text);
    return this.mayFold ? this.foldPhrases(raw) : raw.slice();
  }

  /** As `read`, the words added to `out` as its next text: no array is made per text. */
  readInto(text: string, out: TermRuns): void {
    const raw = this.scan(text);
    const ids = this.mayFold ? this.foldPhrases(raw) : raw;
    for (let i = 0; i < ids.length; i++) out.add(ids[i]!);
    out.close();
  }

  /** The text's words before phrases are folded, in `scratch` (reused); sets `mayFold` when a phrase may start. */
  private scan(text: string): number[] {
    // Normalizing leaves plain text as it is, unless it names a number word ("five") or has words it reads otherwise:
    // it is read as written. Only a text with a word that may be one of those is searched for them.
    if (isPlain(text)) {
      const found = this.split(text);
      if (!(found & NUMBER_WORD) && !(found & REWRITABLE && mayRewriteWords(text))) return this.scratch;
    }
    this.split(this.text.normalized(text));
    return this.scratch;
  }

  /** Splits normalized text into `scratch`; says whether a word read is or holds a number word, or is rewritable. */
  private split(s: string): number {
    const raw = this.scratch;
    raw.length = 0;
    let phrases = false;
    let found = 0;
    // The words of splitWords: /\d+(?:\.\d+)?|[a-z0-9]+(?:'[a-z]+)?/g, matched by hand.
    for (let i = 0; i < s.length; ) {
      const start = i;
      let c = s.charCodeAt(i);
      let hash = 0;
      if (isDigit(c)) {
        for (; i < s.length && isDigit((c = s.charCodeAt(i))); i++) hash = (Math.imul(hash, BASE) + c) | 0;
        if (s.charCodeAt(i) === 46 && isDigit(s.charCodeAt(i + 1))) {
          hash = (Math.imul(hash, BASE) + 46) | 0;
          for (i++; i < s.length && isDigit((c = s.charCodeAt(i))); i++) hash = (Math.imul(hash, BASE) + c) | 0;
        }
      } else if (isLetter(c)) {
        for (; i < s.length && (isLetter((c = s.charCodeAt(i))) || isDigit(c)); i++) hash = (Math.imul(hash, BASE) + c) | 0;
        if (s.charCodeAt(i) === 39 && isLetter(s.charCodeAt(i + 1))) {
          hash = (Math.imul(hash, BASE) + 39) | 0;
          for (i++; i < s.length && isLetter((c = s.charCodeAt(i))); i++) hash = (Math.imul(hash, BASE) + c) | 0;
        }
      } else {
        i++;
        continue;
      }
      const id = this.find(s, start, i, hash);
      // Phrase words are filed first, so a word with a smaller number than every other word may start one.
      if (id < this.phraseWords && this.phrases.has(id)) phrases = true;
      if (this.numberWords[id]) found |= NUMBER_WORD;
      if (this.rewritable[id]) found |= REWRITABLE;
      raw.push(id);
    }
    this.mayFold = phrases;
    return found;
  }

  word(id: number): string {
    return this.words[id]!;
  }

  /** What the analyzer knows of the word (see TextAnalyzer.lexeme), looked up once per distinct word. */
  lexeme(id: number): Lexeme {
    return (this.lexemes[id] ??= this.text.lexeme(this.words[id]!));
  }

  /** As TextAnalyzer.words folds phrases: the longest phrase starting at a word wins, its last word may be possessive. */
  private foldPhrases(raw: number[]): number[] {
    const out: number[] = [];
    for (let i = 0; i < raw.length; i++) {
      const phrase = this.phrases.get(raw[i]!)?.find((p) => p.words.every((w, k) => raw[i + k] === w || (k === p.words.length - 1 && raw[i + k] === p.possessive)));
      if (phrase) i += phrase.words.length - 1;
      out.push(phrase ? phrase.term : raw[i]!);
    }
    return out;
  }

  private intern(word: string): number {
    let hash = 0;
    for (let i = 0; i < word.length; i++) hash = (Math.imul(hash, BASE) + word.charCodeAt(i)) | 0;
    return this.find(word, 0, word.length, hash);
  }

  /** The number of s[start..end), added when new. */
  private find(s: string, start: number, end: number, hash: number): number {
    const mask = (this.slots.length >> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[2 * slot]! - 1;
      if (id < 0) return this.add(s.slice(start, end), hash, slot);
      if (this.slots[2 * slot + 1] === hash && this.sameText(id, s, start, end)) return id;
    }
  }

  private add(word: string, hash: number, slot: number): number {
    const id = this.words.length;
    this.words.push(word);
    this.hashOf.push(hash);
    this.numberWords.push(word.split("'").some(isNumberWord));
    this.rewritable.push(REWRITABLE_WORD.test(word));
    this.lexemes.push(undefined); // kept packed: filled in any order by lexeme()
    this.slots[2 * slot] = id + 1;
    this.slots[2 * slot + 1] = hash;
    const from = this.charStart[id]!;
    if (from + word.length > this.chars.length) {
      const grown = new Uint16Array((from + word.length) * 2);
      grown.set(this.chars);
      this.chars = grown;
    }
    for (let k = 0; k < word.length; k++) this.chars[from + k] = word.charCodeAt(k);
    this.charStart.push(from + word.length);
    // At most half the slots full.
    if (this.words.length * 4 > this.slots.length) this.grow();
    return id;
  }

  /** Whether word `id` is s[start..end). */
  private sameText(id: number, s: string, start: number, end: number): boolean {
    const from = this.charStart[id]!;
    if (this.charStart[id + 1]! - from !== end - start) return false;
    for (let k = 0; k < end - start; k++) if (this.chars[from + k] !== s.charCodeAt(start + k)) return false;
    return true;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = (this.slots.length >> 1) - 1;
    this.hashOf.forEach((hash, id) => {
      let slot = hash & mask;
      while (this.slots[2 * slot] !== 0) slot = (slot + 1) & mask;
      this.slots[2 * slot] = id + 1;
      this.slots[2 * slot + 1] = hash;
    });
  }
}

/**
 * Lower-case ASCII with no figure, no capital (a name read only as typed) and no odd apostrophe: text that
 * normalizing (TextAnalyzer.normalized) returns unchanged, unless it has a number word or a word read otherwise
 * (mayRewriteWords).
 */
function isPlain(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90) || isDigit(c) || c === 36 || c === 37 || c === 96) return false;
  }
  return true;
}

