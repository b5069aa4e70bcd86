/**
 * The units a project name is built from: the jieba tokens of a sentence, with
 * a quoted block (“…”) or a recognised number folded into a single unit.
 */
import type { NumberItem, Span, Token } from '../types.js';

export interface Unit {
  word: string;
  tag: string;
  span: Span;
  quote: boolean;
  number: boolean;
}

const OPEN = new Set(['“', '‘', '「', '『', '《']);
const CLOSE: Record<string, string> = { '“': '”', '‘': '’', '「': '」', '『': '』', '《': '》' };
const MAX_QUOTE = 24;

export function buildUnits(text: string, tokens: Token[], numbers: NumberItem[]): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (OPEN.has(t.word)) {
      const close = CLOSE[t.word]!;
      let j = i + 1;
      while (j < tokens.length && tokens[j]!.word !== close && tokens[j]!.span[1] - t.span[0] <= MAX_QUOTE) j++;
      if (j < tokens.length && tokens[j]!.word === close && j > i + 1) {
        const span: Span = [t.span[0], tokens[j]!.span[1]];
        units.push({ word: text.slice(span[0], span[1]), tag: 'quote', span, quote: true, number: false });
        i = j;
        continue;
      }
    }
    const n = numbers.find((x) => x.span[0] < t.span[1] && t.span[0] < x.span[1]);
    if (n) {
      let j = i;
      while (j + 1 < tokens.length && tokens[j + 1]!.span[0] < n.span[1]) j++;
      const span: Span = [Math.min(t.span[0], n.span[0]), Math.max(tokens[j]!.span[1], n.span[1])];
      units.push({ word: text.slice(span[0], span[1]), tag: 'num', span, quote: false, number: true });
      i = j;
      continue;
    }
    units.push({ word: t.word, tag: t.tag, span: t.span, quote: false, number: false });
  }
  return units;
}

const PUNCT = /^[\p{P}\p{S}\s]+$/u;
export const JOINER = /^[·‧•\-－]$/u;

export function isPunct(u: Unit): boolean {
  return !u.quote && PUNCT.test(u.word) && !JOINER.test(u.word);
}

/** Index of the unit covering position `pos` (or starting at it), -1 if none. */
export function unitAt(units: Unit[], pos: number): number {
  return units.findIndex((u) => u.span[0] <= pos && pos < u.span[1]);
}
