import { tokenizeDocument } from '../../src/segment/tokens.js';
import { extractNumbers } from '../../src/extract/numbers.js';
import { extractProjects } from '../../src/extract/projects.js';
import type { Exchange, NumberItem, ParsedDocument, ProjectItem, Quantity, Sentence, Token } from '../../src/types.js';

/** A one-paragraph document: every 。-sentence is an answer of exchange q1. */
export function docOf(text: string, date: string | null): ParsedDocument {
  const sentences: Sentence[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '。' || i === text.length - 1) {
      sentences.push({ span: [start, i + 1], kind: 'answer', exchange: 'q1' });
      start = i + 1;
    }
  }
  return documentOf(text, date, sentences);
}

/** A parsed document made by hand from its sentences (and exchanges), no title or info block. */
export function documentOf(text: string, date: string | null, sentences: Sentence[], exchanges: Exchange[] = []): ParsedDocument {
  return {
    text,
    folded: text,
    titleSpan: null,
    excluded: [],
    sentences,
    info: { title: null, breadcrumb: [], meta: { index_no: null, topic: null, publisher: null, date, validity: null }, exchanges },
  };
}

/** A number by hand: the `nth` occurrence of `surface` in the text. */
export function num(text: string, surface: string, value: number, unit: string, quantity: Quantity, extra: Partial<NumberItem> = {}, nth = 0): NumberItem {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(surface, at + 1);
  if (at < 0) throw new Error(`${surface} not in text`);
  return {
    id: extra.id ?? `n_${at}`,
    text: surface,
    span: [at, at + surface.length],
    value,
    unit,
    quantity,
    approx: null,
    subject: null,
    period: null,
    exchange: 'q1',
    sentence: [0, text.length],
    ...extra,
  };
}

export function tokensOf(doc: ParsedDocument): Token[] {
  return tokenizeDocument(doc);
}

/** The projects of a document, with the tokens and numbers the pipeline would give them. */
export function projectsIn(doc: ParsedDocument): ProjectItem[] {
  const tokens = tokensOf(doc);
  return extractProjects(doc, extractNumbers(doc, tokens), tokens);
}
