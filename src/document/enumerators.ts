import type { Span } from '../types.js';

/** Paragraph-opening enumerators: `一、` `(二)` `(三)` `1.` `2、` `(4)` `①`. */
const ENUMERATOR = /^(?:([一二三四五六七八九十]+)、|[(\uFF08]([一二三四五六七八九十]+|\d{1,2})[)\uFF09]|(\d{1,2})[、.\uFF0E](?!\d)|([①-⑳]))/u;

export interface Enumerator {
  /** The label without punctuation: 一, 二, 3, ①. */
  label: string;
  /** The enumerator with its punctuation. */
  span: Span;
  /** Only `一、` style enumerators open a section of an answer. */
  opensSection: boolean;
}

export function readEnumerator(text: string, start: number, end: number): Enumerator | null {
  const m = ENUMERATOR.exec(text.slice(start, Math.min(end, start + 8)));
  if (!m) return null;
  const label = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
  return { label, span: [start, start + m[0].length], opensSection: m[1] !== undefined };
}
