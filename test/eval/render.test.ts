import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import stringWidth from 'string-width';
import { parseGold } from '../../src/eval/gold.js';
import { combineScores, scoreDocument } from '../../src/eval/score.js';
import { evaluationJson, renderEvaluation, sentenceAround } from '../../src/eval/render.js';
import { checkThresholds, parseThresholds } from '../../src/eval/thresholds.js';
import { makeChalk } from '../../src/report/color.js';
import type { EvaluationReport } from '../../src/eval/run.js';

const goldPath = 'fixtures/yueqing-2022-09-16.gold.yaml';
const gold = parseGold(readFileSync(goldPath, 'utf8'), goldPath);
const text = readFileSync('fixtures/yueqing-2022-09-16.txt', 'utf8');

function report(): EvaluationReport {
  // the prediction lacks n4 (5.6亿元) and has one invented number
  const predicted = { ...gold, numbers: [...gold.numbers.filter((n) => n.id !== 'n4'), { ...gold.numbers[0]!, span: [0, 2] as [number, number], text: '虚构', value: 42 }] };
  const score = scoreDocument(gold, predicted);
  return { files: [{ gold: goldPath, source: 'fixtures/yueqing-2022-09-16.txt', prediction: 'p', score, text, warnings: [] }], total: combineScores([score]) };
}

describe('eval output', () => {
  it('--verbose lists the missed item with its sentence, and the spurious one', () => {
    const out = renderEvaluation(report(), [], { width: 80, chalk: makeChalk(0), verbose: true });
    expect(out).toMatch(/missed number {2}5\.6亿元 \[624,629\) = 560000000 元\n\s+.*近三年.*5\.6亿元/);
    expect(out).toContain('spurious number  虚构 [0,2) = 42');
  });

  it('tables fit the width; thresholds print ok / FAIL', () => {
    const r = report();
    const checks = checkThresholds(r.total, parseThresholds('numbers=0.999, targets=0.9'));
    expect(checks.map((c) => c.ok)).toEqual([false, true]);
    const out = renderEvaluation(r, checks, { width: 80, chalk: makeChalk(0) });
    expect(out).toMatch(/FAIL {2}numbers F1 0\.\d{4} < 0\.999/);
    expect(out).toMatch(/ok {4}targets F1 1\.0000 ≥ 0\.9/);
    for (const line of out.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(80);
  });

  it('--format json carries counts, misses and the verdict', () => {
    const r = report();
    const json = JSON.parse(evaluationJson(r, checkThresholds(r.total, { numbers: 0.999 }))) as {
      ok: boolean;
      files: { counts: { numbers: { fn: number; fp: number } }; missed: { numbers: { text: string }[] } }[];
    };
    expect(json.ok).toBe(false);
    expect(json.files[0]!.counts.numbers).toMatchObject({ fn: 1, fp: 1 });
    expect(json.files[0]!.missed.numbers.map((n) => n.text)).toEqual(['5.6亿元']);
  });

  it('sentenceAround stops at sentence ends', () => {
    const chars = [...'第一句。第二句有数字5个,还有;第三句'];
    expect(sentenceAround(chars, [11, 13])).toBe('第二句有数字5个,还有;');
  });
});
