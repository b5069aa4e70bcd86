/**
 * Numerals: Arabic (1,300 · 16.4 · full-width １２３), Chinese (十四, 一百零五,
 * 三千二百万, 两, 十七点六, 二〇二二, 壹佰) and mixed (5.6亿, 1.4万, 20多亿)
 * forms, read into exact decimals. Pure: no segmenter, no lexicon.
 */
import { decAdd, decFromInt, decFromParts, decShift, type Dec } from './number-decimal.js';

export interface Numeral {
  start: number;
  /** Index just after the numeral (multipliers included). */
  end: number;
  value: Dec;
  /** Written with Arabic digits. */
  arabic: boolean;
  /** A multiplier with no digit before it (千亿, 亿, 百万): one of it. */
  bare: boolean;
  /** 多 / 余 written inside the numeral (20多亿, 1万多). */
  approxInside: boolean;
  /** Ends with a multiplier character (万, 亿, 千 …). */
  multiplied: boolean;
  /**
   * Shorter readings that stop before a trailing multiplier (5千米: "5" + 千米),
   * longest first; the caller picks the one a unit fits best.
   */
  shorter: { end: number; value: Dec; multiplied: boolean }[];
}

const CN_DIGITS: Record<string, number> = {
  零: 0, '〇': 0, '○': 0,
  一: 1, 壹: 1, 弌: 1,
  二: 2, 两: 2, 兩: 2, 贰: 2, 貳: 2,
  三: 3, 叁: 3, 參: 3, 叄: 3,
  四: 4, 肆: 4,
  五: 5, 伍: 5,
  六: 6, 陆: 6, 陸: 6,
  七: 7, 柒: 7,
  八: 8, 捌: 8,
  九: 9, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 1, 拾: 1, 百: 2, 佰: 2, 千: 3, 仟: 3 };
const BIG_UNITS: Record<string, number> = { 万: 4, 萬: 4, 亿: 8, 億: 8 };
const POINT = new Set(['点', '點']);
/** Longest run of Arabic digits read as a numeral. */
export const MAX_DIGITS = 24;
/** 多/余 attached to a numeral's multipliers (30余万, 1万多): part of the numeral, approx over. */
const APPROX_INSIDE = new Set(['多', '余', '餘']);

/** Whether `s` (a stretch of a numeral) holds one of its approx characters. */
export function holdsApproxInside(s: string): boolean {
  for (const ch of s) if (APPROX_INSIDE.has(ch)) return true;
  return false;
}

// character classes in a table by code unit: these tests run at every character of every sentence
const ARABIC = 1;
const CN_DIGIT = 2;
const MULTIPLIER = 4;
const CLASS = new Uint8Array(0x10000);
for (let c = 48; c <= 57; c++) CLASS[c] = ARABIC;
for (let c = 0xff10; c <= 0xff19; c++) CLASS[c] = ARABIC;
for (const ch of Object.keys(CN_DIGITS)) CLASS[ch.charCodeAt(0)]! |= CN_DIGIT;
for (const ch of [...Object.keys(SMALL_UNITS), ...Object.keys(BIG_UNITS)]) CLASS[ch.charCodeAt(0)]! |= MULTIPLIER;
const classOf = (ch: string | undefined): number => (ch !== undefined && ch.length === 1 ? CLASS[ch.charCodeAt(0)]! : 0);

export const isArabicDigit = (ch: string | undefined): boolean => (classOf(ch) & ARABIC) !== 0;
export const isChineseDigit = (ch: string | undefined): boolean => (classOf(ch) & CN_DIGIT) !== 0;
export const isMultiplierChar = (ch: string | undefined): boolean => (classOf(ch) & MULTIPLIER) !== 0;
/** Every character a numeral can start with (startsNumeral is true for these only). */
export const NUMERAL_START_CHARS: readonly string[] = [
  ...'0123456789０１２３４５６７８９',
  ...Object.keys(CN_DIGITS),
  ...Object.keys(SMALL_UNITS),
  ...Object.keys(BIG_UNITS),
];
/** Could a numeral start with this character? */
export const startsNumeral = (ch: string | undefined): boolean => classOf(ch) !== 0;

const ascii = (ch: string): string => {
  const c = ch.charCodeAt(0);
  return c >= 0xff10 && c <= 0xff19 ? String.fromCharCode(c - 0xff10 + 48) : ch;
};

