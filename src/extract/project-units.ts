/**
 * The units a project name is built from: the jieba tokens of a sentence, with
 * a quoted block (“…”) or a recognised number folded into a single unit.
 */
import type { NumberItem, Span, Token } from '../types.js';
import { partitionPoint } from '../text/search.js';

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

/**
 * The first number (in list order) overlapping `span`: a binary search when
 * the numbers' starts and ends both run in order (they do not overlap).
 */
function numberFinder(numbers: NumberItem[]): (span: Span) => NumberItem | undefined {
  let ordered = true;
  for (let i = 1; i < numbers.length && ordered; i++) {
    ordered = numbers[i]!.span[0] >= numbers[i - 1]!.span[0] && numbers[i]!.span[1] >= numbers[i - 1]!.span[1];
  }
  if (!ordered) return (t) => numbers.find((x) => x.span[0] < t[1] && t[0] < x.span[1]);
  return (t) => {
    const x = numbers[partitionPoint(numbers.length, (i) => numbers[i]!.span[1] <= t[0])];
    return x && x.span[0] < t[1] && t[0] < x.span[1] ? x : undefined;
  };
}

export function buildUnits(text: string, tokens: Token[], numbers: NumberItem[]): Unit[] {
  const units: Unit[] = [];
  const numberAt = numberFinder(numbers);
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
    const n = numberAt(t.span);
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

/**
 * Position look-ups over the units of a sentence, each equal to the linear
 * scan it names (the first unit in order that fits), by binary search when
 * the units' starts and ends both run in order (as built, they do).
 */
export interface UnitIndex {
  /** units.findIndex(u => u.span[0] >= pos) */
  firstFrom(pos: number): number;
  /** units.findIndex(u => u.span[0] <= pos && pos < u.span[1]) */
  covering(pos: number): number;
  /** units.findIndex(u => u.span[0] < pos && pos < u.span[1]) */
  straddling(pos: number): number;
  /** units.some(u => u.span[0] === pos) */
  startsAt(pos: number): boolean;
  /** units.some(u => u.span[1] === pos) */
  endsAt(pos: number): boolean;
}

const indexes = new WeakMap<Unit[], UnitIndex>();

export function unitIndex(units: Unit[]): UnitIndex {
  const known = indexes.get(units);
  if (known) return known;
  let startsOrdered = true;
  let endsOrdered = true;
  for (let i = 1; i < units.length; i++) {
    if (units[i]!.span[0] < units[i - 1]!.span[0]) startsOrdered = false;
    if (units[i]!.span[1] < units[i - 1]!.span[1]) endsOrdered = false;
  }
  // built on first use: most sentences never ask
  let starts: Set<number> | null = null;
  let ends: Set<number> | null = null;
  /** first index whose span[side] is > pos (or >= pos when `orEqual`) */
  const search = (side: 0 | 1, pos: number, orEqual: boolean): number =>
    partitionPoint(units.length, (i) => (orEqual ? units[i]!.span[side] < pos : units[i]!.span[side] <= pos));
  const ordered = startsOrdered && endsOrdered;
  const index: UnitIndex = {
    firstFrom: startsOrdered
      ? (pos) => {
          const i = search(0, pos, true);
          return i < units.length ? i : -1;
        }
      : (pos) => units.findIndex((u) => u.span[0] >= pos),
    // the first unit ending after pos is the only one that may hold it (earlier ones end before)
    covering: ordered
      ? (pos) => {
          const i = search(1, pos, false);
          return i < units.length && units[i]!.span[0] <= pos ? i : -1;
        }
      : (pos) => units.findIndex((u) => u.span[0] <= pos && pos < u.span[1]),
    straddling: ordered
      ? (pos) => {
          const i = search(1, pos, false);
          return i < units.length && units[i]!.span[0] < pos ? i : -1;
        }
      : (pos) => units.findIndex((u) => u.span[0] < pos && pos < u.span[1]),
    startsAt: (pos) => (starts ??= new Set(units.map((u) => u.span[0]))).has(pos),
    endsAt: (pos) => (ends ??= new Set(units.map((u) => u.span[1]))).has(pos),
  };
  indexes.set(units, index);
  return index;
}

/** Index of the unit covering position `pos` (or starting at it), -1 if none. */
export function unitAt(units: Unit[], pos: number): number {
  return unitIndex(units).covering(pos);
}
