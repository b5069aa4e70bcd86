import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../src/extract/targets.js';
import { docOf, num, tokensOf } from './targets.helpers.js';
import type { NumberItem } from '../../src/types.js';

function targets(text: string, date: string | null, numbers: (t: string) => NumberItem[] = () => []) {
  const doc = docOf(text, date);
  return extractTargets(doc, numbers(text), tokensOf(doc));
}
const brief = (ts: ReturnType<typeof targets>) => ts.map((t) => [t.text, t.value, t.deadline]);

describe('targets on other page shapes', () => {
  it('dates a commitment by the year named earlier in the sentence', () => {
    const s = '今年,我们将新建保障性住房2000套,计划改造燃气管网80公里。';
    const t = targets(s, '2026-04-01', (x) => [num(x, '2000套', 2000, '套', 'count'), num(x, '80公里', 80, '公里', 'length')]);
    expect(brief(t)).toEqual([
      ['今年,我们将新建保障性住房2000套', 2000, '2026'],
      ['计划改造燃气管网80公里', 80, '2026'],
    ]);
  });

  it('lets a bare future deadline outweigh an achievement word after it', () => {
    const s = '到2028年,累计培育专精特新企业500家,研发投入强度达到3%。';
    const t = targets(s, '2026-04-01', (x) => [num(x, '500家', 500, '家', 'count'), num(x, '3%', 3, '%', 'percent')]);
    expect(t.map((x) => [x.value, x.deadline])).toEqual([
      [500, '2028'],
      [3, '2028'],
    ]);
  });

  it('leads a dated clause without a figure into the figure that follows', () => {
    const s = '今年我们将实施老旧街区焕新行动,改造街巷45条。';
    const t = targets(s, '2026-04-01', (x) => [num(x, '45条', 45, '条', 'count')]);
    expect(brief(t)).toEqual([['今年我们将实施老旧街区焕新行动,改造街巷45条', 45, '2026']]);
  });

  it('needs a milestone for a dated commitment without a number', () => {
    expect(targets('今年将加快推进一批重大工程。', '2026-04-01')).toEqual([]);
    expect(brief(targets('市档案馆新馆计划于今年10月投入使用。', '2026-04-01'))).toEqual([['市档案馆新馆计划于今年10月投入使用', null, '2026-10']]);
  });

  it('joins a planned figure with the delivery date of the next clause', () => {
    const s = '在园区南侧建设人才公寓900套,预计2028年3月交付。';
    const t = targets(s, '2026-04-01', (x) => [num(x, '900套', 900, '套', 'count')]);
    expect(brief(t)).toEqual([['在园区南侧建设人才公寓900套,预计2028年3月交付', 900, '2028-03']]);
    // not after a statement of what is done
    const u = '一期已于去年投产,年产能40万吨,预计2027年二期投产。';
    expect(targets(u, '2026-04-01', (x) => [num(x, '40万吨', 400000, '吨', 'mass')]).filter((x) => x.value !== null)).toEqual([]);
  });

  it('leaves rules, capacities, shares, starting levels and 届时 figures out', () => {
    const s = '今年计划新增停车位3000个,对每个泊位给予最高5万元补助,可服务居民约8万人。';
    const t = targets(s, '2026-04-01', (x) => [
      num(x, '3000个', 3000, '个', 'count'),
      num(x, '5万元', 50000, '元', 'money'),
      num(x, '8万人', 80000, '人', 'count'),
    ]);
    expect(t.map((x) => x.value)).toEqual([3000]);
    const r = '将日供水能力由20万吨提升至35万吨,占全市总量的四成。';
    expect(
      targets(r, '2026-04-01', (x) => [num(x, '20万吨', 200000, '吨', 'mass'), num(x, '35万吨', 350000, '吨', 'mass'), num(x, '四成', 40, '%', 'percent')]).map((x) => x.value),
    ).toEqual([350000]);
    const b = '预计明年建成通车,届时通勤时间将缩短至25分钟。';
    expect(targets(b, '2026-04-01', (x) => [num(x, '25分钟', 25, '分钟', 'duration')]).map((x) => x.value)).toEqual([null]);
  });

  it('takes a recurring commitment with a floor, without a deadline', () => {
    const s = '市财政每年安排不少于3亿元的专项资金,每季度召开1次座谈会。';
    const t = targets(s, '2026-04-01', (x) => [num(x, '3亿元', 3e8, '元', 'money'), num(x, '1次', 1, '次', 'count')]);
    expect(t.map((x) => [x.value, x.comparator, x.deadline])).toEqual([[3e8, '>=', null]]);
  });
});
