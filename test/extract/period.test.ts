import { describe, expect, it } from 'vitest';
import { findScopes, scopeFor } from '../../src/extract/period.js';

const scopes = (text: string, year: number | null = 2022) =>
  findScopes(text, [0, text.length], year).map((s) => [s.text, s.from, s.to]);

describe('time scopes', () => {
  it.each([
    ['近三年累计补助', ['近三年', 2020, 2022]],
    ['十年来累计完成', ['十年来', 2013, 2022]],
    ['近十年投资', ['近十年', 2013, 2022]],
    ['连续九年居首', ['连续九年', 2014, 2022]],
    ['由五年前的20', ['五年前', 2017, 2017]],
    ['今年上半年引进', ['今年上半年', 2022, 2022]],
    ['预计年底突破', ['年底', 2022, 2022]],
    ['“十四五”期间力争', ['“十四五”期间', 2021, 2025]],
    ['“十四五”末将达', ['“十四五”末', 2025, 2025]],
    ['力争到2026年实现', ['到2026年', 2026, 2026]],
    ['这几年建成', ['这几年', null, 2022]],
    ['2020年以来新增', ['2020年以来', 2020, 2022]],
    ['今年1-7月完成', ['今年1-7月', 2022, 2022]],
    ['截至2022年底达到', ['截至2022年底', 2022, 2022]],
  ])('%s', (text, expected) => {
    expect(scopes(text)).toEqual([expected]);
  });

  it('leaves years relative to a missing document date open', () => {
    expect(scopes('近三年累计', null)).toEqual([['近三年', null, null]]);
    expect(scopes('“十四五”期间', null)).toEqual([['“十四五”期间', 2021, 2025]]);
  });

  it('ignores baselines of comparison and dates of single events', () => {
    expect(scopes('比2018年下降')).toEqual([]);
    expect(scopes('今年5月份正式通车')).toEqual([]);
  });

  it('a modifier scope holds for the next number only; ；ends a scope', () => {
    const text = '面积由五年前的20拓展到30;近五年新增8,另有9';
    const found = findScopes(text, [0, text.length], 2022);
    const first = (sc: { span: [number, number] }) => (sc.span[1] === 6 ? 8 : 19);
    expect(scopeFor(found, 8, first)?.text).toBe('五年前');
    expect(scopeFor(found, 13, first)).toBeNull();
    expect(scopeFor(found, 19, first)?.text).toBe('近五年');
    expect(scopeFor(found, 23, first)?.text).toBe('近五年');
  });
});
