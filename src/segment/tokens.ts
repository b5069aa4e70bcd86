import { tag, type SegmenterOptions } from './jieba.js';
import type { ParsedDocument, Span, Token } from '../types.js';

/**
 * Tokens (with POS tags) for every content sentence of the document, in text
 * order, with spans into `doc.text`. One segmenter pass per sentence.
 */
export function tokenizeDocument(doc: ParsedDocument, options: SegmenterOptions = {}): Token[] {
  return tokenizeSpans(doc.text, doc.sentences.map((s) => s.span), options);
}

/** Tokens of `text.slice(span)` for each span, in order, with spans into `text`. */
export function tokenizeSpans(text: string, spans: readonly Span[], options: SegmenterOptions = {}): Token[] {
  const tokens: Token[] = [];
  for (const [start, end] of spans) {
    for (const t of tag(text.slice(start, end), start, options)) tokens.push(t);
  }
  return tokens;
}

/**
 * Tokens in a compact form for passing between threads: `cells` holds start,
 * end and tag number per token; `tags` names the tag numbers. A token's word
 * is always the text its span covers, so it is not sent.
 */
export interface PackedTokens {
  cells: Int32Array;
  tags: string[];
}

export function packTokens(tokens: readonly Token[]): PackedTokens {
  const cells = new Int32Array(tokens.length * 3);
  const tags: string[] = [];
  const tagIds = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let id = tagIds.get(t.tag);
    if (id === undefined) {
      id = tags.length;
      tags.push(t.tag);
      tagIds.set(t.tag, id);
    }
    cells[3 * i] = t.span[0];
    cells[3 * i + 1] = t.span[1];
    cells[3 * i + 2] = id;
  }
  return { cells, tags };
}

/** The tokens `packTokens` packed, their words read back from `text`. */
export function unpackTokens(text: string, packed: PackedTokens): Token[] {
  const { cells, tags } = packed;
  const tokens: Token[] = new Array<Token>(cells.length / 3);
  for (let i = 0; i < tokens.length; i++) {
    const start = cells[3 * i]!;
    const end = cells[3 * i + 1]!;
    tokens[i] = { word: text.slice(start, end), tag: tags[cells[3 * i + 2]!]!, span: [start, end] };
  }
  return tokens;
}
