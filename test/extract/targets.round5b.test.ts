import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../src/extract/targets.js';
import { extractNumbers } from '../../src/extract/numbers.js';
import { docDate, findDeadlines } from '../../src/extract/deadline.js';
import { isHeading } from '../../src/extract/target-scope.js';
import { docOf, tokensOf } from './targets.helpers.js';

/** Targets of a one-paragraph answer, with the numbers the number stage finds. */
function targets(text: string, date: string | null) {
  const doc = docOf(text, date);
  const tokens = tokensOf(doc);
  return extractTargets(doc, extractNumbers(doc, tokens), tokens);
}
const brief = (ts: ReturnType<typeof targets>) => ts.map((t) => [t.text, t.value, t.comparator, t.deadline]);
const deadlines = (s: string, iso: string | null) => findDeadlines(s, [0, s.length], docDate(iso)).map((d) => [d.text, d.value, d.future]);

describe('a capacity dated by the completion that delivers it', () => {
  it('makes a capacity followed by its opening date one target', () => {
    expect(brief(targets('该养老中心可提供床位300张，计划明年5月投入使用。', '2024-10-08'))).toEqual([
      ['该养老中心可提供床位300张，计划明年5月投入使用', 300, '=', '2025-05'],
    ]);
    // no date after it: a capacity stays no target
    expect(brief(targets('该养老中心建成后可提供床位300张。', '2024-10-08'))).toEqual([]);
  });

  it('keeps a capacity out when the next clause dates only a step of the works', () => {
    expect(brief(targets('水库可灌溉农田8万亩，预计年底前下闸蓄水。', '2024-10-08'))).toEqual([['预计年底前下闸蓄水', null, null, '2024']]);
    expect(brief(targets('新校区可容纳学生2000名，将于8月底前完工。', '2024-03-08'))).toEqual([['将于8月底前完工', null, null, '2024-08']]);
  });
});

describe('a figure and its date across clauses', () => {
  it('bridges a clause without figure or date between a figure and its date', () => {
    expect(brief(targets('在公园东侧建设便民市场，设置摊位60个，配套停车设施，10月底前建成投入使用。', '2024-06-03'))).toEqual([
      ['设置摊位60个，配套停车设施，10月底前建成投入使用', 60, '=', '2024-10'],
    ]);
  });

  it('reads a bare 月底 as the end of the document month', () => {
    expect(deadlines('月底前建成投入使用', '2024-06-03')).toEqual([['月底前', '2024-06', true]]);
    expect(deadlines('3个月底线', '2024-06-03')).toEqual([]);
    expect(deadlines('每月底公示', '2024-06-03')).toEqual([]);
  });

  it('takes a figure of this year and the finer date after it as one target', () => {
    expect(brief(targets('今年新改造的小区15个，年底前完工。', '2024-06-03'))).toEqual([['今年新改造的小区15个，年底前完工', 15, '=', '2024']]);
  });

  it('gives 当年 after a dated clause the year of that clause', () => {
    const t = brief(targets('新馆预计明年6月建成，当年10月开馆。', '2024-06-03'));
    expect(t.map((x) => x[3])).toEqual(['2025-06', '2025-10']);
    expect(deadlines('当年10月举办首展', '2024-06-03')).toEqual([['当年10月', '2024-10', true]]);
    // with no date before it, 当年 is the document's year
    expect(brief(targets('新馆当年10月开馆。', '2024-06-03')).map((x) => x[3])).toEqual(['2024-10']);
  });
});

describe('dates that are no deadlines', () => {
  it('never takes a past year inside a qualifier for the deadline', () => {
    expect(deadlines('1995年以前建成的住宅', '2024-06-03')).toEqual([]);
    expect(deadlines('2010年建成的厂房', '2024-06-03')).toEqual([]);
    // the current year before a qualifier still dates (今年投产的项目将达到15个)
    expect(brief(targets('今年投产的项目将达到15个。', '2024-06-03')).map((x) => [x[1], x[3]])).toEqual([[15, '2024']]);
    expect(brief(targets('力争到2027年底，全市1995年以前建成的住宅全部完成改造。', '2024-06-03'))).toEqual([
      ['力争到2027年底，全市1995年以前建成的住宅全部完成改造', null, null, '2027'],
    ]);
  });

  it('reads 截至 a month not after the document month as progress', () => {
    expect(deadlines('截至4月底已完成', '2024-04-10')).toEqual([['4月底', '2024-04', false]]);
    expect(deadlines('截至今年底', '2024-04-10')).toEqual([['今年底', '2024', true]]);
    expect(brief(targets('今年计划新建充电桩500个，截至4月底已建成120个。', '2024-04-10'))).toEqual([
      ['今年计划新建充电桩500个', 500, '=', '2024'],
    ]);
  });
});

describe('numbers that are no target values', () => {
  it('leaves out a conditional threshold of a rule', () => {
    expect(brief(targets('评分低于60分的单位，一律约谈主要负责人。', '2024-06-03'))).toEqual([]);
    expect(brief(targets('平台今年9月上线，满意率达不到90%的事项，一律重新办理。', '2024-06-03'))).toEqual([['平台今年9月上线', null, null, '2024-09']]);
  });

  it('ends a heading test at a closing mark inside a bracket: a stage line is no plan heading', () => {
    const text = '（播放短片：这个小区去年就列入了改造计划。）\n今年满意票占41%。';
    const line = { span: [0, 22] as [number, number], kind: 'answer' as const, exchange: null };
    expect(text.slice(0, 22).endsWith('。）')).toBe(true);
    expect(isHeading(text, line)).toBe(false);
  });
});

describe('commitments of money and standing promises', () => {
  it('takes a budget allocated or a sum set aside this year as a target', () => {
    expect(brief(targets('今年市财政安排河道治理资金2000万元。', '2024-06-03'))).toEqual([['今年市财政安排河道治理资金2000万元', 20000000, '=', '2024']]);
    expect(brief(targets('今年县里再拿出5000万元，专项用于农村公路养护。', '2024-06-03')).map((x) => [x[1], x[3]])).toEqual([[50000000, '2024']]);
    expect(brief(targets('去年市财政安排河道治理资金1800万元。', '2024-06-03'))).toEqual([]);
    expect(brief(targets('今年县里拿出了5000万元。', '2024-06-03'))).toEqual([]);
  });

  it('takes 任务是 as a marker', () => {
    expect(brief(targets('今年的任务是新建公园12个。', '2024-06-03')).map((x) => [x[1], x[3]])).toEqual([[12, '2024']]);
  });

  it('keeps a response-time promise after a condition and after 已…安排', () => {
    expect(brief(targets('我们已安排专人值守，遇暴雨20分钟内到场处置。', '2024-06-03'))).toEqual([['遇暴雨20分钟内到场处置', 20, '<=', null]]);
    expect(brief(targets('一旦发生停水，30分钟内赶到现场。', '2024-06-03')).map((x) => [x[1], x[2], x[3]])).toEqual([[30, '<=', null]]);
    // a rule counting from a step of a procedure is no promise
    expect(brief(targets('受理后20个工作日内完成审核。', '2024-06-03'))).toEqual([]);
  });
});