/** Reads the numeral starting at `start`, or null when none starts there. */
export function readNumeral(text: string, start: number): Numeral | null {
  if (isArabicDigit(text[start])) return readArabic(text, start);
  if (isChineseDigit(text[start]) || isMultiplierChar(text[start])) return readChinese(text, start);
  return null;
}

/** The value of a string that is one numeral and nothing else, or null. */
export function parseNumeral(s: string): Dec | null {
  const trimmed = s.trim();
  const n = readNumeral(trimmed, 0);
  return n && n.end === trimmed.length ? n.value : null;
}

function readArabic(text: string, start: number): Numeral | null {
  let i = start;
  let int = '';
  // a run this long is a code or debris, never a quantity
  let run = start;
  while (run - start <= MAX_DIGITS && isArabicDigit(text[run])) run++;
  if (run - start > MAX_DIGITS) return null;
  while (isArabicDigit(text[i])) int += ascii(text[i++]!);
  // thousands groups: 1,300 · 12,345,678 (exactly three digits after each comma)
  if (int.length <= 3) {
    while (text[i] === ',' && /^[0-9０-９]{3}$/.test(text.slice(i + 1, i + 4)) && !isArabicDigit(text[i + 4])) {
      for (let k = 1; k <= 3; k++) int += ascii(text[i + k]!);
      i += 4;
    }
  }
  let frac = '';
  if ((text[i] === '.' || text[i] === '．') && isArabicDigit(text[i + 1])) {
    i++;
    while (isArabicDigit(text[i])) frac += ascii(text[i++]!);
  }
  const base = decFromParts(int, frac);
  return withMultipliers(text, start, i, base, true, false);
}

/**
 * After the digits: optional 多/余, then multipliers (千万, 万亿, 百万 …), then
 * optional 多/余 (1万多). Keeps each shorter reading for unit fitting.
 */
function withMultipliers(text: string, start: number, after: number, base: Dec, arabic: boolean, bare: boolean): Numeral {
  let i = after;
  let approxInside = false;
  const shorter: Numeral['shorter'] = [];
  if (APPROX_INSIDE.has(text[i]!) && isMultiplierChar(text[i + 1])) {
    approxInside = true;
    i++;
  }
  let value = base;
  let lastExp = Infinity;
  let multiplied = false;
  shorter.push({ end: i, value, multiplied });
  while (true) {
    const ch = text[i];
    const small = ch !== undefined ? SMALL_UNITS[ch] : undefined;
    const big = ch !== undefined ? BIG_UNITS[ch] : undefined;
    // after Arabic digits only 百 / 千 / 万 / 亿 (never 十), each smaller unit before a bigger one
    if (small !== undefined && small >= 2 && !multiplied) {
      value = decShift(value, small);
      lastExp = small;
    } else if (big !== undefined && (lastExp === Infinity || lastExp <= big || big === 8)) {
      value = decShift(value, big);
      lastExp = big;
    } else break;
    multiplied = true;
    i++;
    shorter.push({ end: i, value, multiplied });
  }
  if (!approxInside && APPROX_INSIDE.has(text[i]!) && multiplied) {
    approxInside = true;
    i++;
  }
  shorter.pop();
  shorter.reverse();
  return { start, end: i, value, arabic, bare, approxInside, multiplied, shorter: multiplied ? shorter : [] };
}

/**
 * Chinese numerals: sections by 亿 and 万, small units 十百千 inside, 零 as a
 * placeholder, a trailing bare digit after a unit read colloquially (一万五 =
 * 15000), 点 for decimals, and a run of digits read digit by digit (二〇二二).
 */
