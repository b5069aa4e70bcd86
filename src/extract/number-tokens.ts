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
  private base = 0;
  /** token index + 1 holding each position, 0 for none (built on the first query: most sentences hold no number) */
  private holder: Int32Array | null = null;
  /** token index + 1 starting at each position, 0 for none */
  private start: Int32Array | null = null;

  constructor(tokens: Token[]) {
    this.tokens = tokens;
    this.size = tokens.length;
  }

  private build(): void {
    const tokens = this.tokens;
    const first = tokens[0]?.span[0] ?? 0;
    let last = first;
    for (const t of tokens) if (t.span[1] > last) last = t.span[1];
    this.base = first;
    const holder = new Int32Array(last - first);
    const start = new Int32Array(last - first);
    tokens.forEach((t, k) => {
      start[t.span[0] - first] = k + 1;
      holder.fill(k + 1, t.span[0] - first, t.span[1] - first);
    });
    this.holder = holder;
    this.start = start;
  }

  private get(which: 'holder' | 'start', i: number): Token | undefined {
    if (this.holder === null) this.build();
    const arr = which === 'holder' ? this.holder! : this.start!;
    const k = i - this.base;
    if (k < 0 || k >= arr.length) return undefined;
    const v = arr[k]!;
    return v === 0 ? undefined : this.tokens[v - 1];
  }

  /** The token holding the character at `i`. */
  containing(i: number): Token | undefined {
    return this.get('holder', i);
  }

  startingAt(i: number): Token | undefined {
    return this.get('start', i);
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
