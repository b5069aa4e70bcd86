import { tag, type SegmenterOptions } from './jieba.js';
import type { ParsedDocument, Token } from '../types.js';

/**
 * Tokens (with POS tags) for every content sentence of the document, in text
 * order, with spans into `doc.text`. One segmenter pass per sentence.
 */
export function tokenizeDocument(doc: ParsedDocument, options: SegmenterOptions = {}): Token[] {
  const tokens: Token[] = [];
  for (const sentence of doc.sentences) {
    const [start, end] = sentence.span;
    for (const t of tag(doc.text.slice(start, end), start, options)) tokens.push(t);
  }
  return tokens;
}