function readChinese(text: string, start: number): Numeral | null {
  let i = start;
  // a run of two or more digits with no unit: digit by digit (二〇二二, 一二)
  if (isChineseDigit(text[i]) && isChineseDigit(text[i + 1])) {
    let run = '';
    let zero = false;
    while (isChineseDigit(text[i])) {
      const d = CN_DIGITS[text[i++]!]!;
      if (d === 0) zero = true;
      run += String(d);
    }
    // 三四个 / 两三家: a vague pair, not a number; 二〇二二 is read digit by digit
    if (!zero && run.length < 3) return null;
    return withMultipliers(text, start, i, decFromParts(run), false, false);
  }
  let high = 0n; // multiples of 10^8 already closed
  let mid = 0n; // the 万 section
  let small = 0n; // below 万
  let digit: number | null = null;
  let lastSmallExp = 99; // order check for 十百千 within a section
  let lastUnitExp = -1; // exponent of the unit just before a trailing digit (colloquial)
  let sawZero = false;
  let sawAny = false;
  let sawDigit = false;
  let end = start;
  let lastWasUnit = false;
  let midOpen = false;
  for (; i < text.length; i++) {
    const ch = text[i]!;
    const d = CN_DIGITS[ch];
    const s = SMALL_UNITS[ch];
    const b = BIG_UNITS[ch];
    if (d !== undefined) {
      if (digit !== null) break; // two digits in a row after a unit: stop
      if (d === 0) {
        sawZero = true;
        lastUnitExp = -1;
        lastWasUnit = false;
        sawAny = true;
        end = i + 1;
        continue;
      }
      digit = d;
      sawDigit = true;
      sawAny = true;
      end = i + 1;
      lastWasUnit = false;
      continue;
    }
    if (s !== undefined) {
      if (s >= lastSmallExp) break;
      if (digit === null && sawAny && s !== 1 && !sawZero) break; // 百 after 万 without a digit: stop
      const n = BigInt(digit ?? 1);
      small += n * 10n ** BigInt(s);
      lastSmallExp = s;
      lastUnitExp = s;
      digit = null;
      sawZero = false;
      sawAny = true;
      lastWasUnit = true;
      end = i + 1;
      continue;
    }
    if (b !== undefined) {
      const chunk = small + BigInt(digit ?? 0);
      if (b === 4) {
        if (midOpen && chunk === 0n) break;
        mid = (chunk === 0n && !sawAny ? 1n : chunk) * 10000n;
        midOpen = true;
      } else {
        const below = mid + chunk;
        high = (high + (below === 0n && high === 0n ? 1n : below)) * 100000000n;
        mid = 0n;
        midOpen = false;
      }
      small = 0n;
      digit = null;
      lastSmallExp = 99;
      lastUnitExp = b;
      sawZero = false;
      sawAny = true;
      lastWasUnit = true;
      end = i + 1;
      continue;
    }
    break;
  }
  if (!sawAny) return null;
  // undo a trailing 零 that was not followed by anything
  if (end > start && CN_DIGITS[text[end - 1]!] === 0 && end - start > 1) end--;
  let intPart = high + mid + small;
  let colloquial = false;
  if (digit !== null) {
    const prevIsUnit = lastUnitExp > 0 && !sawZero;
    if (prevIsUnit && lastUnitExp >= 2) {
      intPart += BigInt(digit) * 10n ** BigInt(lastUnitExp - 1);
      colloquial = true;
    } else intPart += BigInt(digit);
  }
  void colloquial;
  void lastWasUnit;
  const bare = !sawDigit && SMALL_UNITS[text[start]!] !== 1;
  // 十七点六, 一点五万
  if (POINT.has(text[end]!) && isChineseDigit(text[end + 1]) && (digit !== null || end > start)) {
    let j = end + 1;
    let frac = '';
    while (isChineseDigit(text[j])) frac += String(CN_DIGITS[text[j++]!]);
    const value = decAdd(decFromInt(intPart), decFromParts('0', frac));
    return withMultipliers(text, start, j, value, false, false);
  }
  const value = decFromInt(intPart);
  const multiplied = lastWasUnitAtEnd(text, start, end);
  const shorter = multiplied ? shorterChinese(text, start, end) : [];
  const approxAfter = multiplied && APPROX_INSIDE.has(text[end]!);
  return { start, end: approxAfter ? end + 1 : end, value, arabic: false, bare, approxInside: approxAfter, multiplied, shorter };
}

function lastWasUnitAtEnd(text: string, start: number, end: number): boolean {
  return end > start && isMultiplierChar(text[end - 1]) && SMALL_UNITS[text[end - 1]!] !== 1;
}

/** 五千米: the reading that stops before the last multiplier (五 + 千米). */
function shorterChinese(text: string, start: number, end: number): Numeral['shorter'] {
  const out: Numeral['shorter'] = [];
  for (let e = end - 1; e > start; e--) {
    if (!isMultiplierChar(text[e])) break;
    const n = readChinese(text.slice(0, e), start);
    if (n && n.end === e) out.push({ end: e, value: n.value, multiplied: n.multiplied });
  }
  return out;
}

