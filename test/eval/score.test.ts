import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseGold, type Gold } from '../../src/eval/gold.js';
import { combineScores, prf, scoreDocument, valuesEqual } from '../../src/eval/score.js';
import { normaliseName, projectNamesMatch } from '../../src/eval/names.js';

const seedPath = 'fixtures/yueqing-2022-09-16.gold.yaml';
const seed = (): Gold => parseGold(readFileSync(seedPath, 'utf8'), seedPath);
const required = (items: readonly { optional?: boolean }[]): { optional?: boolean }[] => items.filter((x) => !x.optional);

function num(start: number, end: number, value: number, extra: Record<string, unknown> = {}) {
  return { text: 'x', span: [start, end] as [number, number], value, unit: '个', quantity: 'count', approx: null, ...extra };
}
function project(name: string, extra: Record<string, unknown> = {}) {
  return { name, category: 'road', status: 'planned', ...extra };
}
const empty = { numbers: [], targets: [], projects: [] };

describe('scoreDocument', () => {
  it('scores a gold against itself with F1 = 1 on every kind and full field accuracy', () => {
    const gold = seed();
    const combined = combineScores([scoreDocument(gold, gold)]);
    for (const kind of ['numbers', 'targets', 'projects'] as const) {
      expect(combined.scores[kind]).toEqual({ precision: 1, recall: 1, f1: 1 });
      expect(combined.counts[kind].tp).toBe(required(gold[kind]).length);
    }
    expect(combined.attributes.unit.accuracy).toBe(1);
    expect(combined.attributes.status.accuracy).toBe(1);
    expect(combined.meta.accuracy).toBe(1);
    expect(combined.exchanges.accuracy).toBe(1);
    expect(combined.exchanges.total).toBeGreaterThan(10);
  });

  it('removing one required item lowers recall by exactly 1/N and keeps precision at 1', () => {
    const gold = seed();
    for (const kind of ['numbers', 'targets', 'projects'] as const) {
      const n = required(gold[kind]).length;
      const items: readonly { optional?: boolean }[] = gold[kind];
      const index = items.findIndex((x) => !x.optional);
      const predicted = { ...gold, [kind]: items.filter((_, i) => i !== index) };
      const s = combineScores([scoreDocument(gold, predicted)]).scores[kind];
      expect(s.recall).toBeCloseTo(1 - 1 / n, 12);
      expect(s.precision).toBe(1);
    }
  });

  it('an optional gold item missing is not counted, and finding it is not counted either', () => {
    const gold = { ...empty, numbers: [num(0, 2, 5), num(10, 12, 7, { optional: true })] };
    const without = scoreDocument(gold, { ...empty, numbers: [num(0, 2, 5)] });
    expect(without.counts.numbers).toEqual({ tp: 1, fp: 0, fn: 0 });
    const withIt = scoreDocument(gold, { ...empty, numbers: [num(0, 2, 5), num(10, 12, 7)] });
    expect(withIt.counts.numbers).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('numbers need overlapping spans and equal values; identical spans are paired first', () => {
    const gold = { ...empty, numbers: [num(10, 15, 3)] };
    expect(scoreDocument(gold, { ...empty, numbers: [num(12, 20, 3)] }).counts.numbers.tp).toBe(1);
    expect(scoreDocument(gold, { ...empty, numbers: [num(15, 20, 3)] }).counts.numbers).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(scoreDocument(gold, { ...empty, numbers: [num(10, 15, 4)] }).counts.numbers).toEqual({ tp: 0, fp: 1, fn: 1 });
    // two predictions overlap the gold: the identical one is paired, the other is spurious
    const s = scoreDocument(gold, { ...empty, numbers: [num(8, 12, 3, { unit: '家' }), num(10, 15, 3)] });
    expect(s.counts.numbers).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(s.attributes.unit).toEqual({ correct: 1, total: 1 });
    // each gold matches at most one prediction
    expect(scoreDocument(gold, { ...empty, numbers: [num(10, 15, 3), num(10, 15, 3)] }).counts.numbers).toEqual({ tp: 1, fp: 1, fn: 0 });
  });

  it('values compare with a relative tolerance of 1e-9', () => {
    expect(valuesEqual(0.1 + 0.2, 0.3)).toBe(true);
    expect(valuesEqual(560000000, 560000000 * (1 + 1e-12))).toBe(true);
    expect(valuesEqual(100, 100.001)).toBe(false);
    expect(valuesEqual(null, null)).toBe(true);
    expect(valuesEqual(null, 0)).toBe(false);
  });

  it('targets need overlap, equal value (or both null) and equal deadline (or both null)', () => {
    const t = (s: number, e: number, value: number | null, deadline: string | null) => ({ text: 't', span: [s, e] as [number, number], value, deadline });
    const gold = { ...empty, targets: [t(0, 10, 1000, '2022'), t(20, 30, null, '2023-08')] };
    expect(scoreDocument(gold, { ...empty, targets: [t(2, 8, 1000, '2022'), t(25, 40, null, '2023-08')] }).counts.targets).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(scoreDocument(gold, { ...empty, targets: [t(0, 10, 1000, null), t(20, 30, 5, '2023-08')] }).counts.targets).toEqual({ tp: 0, fp: 2, fn: 2 });
  });

  it('attribute accuracies count unit, quantity, approx over matched numbers and status over matched projects', () => {
    const gold = { ...empty, numbers: [num(0, 2, 1), num(5, 7, 2, { approx: 'over' })], projects: [project('甲大桥', { status: 'completed' })] };
    const predicted = { ...empty, numbers: [num(0, 2, 1, { quantity: 'rank' }), num(5, 7, 2)], projects: [project('甲大桥')] };
    const s = scoreDocument(gold, predicted);
    expect(s.attributes.quantity).toEqual({ correct: 1, total: 2 });
    expect(s.attributes.approx).toEqual({ correct: 1, total: 2 });
    expect(s.attributes.unit).toEqual({ correct: 2, total: 2 });
    expect(s.attributes.status).toEqual({ correct: 0, total: 1 });
  });
});

describe('project names', () => {
  it('normalising drops quotes, brackets and white space', () => {
    expect(normaliseName('数字经济“一号工程” 升级版')).toBe('数字经济一号工程升级版');
    expect(normaliseName('《乐清市人才新政》(2022)')).toBe('乐清市人才新政2022');
  });

  it('containment matches when the shorter is at least 60% of the longer', () => {
    expect(projectNamesMatch('瓯江北口大桥', '瓯江北口大桥')).toBe(1);
    expect(projectNamesMatch('北口大桥', '瓯江大桥')).toBeNull(); // not contained
    // 3 of 5 characters: exactly 60%
    expect(projectNamesMatch('一二三', '一二三四五')).toBeCloseTo(0.6);
    expect(projectNamesMatch('一二三', '一二三四五六')).toBeNull(); // 50%
    expect(projectNamesMatch('一二三四五六', '二三四五')).toBeCloseTo(4 / 6);
  });

  it('matches any alias; exact matches are paired before containment', () => {
    const gold = { ...empty, projects: [project('数字经济“新十条”', { aliases: ['新十条'] }), project('甬台温高速复线')] };
    const s = scoreDocument(gold, { ...empty, projects: [project('新十条'), project('甬台温高速复线乐清段')] });
    expect(s.counts.projects).toEqual({ tp: 2, fp: 0, fn: 0 });
    // '一二三四' is contained in both golds; the exact prediction takes the first, the looser one the second
    const g2 = { ...empty, projects: [project('一二三四五'), project('一二三四')] };
    const s2 = scoreDocument(g2, { ...empty, projects: [project('一二三四'), project('一二三四五')] });
    expect(s2.details.projects.matched.map((m) => [m.gold.name, m.predicted.name])).toEqual([
      ['一二三四五', '一二三四五'],
      ['一二三四', '一二三四'],
    ]);
  });

  it('a too-short containment is spurious and missed', () => {
    const s = scoreDocument({ ...empty, projects: [project('乐清湾港区铁路支线')] }, { ...empty, projects: [project('铁路')] });
    expect(s.counts.projects).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
});

describe('combineScores', () => {
  it('micro-averages: counts are summed before P/R/F1', () => {
    const a = scoreDocument({ ...empty, numbers: [num(0, 1, 1)] }, { ...empty, numbers: [num(0, 1, 1)] });
    const b = scoreDocument({ ...empty, numbers: [num(0, 1, 1), num(2, 3, 1), num(4, 5, 1)] }, empty);
    const c = combineScores([a, b]);
    expect(c.counts.numbers).toEqual({ tp: 1, fp: 0, fn: 3 });
    expect(c.scores.numbers.recall).toBe(0.25);
    expect(c.files).toBe(2);
  });

  it('an empty prediction against a real gold scores 0; empty against empty scores 1', () => {
    expect(prf({ tp: 0, fp: 0, fn: 4 })).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});

describe('meta and exchanges', () => {
  it('counts a wrong meta field and a missing exchange field', () => {
    const gold = seed();
    const predicted = structuredClone(gold);
    predicted.document!.meta!.publisher = '别的机构';
    predicted.document!.exchanges!.pop();
    const s = scoreDocument(gold, predicted);
    expect(s.meta).toEqual({ correct: 4, total: 5 });
    expect(s.exchanges.correct).toBeLessThan(s.exchanges.total);
    expect(s.fieldErrors).toContain('meta.publisher: "市政府办公室" ≠ "别的机构"');
  });
});
