import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Nzh from 'nzh';
import { parseNumeral, readNumeral } from '../../src/extract/numeral.js';
import { decToNumber, decToString } from '../../src/extract/number-decimal.js';
import { readDoubling, readFraction, readPerForm } from '../../src/extract/numeral-forms.js';

const value = (s: string): string | null => {
  const d = parseNumeral(s);
  return d ? decToString(d) : null;
};

describe('parseNumeral', () => {
  it.each([
    ['5.6亿', '560000000'],
    ['16.4亿', '1640000000'],
    ['1.4万', '14000'],
    ['五万', '50000'],
    ['两', '2'],
    ['十四', '14'],
    ['一百零五', '105'],
    ['三千二百万', '32000000'],
    ['1,300', '1300'],
    ['12,345,678', '12345678'],
    ['１２３', '123'],
    ['１．５', '1.5'],
    ['十七点六', '17.6'],
    ['千亿', '100000000000'],
    ['百万', '1000000'],
    ['一万五', '15000'],
    ['三千五', '3500'],
    ['三亿五千万', '350000000'],
    ['一万亿', '1000000000000'],
    ['一点五万', '15000'],
    ['二〇二二', '2022'],
    ['壹佰贰拾', '120'],
    ['1234.56亿', '123456000000'],
  ])('%s → %s', (s, v) => {
    expect(value(s)).toBe(v);
  });

  it('computes on decimals, never on floats', () => {
    expect(decToNumber(parseNumeral('16.4亿')!)).toBe(1640000000);
    expect(decToNumber(parseNumeral('0.07万')!)).toBe(700);
    expect(decToNumber(parseNumeral('2865.4亿')!)).toBe(286540000000);
  });

  it('leaves a vague pair of digits unread (三四个)', () => {
    expect(readNumeral('三四个', 0)).toBeNull();
  });

  it('reads 多/余 inside a numeral and keeps the shorter readings', () => {
    const n = readNumeral('20多亿元', 0)!;
    expect(n.approxInside).toBe(true);
    expect(decToString(n.value)).toBe('2000000000');
    const m = readNumeral('5千米', 0)!;
    expect(m.shorter.map((r) => decToString(r.value))).toEqual(['5']);
  });

  it('does not take a comma with other than three digits after it (第1,2次)', () => {
    expect(readNumeral('1,2次', 0)!.end).toBe(1);
  });

  it('reads back every integer written in Chinese numerals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
        expect(value(Nzh.cn.encodeS(n))).toBe(String(n));
        expect(value(Nzh.cn.encodeS(n, { tenMin: false }))).toBe(String(n));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back every decimal written in Chinese numerals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 1, max: 9999 }), (int, frac) => {
        const s = `${int}.${String(frac).padStart(4, '0')}`.replace(/0+$/, '');
        expect(value(Nzh.cn.encodeS(s))).toBe(s);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads back Arabic decimals with a multiplier exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 0, max: 2 }), fc.constantFrom(['万', 4], ['亿', 8]), (n, places, [mult, exp]) => {
        const s = (n / 10 ** places).toFixed(places);
        const expected = BigInt(s.replace('.', '')) * 10n ** BigInt((exp as number) - places);
        expect(value(`${s}${mult as string}`)).toBe(expected.toString());
      }),
    );
  });
});

describe('numeral forms', () => {
  it('百分之十七点六 is 17.6 %', () => {
    expect(readPerForm('百分之十七点六', 0)).toEqual({ end: 7, value: 17.6, unit: '%' });
  });
  it('千分之三 is 3 ‰', () => {
    expect(readPerForm('千分之三', 0)).toEqual({ end: 4, value: 3, unit: '‰' });
  });
  it('三分之一 is a third of a hundred percent', () => {
    expect(readFraction('三分之一', 0)!.value).toBeCloseTo(100 / 3, 9);
    expect(readFraction('四分之三', 0)!.value).toBe(75);
  });
  it('翻了一番 is twice, 翻两番 four times', () => {
    expect(readDoubling('翻了一番', 0)).toEqual({ end: 4, value: 2, unit: '倍' });
    expect(readDoubling('翻两番', 0)!.value).toBe(4);
  });
});
