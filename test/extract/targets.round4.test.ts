import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../src/extract/targets.js';
import { docDate, findDeadlines } from '../../src/extract/deadline.js';
import { docOf, num, tokensOf } from './targets.helpers.js';
import type { NumberItem } from '../../src/types.js';

function targets(text: string, date: string | null, numbers: (t: string) => NumberItem[] = () => []) {
  const doc = docOf(text, date);
  return extractTargets(doc, numbers(text), tokensOf(doc));
}
const brief = (ts: ReturnType<typeof targets>) => ts.map((t) => [t.value, t.comparator, t.deadline]);
const deadlines = (s: string, iso: string | null) => findDeadlines(s, [0, s.length], docDate(iso)).map((d) => [d.text, d.value, d.future]);

describe('near deadlines against the document date', () => {
  it('resolves today, tomorrow, this week and this month', () => {
    expect(deadlines('今天下午就派人上门', '2026-04-08')).toEqual([['今天下午', '2026-04-08', true]]);
    expect(deadlines('明天安排人员检修', '2026-04-30')).toEqual([['明天', '2026-05-01', true]]);
    // 2026-04-08 is a Wednesday: the week ends on Sunday the 12th
    expect(deadlines('本周内给您回复', '2026-04-08')).toEqual([['本周内', '2026-04-12', true]]);
    expect(deadlines('本月底前完成整改', '2026-04-08')).toEqual([['本月底前', '2026-04', true]]);
    expect(deadlines('本月内办结', '2026-04-08')).toEqual([['本月内', '2026-04', true]]);
  });

  it('takes a bare 今天 for the day of speaking, not a deadline', () => {
    expect(deadlines('今天来到直播间的是市交通局局长', '2026-04-08')).toEqual([]);
    expect(deadlines('本月以来共受理投诉120件', '2026-04-08')).toEqual([]);
  });

  it('gives no value without a day in the document date', () => {
    expect(deadlines('今天下午派人上门', '2026-04')).toEqual([['今天下午', null, true]]);
  });
});

describe('hotline promises', () => {
  it('dates a follow-up action by a near deadline, with no value', () => {
    const t = targets('我们马上联系街道，今天下午就派人到现场查看。', '2026-04-08');
    expect(brief(t)).toEqual([[null, null, '2026-04-08']]);
    expect(brief(targets('管道的抢修由水务公司负责，本月底前完成维修。', '2026-04-08'))).toEqual([[null, null, '2026-04']]);
  });

  it('makes a response time a target of its own: the duration, at most, undated', () => {
    const s = '我们马上安排人员排查，24小时内修复。';
    const t = targets(s, '2026-04-08', (x) => [num(x, '24小时', 24, '小时', 'duration', { approx: 'under' })]);
    expect(brief(t)).toEqual([[24, '<=', null]]);
    expect(t[0]!.text).toBe('24小时内修复');
  });

  it('does not date a response time by a near date said before it', () => {
    const s = '明天上午派人上门查看，5个工作日内给您答复。';
    const t = targets(s, '2026-04-08', (x) => [num(x, '5个工作日', 5, '工作日', 'duration', { approx: 'under' })]);
    expect(brief(t)).toEqual([
      [null, null, '2026-04-09'],
      [5, '<=', null],
    ]);
  });

  it('leaves a standing rule counting from an event, and a limit reached', () => {
    const rule = '区财政局在受理后15个工作日内完成审核并拨付资金。';
    expect(targets(rule, '2026-04-08', (x) => [num(x, '15个工作日', 15, '工作日', 'duration', { approx: 'under' })])).toEqual([]);
    const reached = '企业开办时间压缩至2个工作日以内。';
    expect(targets(reached, '2026-04-08', (x) => [num(x, '2个工作日', 2, '工作日', 'duration', { approx: 'under' })])).toEqual([]);
  });
});

