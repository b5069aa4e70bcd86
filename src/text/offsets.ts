import type { Span } from '../types.js';

/**
 * Converts UTF-16 code-unit offsets (what JS string methods use) into Unicode
 * code-point offsets (what jiedu/v1 promises). Built once per document; when
 * the text has no astral characters the two are the same and no table is kept.
 */
export interface OffsetMapper {
  toCodePoint(index: number): number;
  span(span: Span): Span;
}

export function makeOffsetMapper(text: string): OffsetMapper {
  let hasAstral = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      hasAstral = true;
      break;
    }
  }
  if (!hasAstral) {
    return { toCodePoint: (i) => i, span: (s) => [s[0], s[1]] };
  }
  // table[i] = number of code points in text.slice(0, i)
  const table = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = cp;
    const c = text.charCodeAt(i);
    const isHigh = c >= 0xd800 && c <= 0xdbff;
    const next = text.charCodeAt(i + 1);
    if (isHigh && next >= 0xdc00 && next <= 0xdfff) {
      table[i + 1] = cp; // a span never starts inside a pair; map it to the pair's start
      i++;
    }
    cp++;
  }
  table[text.length] = cp;
  const toCodePoint = (i: number): number => table[Math.max(0, Math.min(i, text.length))] ?? cp;
  return { toCodePoint, span: (s) => [toCodePoint(s[0]), toCodePoint(s[1])] };
}

/** Slices by code-point offsets: the check every output item must pass. */
export function sliceCodePoints(text: string, span: Span): string {
  return [...text].slice(span[0], span[1]).join('');
}
