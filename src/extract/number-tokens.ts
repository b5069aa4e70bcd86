/**
 * Segmenter tokens of one sentence, indexed by position: which token holds a
 * character, and whether a boundary falls inside a word. Typed arrays over the
 * sentence's range, so building it stays cheap on very long sentences.
 */
import type { Token } from '../types.js';

/** jieba's tag for a string it did not know (个車, 元至): no word, so no boundary to respect. */
const UNKNOWN = 'x';

export class TokenIndex {
  readonly size: number;
  private readonly tokens: Token[];
  private readonly base: number;
  /** token index + 1 holding each position, 0 for none */
  private readonly holder: Int32Array;
  /** token index + 1 starting at each position, 0 for none */
  private readonly start: Int32Array;

  constructor(tokens: Token[]) {
    this.tokens = tokens;
    this.size = tokens.length;
    const first = tokens[0]?.span[0] ?? 0;
    const last = tokens.reduce((m, t) => Math.max(m, t.span[1]), first);
    this.base = first;
    this.holder = new Int32Array(last - first);
    this.start = new Int32Array(last - first);
    tokens.forEach((t, k) => {
      this.start[t.span[0] - first] = k + 1;
      this.holder.fill(k + 1, t.span[0] - first, t.span[1] - first);
    });
  }

  private get(arr: Int32Array, i: number): Token | undefined {
    const k = i - this.base;
    if (k < 0 || k >= arr.length) return undefined;
    const v = arr[k]!;
    return v === 0 ? undefined : this.tokens[v - 1];
  }

  /** The token holding the character at `i`. */
  containing(i: number): Token | undefined {
    return this.get(this.holder, i);
  }

  startingAt(i: number): Token | undefined {
    return this.get(this.start, i);
  }

  /** A word runs across the boundary before `i` (the numeral starts inside a word). */
  cutsBefore(_text: string, i: number): boolean {
    const t = this.containing(i);
    return t !== undefined && t.span[0] < i && t.tag !== UNKNOWN;
  }

  /** A word runs across the boundary at `end` (the number ends inside a word). */
  cutsAfter(_text: string, end: number): boolean {
    const t = this.containing(end);
    return t !== undefined && t.span[0] < end && t.tag !== UNKNOWN;
  }
}
