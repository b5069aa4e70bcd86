import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../src/extract/targets.js';
import { docDate, findDeadlines } from '../../src/extract/deadline.js';
import { documentOf, num, tokensOf } from './targets.helpers.js';
import type { Exchange, NumberItem, ParsedDocument, Sentence } from '../../src/types.js';

/**
 * A document cut into sentences at 。 and at line ends (so a heading line is a
 * sentence of its own, as the document stage gives it); lines starting with
 * 问： are questions of exchange q1, the rest body (or answers when a question exists).
 */
function docOf(text: string, date: string | null): ParsedDocument {
  const sentences: Sentence[] = [];
  const exchanges: Exchange[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    while (s < end && /\s/u.test(text[s]!)) s++;
    if (end > s) {
      const question = text.startsWith('问：', s);
      if (question) s += 2;
      const kind = question ? 'question' : exchanges.length > 0 ? 'answer' : 'body';
      if (question) {
        exchanges.push({ id: 'q1', label: '问', question: { span: [s, end], text: text.slice(s, end) }, speaker: null, answer: { span: [end, text.length] }, sections: [] });
      }
      sentences.push({ span: [s, end], kind, exchange: exchanges.length > 0 ? 'q1' : null });
    }
  };
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '。' || text[i] === '？') {
      push(i + 1);
      start = i + 1;
    } else if (text[i] === '\n') {
      push(i);
      start = i + 1;
    }
  }
  push(text.length);
  return documentOf(text, date, sentences, exchanges);
}

function targets(text: string, date: string | null, numbers: (t: string) => NumberItem[] = () => []) {
  const doc = docOf(text, date);
  return extractTargets(doc, numbers(text), tokensOf(doc));
}
const pct = (x: string, s: string, v: number, nth = 0) => num(x, s, v, '%', 'percent', {}, nth);

describe('target shapes: deadlines', () => {
  it('keeps a deadline remnant (前, 底前) out of the metric at either end', () => {
    const [t] = targets('确保地铁3号线年底前开通初期运营。', '2026-01-20');
    expect(t).toMatchObject({ value: null, deadline: '2026' });
    expect(t!.metric).not.toMatch(/^(?:前|底|之前)|前$/u);
    const [u] = targets('2028年前建成口袋公园60个。', '2026-01-20', (x) => [num(x, '60个', 60, '个', 'count')]);
    expect(u).toMatchObject({ value: 60, deadline: '2028', metric: '建成口袋公园' });
  });

  it('a threshold that qualifies what is counted, and a schedule, are no target values', () => {
    const t = targets('到2027年，力争培育营业收入超10亿元的科技领军企业20家。市科技局将每半年开展1次评估。', '2025-03-28', (x) => [
      num(x, '10亿元', 1e9, '元', 'money', { approx: 'over' }),
      num(x, '20家', 20, '家', 'count'),
      num(x, '1次', 1, '次', 'count'),
    ]);
    expect(t.map((x) => [x.value, x.deadline])).toEqual([[20, '2027']]);
    // the size of what is set up stays a target
    const f = targets('下步我们将设立规模超10亿元的科创基金。', '2025-03-28', (x) => [num(x, '10亿元', 1e9, '元', 'money', { approx: 'over' })]);
    expect(f.map((x) => x.value)).toEqual([1e9]);
  });

  it('keeps a dated commitment when the page has no date, its deadline unknown', () => {
    const t = targets('杭温铁路二期预计明年6月建成通车。全市将新建公园5个。', null);
    expect(t.map((x) => [x.metric, x.value, x.deadline])).toEqual([['杭温铁路二期建成通车', null, null]]);
    // with a date the same sentence resolves
    expect(targets('杭温铁路二期预计明年6月建成通车。', '2025-03-05').map((x) => x.deadline)).toEqual(['2026-06']);
  });

  it('tells 到2027年, 2027年前 and 2027年底 apart only by wording, not by year', () => {
    const s = '到2027年，人均公园绿地面积达到16平方米；2027年前建成绿道300公里；预计2027年底建成投用。';
    const t = targets(s, '2026-01-20', (x) => [num(x, '16平方米', 16, '平方米', 'area'), num(x, '300公里', 300, '公里', 'length')]);
    expect(t.map((x) => [x.value, x.deadline])).toEqual([
      [16, '2027'],
      [300, '2027'],
      [null, '2027'],
    ]);
  });

  it('dates 今后三年 by its last year and “十五五”期间 by the plan end', () => {
    const s = '今后三年，新增城市绿道180公里。“十五五”期间，力争常住人口城镇化率提高到72%。';
    const t = targets(s, '2026-01-20', (x) => [num(x, '180公里', 180, '公里', 'length'), pct(x, '72%', 72)]);
    expect(t.map((x) => [x.value, x.deadline])).toEqual([
      [180, '2028'],
      [72, '2030'],
    ]);
    expect(findDeadlines('未来两年', [0, 4], docDate('2026-01-20')).map((d) => d.value)).toEqual(['2027']);
  });

  it('does not read a 前 that opens a span as part of a deadline', () => {
    const s = '今年前三季度';
    expect(findDeadlines(s, [0, s.length], docDate('2026-10-20'))[0]).toMatchObject({ text: '今年' });
  });

  it('does not take 已于今年春季 for a deadline to come', () => {
    expect(targets('城西学校已于今年春季建成投用。', '2026-07-01')).toEqual([]);
  });

  it('takes a dated commitment without a number (年内开工建设)', () => {
    const t = targets('年内开工建设滨河第二污水处理厂。', '2026-01-20');
    expect(t.map((x) => [x.value, x.deadline])).toEqual([[null, '2026']]);
  });
});

