/**
 * Texts read as term numbers, one text after another in one growable array (not an array per text):
 * text i's terms are at ids[start(i)..end(i)).
 */
export class TermRuns {
  ids = new Int32Array(1 << 16);
  private starts = new Int32Array(1 << 12);
  private length = 0;
  /** How many texts are closed. */
  count = 0;

  add(term: number): void {
    if (this.length === this.ids.length) {
      const grown = new Int32Array(this.ids.length * 2);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.length++] = term;
  }

  /** Ends the current text. */
  close(): void {
    if (this.count + 2 > this.starts.length) {
      const grown = new Int32Array(this.starts.length * 2);
      grown.set(this.starts);
      this.starts = grown;
    }
    this.starts[++this.count] = this.length;
  }

  start(text: number): number {
    return this.starts[text]!;
  }

  end(text: number): number {
    return this.starts[text + 1]!;
  }
}
