/**
 * Numbers: every quantity stated in the content sentences, with value, unit,
 * quantity, approx, subject, period, exchange and sentence (annotation.md).
 * Recognition is in number-scan.ts, time scopes in period.ts, subjects in
 * subject.ts; this file walks the sentences and assembles the items.
 */
import { scanSentence, spanMask } from './number-scan.js';
import { docYear, findScopes, scopeFor } from './period.js';
import { subjectOf } from './subject.js';
import { TokenIndex } from './number-tokens.js';
import type { NumberItem, ParsedDocument, Token } from '../types.js';

const COUNT_FORMS = new Set(['big']);
/** How far (characters) a subject phrase may reach from its number. */
const NEAR = 64;

export function extractNumbers(doc: ParsedDocument, tokens: Token[]): NumberItem[] {
  const out: NumberItem[] = [];
  const year = docYear(doc.info.meta.date);
  const sorted = [...tokens].sort((a, b) => a.span[0] - b.span[0]);
  let ti = 0;
  // nothing excluded (most pages): no mask to build
  const excludedMask = doc.excluded.length > 0 ? spanMask(doc.text.length, doc.excluded) : undefined;
  for (const sentence of doc.sentences) {
    const [s, e] = sentence.span;
    while (ti < sorted.length && sorted[ti]!.span[1] <= s) ti++;
    const sTokens: Token[] = [];
    for (let j = ti; j < sorted.length && sorted[j]!.span[0] < e; j++) sTokens.push(sorted[j]!);
    const idx = new TokenIndex(sTokens);
    const found = scanSentence(doc.text, sentence.span, sTokens, doc.excluded, idx, excludedMask);
    if (found.length === 0) continue;
    const scopes = findScopes(doc.text, sentence.span, year);
    let sp = 0;
    const firstAfter = (sc: { span: [number, number] }): number | null => found.find((f) => f.head >= sc.span[1])?.head ?? null;
    let previousEnd = -1;
    let lastSubject: string | null = null;
    for (const f of found) {
      // the scopes near this number (numbers come in text order)
      while (sp < scopes.length && scopes[sp]!.span[1] < f.head - NEAR) sp++;
      const near: [number, number][] = [];
      for (let k = sp; k < scopes.length && scopes[k]!.span[0] < f.tail + NEAR; k++) near.push(scopes[k]!.span);
      const countLike = COUNT_FORMS.has(f.form) || (f.quantity === 'count' && f.form !== 'implied');
      const subject = subjectOf({
        text: doc.text,
        sentence: sentence.span,
        span: f.span,
        head: f.head,
        tail: f.tail,
        countLike,
        rank: f.quantity === 'rank',
        previousEnd,
        scopes: near,
        idx,
      });
      // a list item with nothing of its own (1000家、2800家) shares the subject before it
      const shared: string | null = subject ?? (previousEnd >= 0 && /^[、,，和及与]?$/.test(doc.text.slice(previousEnd, f.head).trim()) ? lastSubject : null);
      lastSubject = shared;
      out.push({
        id: `n${out.length + 1}`,
        text: doc.text.slice(f.span[0], f.span[1]),
        span: f.span,
        value: f.value,
        unit: f.unit,
        quantity: f.quantity,
        approx: f.approx,
        subject: shared,
        period: scopeFor(scopes, f.head, firstAfter),
        exchange: sentence.exchange,
        sentence: sentence.span,
      });
      previousEnd = f.tail;
    }
  }
  return out;
}
