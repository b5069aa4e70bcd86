import { describe, expect, it } from 'vitest';
import { docDate, findDeadlines } from '../../src/extract/deadline.js';
import { splitClauses } from '../../src/extract/clauses.js';

const at = (s: string, iso: string) => findDeadlines(s, [0, s.length], docDate(iso));

describe('deadlines by part of the year, and dates that are no deadline', () => {
  it('resolves a quarter or a half-year to its year', () => {
    expect(at('预计2027年第二季度完成调试', '2026-10-01').map((d) => [d.value, d.future])).toEqual([['2027', true]]);
    expect(at('全线计划于2028年下半年贯通', '2026-10-01').map((d) => d.value)).toEqual(['2028']);
    expect(at('预计明年一季度开放', '2026-10-01').map((d) => d.value)).toEqual(['2027']);
    // a quarter alone is the document's year, a deadline only while it lies ahead
    expect(at('确保三季度全面复工', '2026-05-10')[0]).toMatchObject({ value: '2026', future: true });
    expect(at('一季度签约项目40个', '2026-05-10')[0]).toMatchObject({ value: '2026', future: false });
  });

  it('tells a past month after 于 from a coming one', () => {
    expect(at('体育馆已于今年4月封顶', '2026-10-01')[0]).toMatchObject({ value: '2026-04', future: false });
    expect(at('体育馆将于今年12月竣工', '2026-10-01')[0]).toMatchObject({ value: '2026-12', future: true });
  });

  it('does not take a day of the current month as a deadline', () => {
    expect(at('6月8日下午,会议在市民中心召开', '2026-06-08')[0]).toMatchObject({ future: false });
    expect(at('力争6月底前完成', '2026-06-08')[0]).toMatchObject({ future: true });
  });

  it('skips starting points and comparison bases', () => {
    expect(at('本办法自2027年1月1日起施行', '2026-10-01')).toEqual([]);
    expect(at('明年预算比今年增加3%', '2026-10-01').map((d) => d.text)).toEqual(['明年']);
  });

  it('does not cut a clause inside a number with thousands separators', () => {
    const s = '明年将交付住房3,600套,另有商铺120间。';
    expect(splitClauses(s, [0, s.length]).map((c) => s.slice(...c.span))).toEqual(['明年将交付住房3,600套', '另有商铺120间']);
  });
});
