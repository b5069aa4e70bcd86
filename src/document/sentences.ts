import { trimSpan } from './lines.js';
import type { Span } from '../types.js';

// 。!！?？ and the closing quotes and brackets ”’」』)）】》"' as code units (tested at every character)
const TERMINATORS = new Set(['。', '!', '\uFF01', '?', '\uFF1F'].map((c) => c.charCodeAt(0)));
const CLOSERS = new Set(['”', '’', '」', '』', ')', '\uFF09', '】', '》', '"', "'"].map((c) => c.charCodeAt(0)));
const isTerminator = (text: string, i: number): boolean => TERMINATORS.has(text.charCodeAt(i));
const isCloser = (text: string, i: number): boolean => CLOSERS.has(text.charCodeAt(i));

/**
 * Splits a region of text into sentences: each ends after 。!? (ASCII or
 * full-width), with any closing quotes or brackets that follow, or at the
 * region's end. `;` does not end a sentence. Spans are trimmed of white space.
 */
export function splitSentences(text: string, [start, end]: Span): Span[] {
  const out: Span[] = [];
  let s = start;
  for (let i = start; i < end; i++) {
    if (!isTerminator(text, i)) continue;
    let e = i + 1;
    while (e < end && (isTerminator(text, e) || isCloser(text, e))) e++;
    push(out, text, [s, e]);
    s = e;
    i = e - 1;
  }
  push(out, text, [s, end]);
  return out;
}

function push(out: Span[], text: string, span: Span): void {
  const t = trimSpan(text, span);
  if (t[1] > t[0]) out.push(t);
}

/** The first sentence end (index of the terminator) in a span, or -1. */
export function firstTerminator(text: string, [start, end]: Span): number {
  for (let i = start; i < end; i++) if (isTerminator(text, i)) return i;
  return -1;
}
