/**
 * Words filed under each of their keys: the word itself and each of its one-letter deletions ("acme" under
 * "acme", "cme", "ame", "ace", "acm"). Keys are numbers (a hash of the key's letters), so no key string is
 * made when filing or looking up; words whose key only shares the hash are told apart letter by letter. A
 * lookup visits exactly the words filed under each key, in the order they were filed.
 */
export class DeletionTable {
  private readonly words: readonly string[];
  /** Bucket b's entries are at [starts[b], starts[b + 1]). */
  private readonly starts: Int32Array;
  private readonly hashes: Int32Array;
  private readonly wordOf: Int32Array;
  /** The letter deleted from the word for this entry; -1 for the word itself. */
  private readonly skipOf: Int32Array;
  private readonly mask: number;

  constructor(words: readonly string[]) {
    this.words = words;
    let total = 0;
    for (const word of words) total += word.length + 1;
    let size = 16;
    while (size < total) size *= 2;
    this.mask = size - 1;
    const hashes = new Int32Array(total);
    let at = 0;
    for (const word of words) at = keyHashes(word, hashes, at);
    // Filed bucket by bucket, each bucket keeping the order of filing.
    const starts = new Int32Array(size + 1);
    for (let e = 0; e < total; e++) starts[(hashes[e]! & this.mask) + 1]!++;
    for (let b = 0; b < size; b++) starts[b + 1]! += starts[b]!;
    const next = starts.slice(0, size);
    this.hashes = new Int32Array(total);
    this.wordOf = new Int32Array(total);
    this.skipOf = new Int32Array(total);
    let e = 0;
    words.forEach((word, w) => {
      for (let skip = -1; skip < word.length; skip++, e++) {
        const slot = next[hashes[e]! & this.mask]!++;
        this.hashes[slot] = hashes[e]!;
        this.wordOf[slot] = w;
        this.skipOf[slot] = skip;
      }
    });
    this.starts = starts;
  }

  /** Visits the words filed under each key of `word` (itself, then each deletion in turn), as a map lookup per key would. */
  lookup(word: string, visit: (filed: string) => void): void {
    const keys = new Int32Array(word.length + 1);
    keyHashes(word, keys, 0);
    for (let skip = -1; skip < word.length; skip++) {
      const hash = keys[skip + 1]!;
      const bucket = hash & this.mask;
      for (let e = this.starts[bucket]!; e < this.starts[bucket + 1]!; e++) {
        if (this.hashes[e] !== hash) continue;
        const filed = this.words[this.wordOf[e]!]!;
        if (sameKey(word, skip, filed, this.skipOf[e]!)) visit(filed);
      }
    }
  }
}

const BASE = 0x01000193;

// Scratch space for keyHashes, grown to the longest word seen.
let prefix = new Int32Array(64);
let power = new Int32Array(64);

/**
 * Writes the hash of each key of a word into `out` from `at`, in the order of its keys: the word, then without its
 * first letter, its second... Returns where the next word's go. A polynomial hash, so each deletion's hash comes
 * from prefix hashes in constant time.
 */
function keyHashes(word: string, out: Int32Array, at: number): number {
  const length = word.length;
  if (prefix.length <= length) {
    prefix = new Int32Array(length * 2 + 1);
    power = new Int32Array(length * 2 + 1);
  }
  power[0] = 1;
  for (let i = 0; i < length; i++) {
    prefix[i + 1] = (Math.imul(prefix[i]!, BASE) + word.charCodeAt(i)) | 0;
    power[i + 1] = Math.imul(power[i]!, BASE);
  }
  out[at] = prefix[length]!;
  for (let p = 0; p < length; p++) {
    // The letters before p, shifted over those after it, plus the letters after p.
    const after = (prefix[length]! - Math.imul(prefix[p + 1]!, power[length - 1 - p]!)) | 0;
    out[at + 1 + p] = (Math.imul(prefix[p]!, power[length - 1 - p]!) + after) | 0;
  }
  return at + length + 1;
}

/** Whether `a` without its letter at `skipA` reads the same as `b` without its letter at `skipB` (-1: none dropped). */
function sameKey(a: string, skipA: number, b: string, skipB: number): boolean {
  const length = skipA < 0 ? a.length : a.length - 1;
  if (length !== (skipB < 0 ? b.length : b.length - 1)) return false;
  for (let i = 0; i < length; i++) {
    const ia = skipA >= 0 && i >= skipA ? i + 1 : i;
    const ib = skipB >= 0 && i >= skipB ? i + 1 : i;
    if (a.charCodeAt(ia) !== b.charCodeAt(ib)) return false;
  }
  return true;
}