describe('target shapes: values', () => {
  it('gives a range two targets: the lower end at least, the upper end at most', () => {
    const s = '今年力争地区生产总值增长5%-6%，争取税收收入增长3%至4%。';
    const t = targets(s, '2026-01-20', (x) => [pct(x, '5%', 5), pct(x, '6%', 6), pct(x, '3%', 3), pct(x, '4%', 4)]);
    expect(t.map((x) => [x.value, x.comparator, x.deadline])).toEqual([
      [5, '>=', '2026'],
      [6, '<=', '2026'],
      [3, '>=', '2026'],
      [4, '<=', '2026'],
    ]);
    expect(t[0]!.metric).toBe('地区生产总值增长');
    expect(t[1]!.metric).toBe('地区生产总值增长');
  });

  it('takes every item of a work-report list of expected targets', () => {
    const s = '今年主要预期目标是：地区生产总值增长5.5%左右；城镇调查失业率控制在5.5%以内；居民消费价格涨幅2%左右。';
    const t = targets(s, '2026-01-20', (x) => [pct(x, '5.5%', 5.5, 0), pct(x, '5.5%', 5.5, 1), pct(x, '2%', 2)]);
    expect(t.map((x) => [x.metric, x.value, x.comparator, x.deadline])).toEqual([
      ['地区生产总值增长', 5.5, '=', '2026'],
      ['城镇调查失业率', 5.5, '<=', '2026'],
      ['居民消费价格涨幅', 2, '=', '2026'],
    ]);
  });

  it('leaves a capacity class out and keeps a money class', () => {
    const s = '今年将开工建设2个5万吨级泊位，培育百亿级产业集群3个。';
    const t = targets(s, '2026-01-20', (x) => [
      num(x, '2个', 2, '个', 'count'),
      num(x, '5万吨', 50000, '吨', 'mass'),
      num(x, '3个', 3, '个', 'count'),
    ]);
    expect(t.map((x) => x.value)).toEqual([2, 3]);
  });
});

describe('target shapes: achievements that look like targets', () => {
  it('reports no target for what was achieved ahead of or above plan', () => {
    const s = [
      '全年新增市场主体1.8万户，已超额完成年度计划。',
      '提前完成“十四五”规划确定的节能目标。',
      '城镇新增就业1.1万人，完成全年目标任务的110%。',
      '地区生产总值增长6.1%，高于年初预期目标0.6个百分点。',
    ].join('');
    const t = targets(s, '2026-01-20', (x) => [
      num(x, '1.8万户', 18000, '户', 'count'),
      num(x, '1.1万人', 11000, '人', 'count'),
      pct(x, '110%', 110),
      pct(x, '6.1%', 6.1),
      num(x, '0.6个百分点', 0.6, '百分点', 'percent'),
    ]);
    expect(t).toEqual([]);
  });
});

describe('target shapes: work-report sections', () => {
  const report = [
    '一、2025年工作回顾',
    '全年改造老旧小区52个，新增学位3000个。',
    '二、2026年工作安排',
    '全年改造老旧小区60个；新建公办幼儿园8所，其中普惠性幼儿园5所；每年安排不少于1亿元的科技创新资金。',
    '全年安排重点项目120个，年度计划投资300亿元。',
  ].join('\n');
  const numbers = (x: string) => [
    num(x, '52个', 52, '个', 'count'),
    num(x, '3000个', 3000, '个', 'count'),
    num(x, '60个', 60, '个', 'count'),
    num(x, '8所', 8, '所', 'count'),
    num(x, '5所', 5, '所', 'count'),
    num(x, '1亿元', 100000000, '元', 'money', { approx: 'over' }),
    num(x, '120个', 120, '个', 'count'),
    num(x, '300亿元', 30000000000, '元', 'money'),
  ];

  it('makes the items under a plan heading targets of its year, and none of the review', () => {
    const t = targets(report, '2026-01-15', numbers);
    expect(t.map((x) => [x.value, x.deadline])).toEqual([
      [60, '2026'],
      [8, '2026'],
      [5, '2026'],
      // a recurring floor keeps no deadline
      [100000000, null],
      // the size of the project list is no target; its planned investment is
      [30000000000, '2026'],
    ]);
  });

  it('dates 年度 by the year named before it in the sentence', () => {
    const s = '明年我们计划实施重点项目50个，年度计划投资200亿元。';
    const t = targets(s, '2025-11-09', (x) => [num(x, '50个', 50, '个', 'count'), num(x, '200亿元', 20000000000, '元', 'money')]);
    expect(t.find((x) => x.value === 20000000000)?.deadline).toBe('2026');
  });
});

describe('target shapes: a target named in the question and restated in the answer', () => {
  it('takes the year the question asks about', () => {
    const s = '问：今年提出新增城镇就业3万人的目标，如何实现？\n围绕3万人的就业目标，我们将实施十项稳岗措施。';
    const t = targets(s, '2026-02-01', (x) => [num(x, '3万人', 30000, '人', 'count', {}, 1)]);
    expect(t.map((x) => [x.value, x.deadline])).toEqual([[30000, '2026']]);
    expect(t[0]!.metric).not.toBe('目标');
  });
});