describe('a date heading the sentence (convention 37)', () => {
  it('opens a list after a dated lead-in with a colon', () => {
    const s = '今年我们从两个方面推进：一是建，新建公共停车场12个、新增泊位3600个；二是管，目前已有40家单位参与错时共享。';
    const t = targets(s, '2026-06-10', (x) => [num(x, '12个', 12, '个', 'count'), num(x, '3600个', 3600, '个', 'count'), num(x, '40家', 40, '家', 'count')]);
    expect(brief(t)).toEqual([
      [12, '=', '2026'],
      [3600, '=', '2026'],
    ]);
  });

  it('does not open a list after a lead-in that says what was done', () => {
    const s = '今年我们重点抓了两件事：一是建，新建公共停车场12个。';
    expect(targets(s, '2026-06-10', (x) => [num(x, '12个', 12, '个', 'count')])).toEqual([]);
  });

  it('carries a future opening date past ；, and lets a later exact date replace it', () => {
    const s = '下半年，我们将启动城东片区旧改三期，计划10月开工；同时新开工安置房900套。';
    const t = targets(s, '2026-06-10', (x) => [num(x, '900套', 900, '套', 'count')]);
    expect(brief(t)).toEqual([
      [null, null, '2026-10'],
      [900, '=', '2026'],
    ]);
  });

  it('gives a 、-list the date that closes it', () => {
    const s = '关于公厕，将新建公厕3座、增设座椅60组，11月底前完工。';
    const t = targets(s, '2026-06-10', (x) => [num(x, '3座', 3, '座', 'count'), num(x, '60组', 60, '组', 'count')]);
    expect(brief(t)).toEqual([
      [3, '=', '2026-11'],
      [60, '=', '2026-11'],
    ]);
  });
});

describe('a figure and its date across clauses', () => {
  it('bridges a status clause between a listed capacity and its date (convention 15)', () => {
    const s = '今年我们将新建停车场10个，其中西门停车场设计泊位500个，已经完成主体施工，计划9月底前投入使用。';
    const t = targets(s, '2026-06-10', (x) => [num(x, '10个', 10, '个', 'count'), num(x, '500个', 500, '个', 'count')]);
    expect(brief(t)).toEqual([
      [10, '=', '2026'],
      [500, '=', '2026-09'],
    ]);
    expect(t[1]!.text).toBe('其中西门停车场设计泊位500个，已经完成主体施工，计划9月底前投入使用');
  });

  it('does not bridge a description of what is built', () => {
    const s = '3号线全长20公里，设站15座，目前已实现洞通，计划今年10月开通运营。';
    const t = targets(s, '2026-06-10', (x) => [num(x, '20公里', 20, '公里', 'length'), num(x, '15座', 15, '座', 'count')]);
    expect(brief(t)).toEqual([[null, null, '2026-10']]);
  });

  it('does not take a figure that qualifies the work before the dated clause', () => {
    const s = '我们已要求施工单位增加作业班组，实行24小时轮班施工，确保8月31日前主线通车。';
    const t = targets(s, '2026-06-10', (x) => [num(x, '24小时', 24, '小时', 'duration')]);
    expect(brief(t)).toEqual([[null, null, '2026-08-31']]);
    expect(t[0]!.text).toBe('确保8月31日前主线通车');
  });

  it('still dates a delivered figure by the clause after it', () => {
    const s = '建设安置房1200套，预计明年6月交付。';
    const t = targets(s, '2026-06-10', (x) => [num(x, '1200套', 1200, '套', 'count')]);
    expect(brief(t)).toEqual([[1200, '=', '2027-06']]);
  });
});

describe('progress against a plan (convention 39)', () => {
  it('is no target when it is a share of the plan or a lead over the schedule', () => {
    const s = '累计完成投资500亿元，占年度计划的60.2%，超序时进度8.2个百分点。';
    const t = targets(s, '2026-07-20', (x) => [
      num(x, '500亿元', 5e10, '元', 'money'),
      num(x, '60.2%', 60.2, '%', 'percent'),
      num(x, '8.2个百分点', 8.2, '百分点', 'percent'),
    ]);
    expect(t).toEqual([]);
  });

  it('keeps the plan figure and leaves what a past part of the year achieved', () => {
    const s = '今年安排重点项目60个，年度计划投资200亿元，上半年完成投资120亿元。';
    const t = targets(s, '2026-08-20', (x) => [num(x, '60个', 60, '个', 'count'), num(x, '200亿元', 2e10, '元', 'money'), num(x, '120亿元', 1.2e10, '元', 'money')]);
    expect(t.map((x) => x.value)).toEqual([2e10]);
  });

  it('keeps a quarter still running as a deadline', () => {
    const s = '确保一季度项目开工率不低于40%。';
    const t = targets(s, '2026-03-05', (x) => [num(x, '40%', 40, '%', 'percent')]);
    expect(brief(t)).toEqual([[40, '>=', '2026']]);
  });
});

describe('a count naming a programme (convention 31)', () => {
  it('is no target, unlike a count of things to build', () => {
    expect(targets('今年将办好十件民生实事。', '2026-01-10', (x) => [num(x, '十件', 10, '件', 'count')])).toEqual([]);
    const built = targets('今年将新建学校十所。', '2026-01-10', (x) => [num(x, '十所', 10, '所', 'count')]);
    expect(brief(built)).toEqual([[10, '=', '2026']]);
  });
});
