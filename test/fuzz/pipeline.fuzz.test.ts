/**
 * Reliability of the whole pipeline on hostile text (analyzeText): random
 * Unicode, very long lines, megabytes of digits, deeply nested brackets,
 * unbalanced quotes. Nothing throws but a JieduError for input that is not
 * text; every span lies inside the text; every item's text is its slice.
 * Large inputs run once each: a catastrophic regex would blow the test timeout.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeText } from '../../src/pipeline.js';
import { loadSegmenter } from '../../src/segment/jieba.js';
import { looksLikeHtml } from '../../src/io/html.js';
import type { Result, Span } from '../../src/types.js';

beforeAll(() => loadSegmenter());

/** Every span of a result, with the text it must slice to when the result names one. */
function spans(result: Result): { span: Span; text?: string }[] {
  const out: { span: Span; text?: string }[] = [];
  for (const ex of result.document.exchanges) {
    if (ex.question) out.push(ex.question);
    out.push(ex.answer);
    for (const s of ex.sections) out.push({ span: s.span }, { span: s.heading_span, text: s.heading });
  }
  for (const x of result.numbers) {
    out.push(x, { span: x.sentence });
    if (x.period) out.push(x.period);
  }
  out.push(...result.targets);
  for (const p of result.projects) out.push(...p.mentions);
  return out;
}

function check(text: string): Result {
  const result = analyzeText(text, 'fuzz.txt');
  // code points split once (sliceCodePoints splits the whole text per call: quadratic on a 1 MB line)
  const points = [...text];
  const length = points.length;
  // one assertion over all items (one expect per item is slow on the 1 MB line's 100,000 items)
  const bad = spans(result).filter((item) => {
    const [start, end] = item.span;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > length) return true;
    return item.text !== undefined && points.slice(start, end).join('') !== item.text;
  });
  expect(bad.slice(0, 5)).toEqual([]);
  return result;
}

/** Text that reaches the parser as itself: non-empty, no leading BOM, not an HTML document, no C0 controls. */
const asText = (s: string): string => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/^\ufeff+/, '');
const usable = (s: string): boolean => s.length > 0 && !looksLikeHtml(s);

const transcriptPiece = fc.constantFrom(
  '问题一:', '答:', '记者:', '主持人:', '市长 张某回答记者提问:', '一、', '(二)', '1.', '\n', '\r\n', '\n\n', '。', ',', '、', ';',
  '“', '”', '"', "'", '《', '》', '(', ')', '(', ')', '【', '】', '近三年', '今年', '力争', '突破', '超', '约', '以上', '左右',
  '5.6亿元', '1,300个', '百分之十七点六', '３０％', '第11位', '万吨', '平方公里', '家', '大桥', '高速公路', '基金', '𠮷', '😀', '\u3000', '0',
);

describe('pipeline fuzz', () => {
  it('random Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 400 }).map(asText).filter(usable), (text) => {
        check(text);
      }),
      { numRuns: 300 },
    );
  });

  it('random bytes never escape as anything but a JieduError', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }), (text) => {
        try {
          analyzeText(text);
        } catch (err) {
          expect((err as Error).name).toBe('JieduError');
        }
      }),
      { numRuns: 200 },
    );
  });

  it('transcript-shaped noise, nested brackets and unbalanced quotes', () => {
    const nested = fc.tuple(fc.integer({ min: 1, max: 200 }), fc.constantFrom('()', '()', '【】', '《》', '“”', '[]')).map(
      ([depth, pair]) => `${pair[0]!.repeat(depth)}力争突破1000家${pair[1]!.repeat(depth)}`,
    );
    const unbalanced = fc.array(fc.constantFrom('“', '”', '"', '《', '(', ')', '近三年增长超25%'), { minLength: 1, maxLength: 80 }).map((a) => a.join(''));
    const text = fc.array(fc.oneof(transcriptPiece, nested, unbalanced, fc.string({ maxLength: 5 })), { minLength: 1, maxLength: 80 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text.map(asText).filter(usable), (t) => {
        check(t);
      }),
      { numRuns: 300 },
    );
  });

  // 1 MB with no line break or full stop: one sentence holding ~56,000 numbers. The target and project
  // extractors index a sentence's numbers, tokens and clauses by position, so this stays linear.
  it('a very long line (1 MB, no line break)', { timeout: 180_000 }, () => {
    const line = '近三年财政累计补助5.6亿元,实施技改项目超1300个;“新十条”(试行)'.repeat(28_000);
    expect(line.length).toBeGreaterThan(1_000_000);
    check(line);
  });

  it('10 MB of digits', { timeout: 180_000 }, () => {
    const digits = '1234567890'.repeat(1_000_000);
    check(digits);
  });

  it('deep nesting and a flood of unmatched quotes', () => {
    check(`${'('.repeat(100_000)}一${')'.repeat(100_000)}`);
    check(`问题一:${'“'.repeat(100_000)}力争今年突破1000家。\n答:${'《'.repeat(100_000)}`);
  });
});
