import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { docDate, findDeadlines } from '../../src/extract/deadline.js';

const at = (s: string, iso: string | null) => findDeadlines(s, [0, s.length], docDate(iso));
const values = (s: string, iso: string | null) => at(s, iso).map((d) => d.value);

describe('deadlines', () => {
  it('resolves relative years and months against the document date', () => {
    expect(values('明年8月底将建成通车', '2022-09-16')).toEqual(['2023-08']);
    expect(values('预计年底总数将突破15家', '2022-09-16')).toEqual(['2022']);
    expect(values('二期明年4月份也正式开工', '2022-09-16')).toEqual(['2023-04']);
    expect(values('今年7月底前竣工', '2023-03-15')).toEqual(['2023-07']);
    expect(values('将于4月开工、9月1日投入使用', '2023-03-15')).toEqual(['2023-04', '2023-09-01']);
    expect(values('力争全年完成投资', '2023-03-15')).toEqual(['2023']);
  });

  it('gives five-year plans their last year', () => {
    expect(values('“十四五”末将达30家', '2022-09-16')).toEqual(['2025']);
    expect(values('“十四五”期间力争创成', '2022-09-16')).toEqual(['2025']);
    expect(values('"十五五"时期基本建成', '2022-09-16')).toEqual(['2030']);
  });

  it('tells future deadlines from current and past dates', () => {
    const [by] = at('力争到2026年,实现港口吞吐量突破5000万吨', '2022-09-16');
    expect(by).toMatchObject({ value: '2026', future: true, text: '2026年' });
    expect(at('今年新增申报国家级人才78名', '2022-09-16')[0]).toMatchObject({ value: '2022', future: false, current: true });
    expect(at('主体厂房已于去年10月封顶', '2023-03-15')[0]).toMatchObject({ value: '2022-10', future: false });
    expect(at('今年8月市域铁路全线轨通', '2022-09-16')[0]).toMatchObject({ future: false, current: false });
  });

  it('leaves periods reaching back alone', () => {
    expect(at('2020年以来从全国脱颖而出', '2022-09-16')).toEqual([]);
  });

  it('keeps absolute years without a document date, and drops relative ones', () => {
    expect(values('到2026年实现', null)).toEqual(['2026']);
    expect(values('明年将建成', null)).toEqual([null]);
  });

  it('resolves any written year and month, with spans into the text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.string({ maxLength: 4 }), (y, m, pre) => {
        const prefix = pre.replace(/[\d年月底末今明去上前后到至于在截止十五四三二一]/g, '');
        const s = `${prefix}力争到${y}年${m}月底完成`;
        const found = at(s, '2022-09-16');
        expect(found).toHaveLength(1);
        expect(found[0]!.value).toBe(`${y}-${String(m).padStart(2, '0')}`);
        expect(s.slice(...found[0]!.span)).toBe(found[0]!.text);
      }),
    );
  });
});
