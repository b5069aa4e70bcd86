/**
 * Written forms around numerals that carry their own unit: 百分之十七点六 (%),
 * 千分之三 (‰), 三分之一 and 1/3 (% of the whole), 翻了一番 (×2). Pure.
 */
import { decDivToNumber, decFromInt, decToNumber, type Dec } from './number-decimal.js';
import { readNumeral } from './numeral.js';

export interface Form {
  end: number;
  value: number;
  unit: string;
}

const PER: Record<string, string> = { 百分之: '%', 千分之: '‰' };
const DOUBLING = /^翻(?:了)?([一两二三四五六七八九十]?)番/u;
const DOUBLING_N: Record<string, number> = { '': 1, 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 百分之X / 千分之X starting at `start`. */
export function readPerForm(text: string, start: number): Form | null {
  for (const [word, unit] of Object.entries(PER)) {
    if (!text.startsWith(word, start)) continue;
    const n = readNumeral(text, start + word.length);
    if (!n || n.bare || n.multiplied) return null;
    return { end: n.end, value: decToNumber(n.value), unit };
  }
  return null;
}

/** N分之M starting at the numeral N: 100·M/N percent. */
export function readFraction(text: string, start: number): Form | null {
  const d = readNumeral(text, start);
  if (!d || d.bare || text.slice(d.end, d.end + 2) !== '分之') return null;
  const n = readNumeral(text, d.end + 2);
  if (!n || n.bare) return null;
  const hundredfold: Dec = { digits: n.value.digits * 100n, scale: n.value.scale };
  const value = decDivToNumber(hundredfold, d.value);
  return Number.isFinite(value) ? { end: n.end, value, unit: '%' } : null;
}

const SLASHES = new Set(['/', '\uFF0F']);
const DECIMAL_POINTS = new Set(['.', '\uFF0E']);

/** A whole number written in Arabic digits, no multiplier. */
function wholeArabic(text: string, start: number): { end: number; value: number } | null {
  const n = readNumeral(text, start);
  if (!n || !n.arabic || n.multiplied || n.value.scale > 0) return null;
  return { end: n.end, value: decToNumber(n.value) };
}

/**
 * M/N written with a slash (约1/3, 2/5的村) starting at M: a proper fraction of
 * whole numbers, N at most `maxDenominator`, read as 100·M/N percent. Dates
 * (2024/1/3) and decimals (1/2.5) are no fractions.
 */
export function readSlashFraction(text: string, start: number, maxDenominator: number): Form | null {
  const m = wholeArabic(text, start);
  if (!m || !SLASHES.has(text[m.end] ?? '')) return null;
  const n = wholeArabic(text, m.end + 1);
  if (!n) return null;
  const after = text[n.end] ?? '';
  if (SLASHES.has(after) || DECIMAL_POINTS.has(after)) return null;
  if (m.value < 1 || m.value >= n.value || n.value > maxDenominator) return null;
  return { end: n.end, value: (100 * m.value) / n.value, unit: '%' };
}

/** 翻了一番 (2), 翻两番 (4), 翻番 (2) starting at 翻: 2^n times, unit 倍. */
export function readDoubling(text: string, start: number): Form | null {
  const m = DOUBLING.exec(text.slice(start, start + 6));
  if (!m) return null;
  const n = DOUBLING_N[m[1] ?? ''];
  if (n === undefined) return null;
  return { end: start + m[0].length, value: decToNumber(decFromInt(2n ** BigInt(n))), unit: '倍' };
}
