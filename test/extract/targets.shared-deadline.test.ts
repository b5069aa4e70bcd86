import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../src/extract/targets.js';
import { docOf, num, tokensOf } from './targets.helpers.js';
import type { NumberItem } from '../../src/types.js';

function targets(text: string, date: string | null, numbers: (t: string) => NumberItem[] = () => []) {
  const doc = docOf(text, date);
  return extractTargets(doc, numbers(text), tokensOf(doc));
}
const brief = (ts: ReturnType<typeof targets>) => ts.map((t) => [t.text, t.value, t.deadline]);

describe('a list sharing a later deadline', () => {
  it('gives every figure the month of a closing …前全部建成 over the year named before', () => {
    const s = '今年我们将在城西新建绿道8.5公里,增设充电桩900个,10月底前全部建成。';
    const t = targets(s, '2026-03-10', (x) => [num(x, '8.5公里', 8.5, '公里', 'length'), num(x, '900个', 900, '个', 'count')]);
    expect(t.map((x) => [x.value, x.deadline])).toEqual([
      [8.5, '2026-10'],
      [900, '2026-10'],
    ]);
  });

  it('dates an undated first figure by the shared year end', () => {
    const s = '我们将改造农贸市场7个,新增公共厕所四十座,年底前全部完成。';
    const t = targets(s, '2026-03-10', (x) => [num(x, '7个', 7, '个', 'count'), num(x, '四十座', 40, '座', 'count')]);
    expect(t.map((x) => [x.value, x.deadline])).toEqual([
      [7, '2026'],
      [40, '2026'],
    ]);
  });

  it('leaves the earlier figures of a list whose date names no collective word', () => {
    const single = '今年我们将新建口袋公园6个,改造街头绿地12处,9月底前建成。';
    const t = targets(single, '2026-03-10', (x) => [num(x, '6个', 6, '个', 'count'), num(x, '12处', 12, '处', 'count')]);
    expect(t.map((x) => [x.value, x.deadline])).toEqual([
      [6, '2026'],
      [12, '2026-09'],
    ]);
  });

  it('keeps a different year of an earlier figure', () => {
    const s = '明年将新建停车楼3座;我们将增设泊位500个,9月底前全部建成。';
    const t = targets(s, '2026-03-10', (x) => [num(x, '3座', 3, '座', 'count'), num(x, '500个', 500, '个', 'count')]);
    expect(t.map((x) => [x.value, x.deadline])).toEqual([
      [3, '2027'],
      [500, '2026-09'],
    ]);
  });
});

describe('counts and classes that qualify a planned figure', () => {
  it('takes the planned investment, not the count of the projects it is for', () => {
    const s = '全市85个市重点项目年度计划投资620亿元。';
    const t = targets(s, '2026-02-20', (x) => [num(x, '85个', 85, '个', 'count'), num(x, '620亿元', 62000000000, '元', 'money')]);
    expect(t.map((x) => [x.value, x.deadline])).toEqual([[62000000000, '2026']]);
  });

  it('reports no target for a subset counted by a threshold after a planned count', () => {
    const s = '明年计划新开工项目40个,其中投资超5亿元的项目有12个。';
    const t = targets(s, '2026-10-15', (x) => [num(x, '40个', 40, '个', 'count'), num(x, '5亿元', 500000000, '元', 'money'), num(x, '12个', 12, '个', 'count')]);
    expect(t.map((x) => [x.value, x.deadline])).toEqual([[40, '2027']]);
  });

  it('keeps a budget figure but not its change against this year', () => {
    const s = '2027年政府预算中,教育开支预算为42.3亿元,较今年增加3.1%。';
    const t = targets(s, '2026-11-20', (x) => [num(x, '42.3亿元', 4230000000, '元', 'money'), num(x, '3.1%', 3.1, '%', 'percent')]);
    expect(t.map((x) => [x.value, x.deadline])).toEqual([[4230000000, '2027']]);
  });

  it('reads a bare multiplier class as a tier, a class with a figure as a level', () => {
    const tier = targets('今年将培育三大千亿级产业集群。', '2026-03-10', (x) => [num(x, '三大', 3, '个', 'count'), num(x, '千亿', 100000000000, '元', 'money')]);
    expect(tier).toEqual([]);
    const level = targets('今年将培育300亿级新材料产业集群。', '2026-03-10', (x) => [num(x, '300亿', 30000000000, '元', 'money')]);
    expect(level.map((x) => x.value)).toEqual([30000000000]);
  });
});

describe('dated commitments without a number led by a planning action', () => {
  it('dates a planned build by the bare plan period before it', () => {
    const s = '“十五五”期间,我们将谋划建设滨江科创园,推动产业转型。';
    expect(brief(targets(s, '2026-03-10'))).toEqual([['“十五五”期间,我们将谋划建设滨江科创园', null, '2030']]);
  });

  it('takes a dated review as a commitment', () => {
    const s = '市发改委将定期开展督查,并于2027年6月底前对规划实施情况开展评估。';
    expect(brief(targets(s, '2026-03-10'))).toEqual([['并于2027年6月底前对规划实施情况开展评估', null, '2027-06']]);
  });

  it('takes no year statement, unnamed batch or campaign as a commitment', () => {
    expect(targets('今年是“十五五”规划开局之年。', '2026-03-10')).toEqual([]);
    expect(targets('明年我们将谋划储备一批重大项目。', '2026-03-10')).toEqual([]);
    expect(targets('今年将深入实施营商环境优化提升行动。', '2026-03-10')).toEqual([]);
  });
});

describe('a share after a reached level', () => {
  it('takes the share as a second target of the level the first clause reaches', () => {
    const s = '今年全市教育支出将达到12亿元,占财政总支出的20%左右。';
    const t = targets(s, '2026-03-10', (x) => [num(x, '12亿元', 1200000000, '元', 'money'), num(x, '20%', 20, '%', 'percent', { approx: 'about' })]);
    expect(brief(t)).toEqual([
      ['今年全市教育支出将达到12亿元', 1200000000, '2026'],
      ['占财政总支出的20%左右', 20, '2026'],
    ]);
  });

  it('leaves the share of a plain planned budget and a share of progress', () => {
    const budget = '明年预算安排民生支出30亿元,约占一般公共预算支出的七成。';
    const a = targets(budget, '2026-11-20', (x) => [num(x, '30亿元', 3000000000, '元', 'money'), num(x, '七成', 70, '%', 'percent')]);
    expect(a.map((x) => x.value)).toEqual([3000000000]);
    const progress = '今年1-7月,全市完成投资86亿元,占年度计划的58.2%。';
    const b = targets(progress, '2026-08-10', (x) => [num(x, '86亿元', 8600000000, '元', 'money'), num(x, '58.2%', 58.2, '%', 'percent')]);
    expect(b).toEqual([]);
  });
});
