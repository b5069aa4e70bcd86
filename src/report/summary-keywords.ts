/**
 * Top TF-IDF keywords per exchange (jieba's extractor), for the summary.
 * Takes the decoded text and the document's exchanges with UTF-16 spans
 * (as the pipeline holds them, before offsets are converted).
 */
import { keywords } from '../segment/jieba.js';
import type { ParsedDocument } from '../types.js';

/** Words worth showing: not numerals, not single characters, not punctuation. */
function isTopical(word: string): boolean {
  return [...word].length >= 2 && !/[\d０-９.%．]/u.test(word) && /\p{L}/u.test(word);
}

function candidates(text: string, n: number): string[] {
  if (text.trim() === '' || n <= 0) return [];
  return keywords(text, n * 3)
    .map((k) => k.word)
    .filter(isTopical);
}

/**
 * Keywords per exchange id; a document without exchanges gets one entry under
 * null. With several exchanges, words near the top of every one of them (the
 * city's name, 打造, 建设) say nothing about any one, and are left out.
 */
export function exchangeKeywords(doc: ParsedDocument, n: number): Map<string | null, string[]> {
  const out = new Map<string | null, string[]>();
  if (n <= 0) return out;
  const { text } = doc;
  if (doc.info.exchanges.length === 0) {
    out.set(null, candidates(doc.sentences.map((s) => text.slice(s.span[0], s.span[1])).join('\n'), n).slice(0, n));
    return out;
  }
  const lists = doc.info.exchanges.map((ex) => {
    const question = ex.question ? text.slice(ex.question.span[0], ex.question.span[1]) : '';
    return [ex.id, candidates(`${question}\n${text.slice(ex.answer.span[0], ex.answer.span[1])}`, n)] as const;
  });
  const everywhere = (word: string) => lists.length > 1 && lists.every(([, words]) => words.includes(word));
  for (const [id, words] of lists) out.set(id, words.filter((w) => !everywhere(w)).slice(0, n));
  return out;
}
