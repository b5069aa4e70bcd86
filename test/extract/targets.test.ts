import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../src/extract/targets.js';
import { docOf, num, tokensOf } from './targets.helpers.js';
import type { NumberItem } from '../../src/types.js';

function targets(text: string, date: string | null, numbers: (t: string) => NumberItem[]) {
  const doc = docOf(text, date);
  return extractTargets(doc, numbers(text), tokensOf(doc));
}

describe('targets', () => {
  it('takes one target per value of a list, with its own metric', () => {
    const t = targets('高新技术企业、科技型中小企业力争今年分别突破1000家、2800家。', '2022-09-16', (s) => [
      num(s, '1000家', 1000, '家', 'count', { id: 'a' }),
      num(s, '2800家', 2800, '家', 'count', { id: 'b' }),
    ]);
    expect(t.map((x) => [x.value, x.metric, x.comparator, x.deadline, x.number])).toEqual([
      [1000, '高新技术企业', '>=', '2022', 'a'],
      [2800, '科技型中小企业', '>=', '2022', 'b'],
    ]);
    expect(t[0]!.text).toBe('高新技术企业、科技型中小企业力争今年分别突破1000家、2800家');
  });

  it('reads a work report target with the document year', () => {
    const t = targets('2023年要确保地区生产总值增长6%左右。', '2023-01-05', (s) => [num(s, '6%', 6, '%', 'percent', { approx: 'about' })]);
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ value: 6, unit: '%', comparator: '=', deadline: '2023' });
  });

  it('gives a dated commitment without a number value null', () => {
    const t = targets('力争到2025年建成省级高新园区。', '2023-01-05', () => []);
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ value: null, number: null, deadline: '2025', text: '力争到2025年建成省级高新园区' });
    const s = '今年8月市域铁路S2线一期主线工程全线轨通、明年8月底将建成通车。';
    const u = targets(s, '2022-09-16', () => []);
    expect(u.map((x) => [x.text, x.deadline])).toEqual([['明年8月底将建成通车', '2023-08']]);
  });

  it('carries a bare deadline clause into the next one', () => {
    const t = targets('下步,我们将推进一批重大项目建设,力争到2026年,实现港口吞吐量突破5000万吨。', '2022-09-16', (s) => [
      num(s, '5000万吨', 50000000, '吨', 'mass'),
    ]);
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ value: 50000000, deadline: '2026', comparator: '>=', metric: '港口吞吐量' });
    expect(t[0]!.text).toBe('力争到2026年,实现港口吞吐量突破5000万吨');
  });

  it('does not take achievements', () => {
    expect(targets('近三年财政累计补助5.6亿元、年均增长超25%。', '2022-09-16', (s) => [num(s, '5.6亿元', 5.6e8, '元', 'money')])).toEqual([]);
    expect(targets('土地方面,近五年,争取用地指标1.5万亩。', '2022-09-16', (s) => [num(s, '1.5万亩', 15000, '亩', 'area')])).toEqual([]);
    expect(
      targets('2022年,全市实施重大项目286个,完成年度计划的112.4%,产业项目投资占比达到46.3%。', '2023-03-15', (s) => [
        num(s, '286个', 286, '个', 'count'),
        num(s, '112.4%', 112.4, '%', 'percent'),
        num(s, '46.3%', 46.3, '%', 'percent'),
      ]),
    ).toEqual([]);
  });

  it('answers of a press conference: planned figures, ceilings and attributes', () => {
    const s = '今年全市计划新增学位2.4万个,将城镇调查失业率控制在5.5%以内,总投资120亿元的华芯项目将于4月开工。';
    const t = targets(s, '2023-03-15', (x) => [
      num(x, '2.4万个', 24000, '个', 'count'),
      num(x, '5.5%', 5.5, '%', 'percent'),
      num(x, '120亿元', 1.2e10, '元', 'money'),
    ]);
    expect(t.map((x) => [x.value, x.comparator, x.deadline])).toEqual([
      [24000, '=', '2023'],
      [5.5, '<=', '2023'],
      [null, null, '2023-04'],
    ]);
  });

  it('takes 有望 as a marker and 降至 as a ceiling', () => {
    const t = targets('明年单位GDP能耗有望降至0.4吨标准煤。', '2022-09-16', (s) => [num(s, '0.4吨', 0.4, '吨', 'mass')]);
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ comparator: '<=', deadline: '2023' });
  });

  it('leaves a vague aim with neither number nor date alone', () => {
    expect(targets('接下来,我们将全力打造创业创新高地。', '2022-09-16', () => [])).toEqual([]);
  });

  it('never returns a span whose text differs from the source', () => {
    const s = '“十四五”期间力争创成国家级产业创新平台2个、新增孵化空间100万平方米以上,更好推动产业集群式创新。';
    const t = targets(s, '2022-09-16', (x) => [num(x, '2个', 2, '个', 'count'), num(x, '100万平方米', 1e6, '平方米', 'area', { approx: 'over' })]);
    expect(t.map((x) => x.deadline)).toEqual(['2025', '2025']);
    for (const x of t) expect(s.slice(...x.span)).toBe(x.text);
    expect(t[1]!.comparator).toBe('>=');
  });
});
