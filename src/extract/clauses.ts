/**
 * Clauses of a sentence, for targets and projects: the sentence is cut at
 * ，,;；:：。!！?？ (never inside “…” quotes). `segment` counts the ；/; cuts, so a
 * reader can keep a marker's scope within one segment. Pieces split a clause
 * further at 、 where a new statement starts (see `splitPieces`).
 */
import type { Span } from '../types.js';
import { partitionPoint } from '../text/search.js';
import { isSpace } from '../text/space.js';

export interface Clause {
  span: Span;
  /** index of the ；-segment within the sentence */
  segment: number;
  /** the clause ended at a colon: what follows elaborates it */
  colon: boolean;
}

const COMMA = new Set([',', '\uFF0C', ':', '\uFF1A', '。', '!', '\uFF01', '?', '\uFF1F', '…']);
const SEMI = new Set([';', '\uFF1B']);
const OPEN = new Set(['“', '"', '‘', '「', '『', '《', '(', '\uFF08']);
const CLOSE = new Set(['”', '"', '’', '」', '』', '》', ')', '\uFF09']);

/** Character classes for the scans below, by UTF-16 code unit (0: none). */
const K_COMMA = 1;
const K_SEMI = 2;
const K_OPEN = 3;
const K_CLOSE = 4;
const K_DQUOTE = 5;
const K_LIST = 6;
const KIND = new Map<number, number>();
for (const c of COMMA) KIND.set(c.charCodeAt(0), K_COMMA);
for (const c of SEMI) KIND.set(c.charCodeAt(0), K_SEMI);
for (const c of OPEN) KIND.set(c.charCodeAt(0), K_OPEN);
for (const c of CLOSE) KIND.set(c.charCodeAt(0), K_CLOSE);
KIND.set('"'.charCodeAt(0), K_DQUOTE);
KIND.set('、'.charCodeAt(0), K_LIST);

/** Trims white space at both ends of a span. */
export function trimSpan(text: string, [s, e]: Span): Span {
  while (s < e && isSpace(text[s]!)) s++;
  while (e > s && isSpace(text[e - 1]!)) e--;
  return [s, e];
}

/** A comma inside a number written with thousands separators (4,200个; 1,234,567). */
export function isThousandsSeparator(text: string, i: number): boolean {
  return text[i] === ',' && /\d/u.test(text[i - 1] ?? '') && /^\d{3}(?!\d)/u.test(text.slice(i + 1, i + 5));
}

export function splitClauses(text: string, span: Span): Clause[] {
  const out: Clause[] = [];
  let depth = 0;
  let start = span[0];
  let segment = 0;
  const push = (end: number, colon: boolean): void => {
    const t = trimSpan(text, [start, end]);
    if (t[1] > t[0]) out.push({ span: t, segment, colon });
  };
  for (let i = span[0]; i < span[1]; i++) {
    const kind = KIND.get(text.charCodeAt(i));
    if (kind === undefined || kind === K_LIST) continue;
    const ch = text[i]!;
    if (ch === '"') {
      depth = depth > 0 ? depth - 1 : depth + 1;
      continue;
    }
    if (OPEN.has(ch)) depth++;
    else if (CLOSE.has(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (COMMA.has(ch) || SEMI.has(ch)) && !isThousandsSeparator(text, i)) {
      push(i, ch === ':' || ch === '\uFF1A');
      if (SEMI.has(ch)) segment++;
      start = i + 1;
    }
  }
  push(span[1], false);
  return out;
}

/** Positions of 、 at quote depth 0 inside a span. */
export function listCommas(text: string, span: Span): number[] {
  const out: number[] = [];
  let depth = 0;
  for (let i = span[0]; i < span[1]; i++) {
    if (KIND.get(text.charCodeAt(i)) === undefined) continue;
    const ch = text[i]!;
    if (OPEN.has(ch) || (ch === '"' && depth === 0)) depth++;
    else if (CLOSE.has(ch) || ch === '"') depth = Math.max(0, depth - 1);
    else if (ch === '、' && depth === 0) out.push(i);
  }
  return out;
}

/**
 * Cuts a clause at the 、 marks where `cutBefore(prev, next)` says a new
 * statement starts (the spans are the pieces on either side of the mark).
 */
export function splitPieces(text: string, span: Span, cutBefore: (prev: Span, next: Span) => boolean): Span[] {
  const marks = listCommas(text, span);
  if (marks.length === 0) return [span];
  const bounds = [span[0] - 1, ...marks, span[1]];
  const raw: Span[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) raw.push([bounds[i]! + 1, bounds[i + 1]!]);
  const pieces: Span[] = [];
  let current: Span = raw[0]!;
  for (let i = 1; i < raw.length; i++) {
    const next = raw[i]!;
    if (cutBefore(current, next)) {
      pieces.push(current);
      current = next;
    } else current = [current[0], next[1]];
  }
  pieces.push(current);
  return pieces.map((p) => trimSpan(text, p)).filter((p) => p[1] > p[0]);
}

/**
 * The items lying inside `span` (start >= span[0], end <= span[1]), in their
 * order, from a list sorted by start: a binary search instead of a scan.
 * `sortedByStart(items)` tells whether a list qualifies; callers fall back to
 * a plain filter when it does not.
 */
export function itemsWithin<T extends { span: Span }>(items: T[], span: Span): T[] {
  const lo = partitionPoint(items.length, (i) => items[i]!.span[0] < span[0]);
  const out: T[] = [];
  for (let i = lo; i < items.length && items[i]!.span[0] <= span[1]; i++) if (items[i]!.span[1] <= span[1]) out.push(items[i]!);
  return out;
}

export function sortedByStart(items: { span: Span }[]): boolean {
  for (let i = 1; i < items.length; i++) if (items[i]!.span[0] < items[i - 1]!.span[0]) return false;
  return true;
}

/** A per-call index of the items inside spans: `within(span)` equals `items.filter(inside span)`. */
export function spanIndex<T extends { span: Span }>(items: T[]): (span: Span) => T[] {
  if (sortedByStart(items)) return (span) => itemsWithin(items, span);
  return (span) => items.filter((n) => n.span[0] >= span[0] && n.span[1] <= span[1]);
}
