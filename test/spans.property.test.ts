/**
 * The span contract of jiedu/v1: every item's `text` is the source sliced by
 * its span, in code points, over every fixture and over generated input.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { analyzeDetailed } from '../src/pipeline.js';
import { JieduError } from '../src/errors.js';
import { sliceCodePoints } from '../src/text/offsets.js';
import type { Result, Span } from '../src/types.js';

const fixturesDir = new URL('../fixtures/', import.meta.url);

function spannedTexts(result: Result): { what: string; span: Span; text: string }[] {
  const out: { what: string; span: Span; text: string }[] = [];
  for (const ex of result.document.exchanges) {
    if (ex.question) out.push({ what: `${ex.id} question`, span: ex.question.span, text: ex.question.text });
    for (const s of ex.sections) out.push({ what: `${ex.id} section ${s.label}`, span: s.heading_span, text: s.heading });
  }
  for (const n of result.numbers) {
    out.push({ what: n.id, span: n.span, text: n.text });
    if (n.period) out.push({ what: `${n.id} period`, span: n.period.span, text: n.period.text });
  }
  for (const t of result.targets) out.push({ what: t.id, span: t.span, text: t.text });
  for (const p of result.projects) for (const m of p.mentions) out.push({ what: `${p.id} mention`, span: m.span, text: m.text });
  return out;
}

function allSpans(result: Result): Span[] {
  const spans: Span[] = spannedTexts(result).map((x) => x.span);
  for (const ex of result.document.exchanges) {
    spans.push(ex.answer.span);
    for (const s of ex.sections) spans.push(s.span);
  }
  for (const n of result.numbers) spans.push(n.sentence);
  return spans;
}

function checkResult(result: Result, decoded: string): void {
  const length = [...decoded].length;
  for (const span of allSpans(result)) {
    expect(span[0]).toBeGreaterThanOrEqual(0);
    expect(span[1]).toBeGreaterThanOrEqual(span[0]);
    expect(span[1]).toBeLessThanOrEqual(length);
  }
  for (const item of spannedTexts(result)) {
    expect(sliceCodePoints(decoded, item.span), item.what).toBe(item.text);
  }
}

const inputs = readdirSync(fixturesDir).filter((f) => /\.(txt|html?)$/.test(f));

describe('spans over the fixtures', () => {
  it.each(inputs)('%s: every text equals its code-point slice', (name) => {
    const bytes = readFileSync(new URL(name, fixturesDir));
    const { doc, result } = analyzeDetailed({ path: name, bytes });
    checkResult(result, doc.text);
    expect(result.numbers.length + result.document.exchanges.length).toBeGreaterThan(0);
  });
});

describe('spans over generated input', () => {
  // transcript-like text: turn labels, numerals, units, quotes, astral characters
  const pieces = fc.constantFrom(
    '问题一:', '答:', '记者:', '市长 张某回答记者提问:', '一、', '(二)', '\n', '\r\n', '\n\n', '。', ',', '、', ';', '?',
    '“', '”', '《', '》', '近三年', '今年', '明年8月底', '力争', '将', '突破', '超', '约', '以上', '左右',
    '5.6亿元', '1,300个', '百分之十七点六', '3‰', '两大', '第11位', '１２３', '万吨', '平方公里', '家', '项',
    '高速公路', '大桥', '研究院', '基金', '𠮷', '😀', '\u00a0', '\u3000', '  • ', '0',
  );
  const texts = fc.array(fc.oneof(pieces, fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 60 }).map((a) => a.join(''));

  it('never throws and keeps every span inside the text and true to it', () => {
    fc.assert(
      fc.property(texts, (text) => {
        let analysis;
        try {
          analysis = analyzeDetailed({ path: 'generated.txt', bytes: new TextEncoder().encode(text) });
        } catch (err) {
          // the only acceptable failure: a one-line input error (an empty or binary file)
          expect(err).toBeInstanceOf(JieduError);
          expect((err as JieduError).message).not.toContain('\n');
          return;
        }
        checkResult(analysis.result, analysis.doc.text);
      }),
      { numRuns: 300 },
    );
  });
});
