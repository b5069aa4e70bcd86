/**
 * Recognition of numbers in one sentence of the raw text: numerals with a unit
 * (5.6亿元, 30余家), percent words (百分之十), fractions (三分之一), doubling
 * (翻了一番), ranks (第11位, 全省第1), N大 counts (两大飞地), implied units
 * (人口45万), thresholds (亿元以上) and lists sharing a unit. The segmenter's
 * tokens reject spans that cut a word; the exclusions of annotation.md are in
 * number-exclusions.ts.
 */
import { decShift, decToNumber, type Dec } from './number-decimal.js';
import { holdsApproxInside, isArabicDigit, readNumeral, startsNumeral, type Numeral } from './numeral.js';
import { readDoubling, readFraction, readPerForm, readSlashFraction } from './numeral-forms.js';
import { approxEndingAt, approxStartingAt, notUnitAt, numberLexicon, unitsAt, type NumberLexicon, type UnitInfo } from './number-lexicon.js';
import { isExcludedMeasure, isExcludedRank, isBigCount, quoteSpans, impliedUnit } from './number-exclusions.js';
import { TokenIndex } from './number-tokens.js';
import type { Approx, Quantity, Span, Token } from '../types.js';

export type Form = 'measure' | 'rank' | 'big' | 'fraction' | 'per' | 'multiple' | 'implied' | 'shared';

export interface Found {
  /** The number's text: numeral (with 多/余 inside) and unit, no approx word before. */
  span: Span;
  /** Where the numeral starts. */
  numeralStart: number;
  value: number;
  unit: string;
  quantity: Quantity;
  approx: Approx;
  form: Form;
  /** End of what belongs to the number after its text (级, 以上, 左右 …). */
  tail: number;
  /** Start of the approx word before it, or the text start. */
  head: number;
}

interface Reading {
  end: number;
  value: Dec;
  unit: UnitInfo | null;
  /** index after the unit (= end when no unit) */
  unitEnd: number;
  approxInside: boolean;
}

const CONNECTORS = new Set(['、', '和', '与', '及', '或', '至', '到', '—', '-', '－', '~', '～']);
const RANGE = new Set(['至', '到', '—', '-', '－', '~', '～']);
const LATIN = /[A-Za-z]/;
/** 个 and then half or more of a unit (一个半小时, 两个多月). */
const COUNT_AND_MORE = ['个半', '個半', '个多', '個多', '个余', '個餘'];

/** The characters of `text` inside any of `spans` (1), for scanSentence over many sentences. */
export function spanMask(length: number, spans: Span[]): Uint8Array {
  const mask = new Uint8Array(length);
  for (const [a, b] of spans) mask.fill(1, Math.max(0, a), Math.min(b, length));
  return mask;
}

/**
 * `idx`: the sentence's TokenIndex when the caller has built it already;
 * `excludedMask`: spanMask(text.length, excluded), built once per document.
 */
export function scanSentence(
  text: string, sentence: Span, tokens: Token[], excluded: Span[],
  idx: TokenIndex = new TokenIndex(tokens), excludedMask?: Uint8Array,
): Found[] {
  const lex = numberLexicon();
  const quotes = quoteSpans(text, sentence, lex.exclusions);
  const [s, e] = sentence;
  // blocked characters of the sentence: page furniture and short quotes
  const mask = new Uint8Array(e - s);
  if (excludedMask) mask.set(excludedMask.subarray(s, e));
  for (const [a, b] of excludedMask ? quotes : [...excluded, ...quotes]) {
    for (let k = Math.max(a, s); k < Math.min(b, e); k++) mask[k - s] = 1;
  }
  const isBlocked = (k: number): boolean => k >= s && k < e && mask[k - s] === 1;
  const found: Found[] = [];
  let i = s;
  while (i < e) {
    if (isBlocked(i)) {
      i++;
      continue;
    }
    const f = readAt(text, i, s, e, idx);
    if (f && f.span[1] <= e && !blockedIn(f.span, isBlocked)) {
      found.push(f);
      i = f.tail;
      continue;
    }
    // never restart inside a numeral that was rejected
    const n = startsNumeral(text[i]) ? readNumeral(text, i) : null;
    if (n) i = Math.max(n.end, i + 1);
    else if (isArabicDigit(text[i])) {
      // an overlong run of digits: skip it whole
      while (i < e && isArabicDigit(text[i])) i++;
    } else i++;
  }
  return found;
}

function blockedIn([a, b]: Span, isBlocked: (k: number) => boolean): boolean {
  for (let k = a; k < b; k++) if (isBlocked(k)) return true;
  return false;
}

function readAt(text: string, i: number, s: number, e: number, idx: TokenIndex): Found | null {
  const ch = text[i]!;
  if (ch === '翻') {
    const d = readDoubling(text, i);
    if (d) return simple(text, i, d.end, d.value, '倍', 'multiple', 'multiple', s, idx);
    return null;
  }
  if (ch === '第') return readRank(text, i, s, e, idx);
  if (ch === '半') return readHalf(text, i, s, idx);
  if (ch === '百' || ch === '千') {
    const p = readPerForm(text, i);
    if (p) return simple(text, i, p.end, p.value, p.unit, 'percent', 'per', s, idx);
  }
  if (!startsNumeral(ch)) return null;
  // never start in the middle of a numeral or a code
  const prev = text[i - 1];
  if (i > s && prev !== undefined && (/[0-9０-９.．第/\uFF0F]/.test(prev) || LATIN.test(prev))) return null;
  const fr = readFraction(text, i) ?? readSlashFractionAt(text, i);
  if (fr) return simple(text, i, fr.end, fr.value, '%', 'percent', 'fraction', s, idx);
  const n = readNumeral(text, i);
  if (!n) return null;
  return readMeasure(text, n, s, e, idx);
}

function readSlashFractionAt(text: string, i: number): ReturnType<typeof readSlashFraction> {
  const x = numberLexicon().exclusions;
  const fr = readSlashFraction(text, i, x.slash_fraction_max_denominator);
  return fr && !x.slash_fraction_blockers.some((w) => text.startsWith(w, fr.end)) ? fr : null;
}

function simple(text: string, start: number, end: number, value: number, unit: string, quantity: Quantity, form: Form, s: number, idx: TokenIndex): Found | null {
  if (idx.cutsAfter(text, end)) return null;
  const before = approxBefore(text, start, s, idx);
  let approx: Approx = before?.kind ?? null;
  let tail = end;
  const afterWord = approxStartingAt(text, end, numberLexicon().approxAfter);
  if (afterWord && afterWord.word.length > 1 && afterOk(text, end, afterWord.word, idx)) {
    approx = approx ?? afterWord.kind;
    tail += afterWord.word.length;
  }
  return {
    span: [start, end],
    numeralStart: start,
    value,
    unit,
    quantity,
    approx,
    form,
    tail,
    head: before ? start - before.word.length : start,
  };
}

/** The readings of a numeral with the unit that fits each (5千米 → 5 + 千米). */
let insideCache: { lex: NumberLexicon; words: NumberLexicon['approxInside'] } | null = null;

/** One-character approx words that may sit between a numeral and its unit (多, 余, 来). */
function insideWords(lex: NumberLexicon): NumberLexicon['approxInside'] {
  if (insideCache === null || insideCache.lex !== lex) insideCache = { lex, words: lex.approxInside.filter((w) => w.word.length === 1) };
  return insideCache.words;
}

/** The kind of the approx word inside a number's text (30余家: over, 四百来家: about). */
function insideKind(text: string, from: number, to: number): Approx {
  const hit = insideWords(numberLexicon()).find((w) => text.slice(from, to).includes(w.word));
  return hit?.kind ?? 'over';
}

function readings(text: string, n: Numeral): Reading[] {
  const lex = numberLexicon();
  const inside = insideWords(lex);
  const out: Reading[] = [];
  const all = [{ end: n.end, value: n.value, approxInside: n.approxInside }, ...n.shorter.map((r) => ({ ...r, approxInside: n.approxInside && holdsApproxInside(text.slice(n.start, r.end)) }))];
  for (const r of all) {
    let at = r.end;
    let approxInside = r.approxInside;
    // 30余家, 5900余人: 多/余 between numeral and unit
    if (!approxInside && inside.some((w) => text.startsWith(w.word, at)) && unitsAt(text, at + 1).length > 0) {
      at++;
      approxInside = true;
    }
    const units = unitsAt(text, at);
    const unit = units[0] ?? null;
    // a date or time-span word at least as long as the unit wins: 个月, 日
    if (unit && notUnitAt(text, at) && lex.notUnits.some((w) => text.startsWith(w, at) && w.length >= unit.surface.length)) {
      out.push({ end: r.end, value: r.value, unit: null, unitEnd: r.end, approxInside: r.approxInside });
      continue;
    }
    out.push({ end: at, value: r.value, unit, unitEnd: unit ? at + unit.surface.length : r.end, approxInside });
  }
  return out;
}

function readMeasure(text: string, n: Numeral, s: number, e: number, idx: TokenIndex): Found | null {
  const lex = numberLexicon();
  // 一个半小时, 两个多小时: N and a half (or more) of a duration; 两个半月 and 两个多月
  // are time spans (no number, and no 两个)
  const half = !n.bare && !n.multiplied ? COUNT_AND_MORE.find((w) => text.startsWith(w, n.end)) : undefined;
  if (half) {
    const at = n.end + half.length;
    const unit = unitsAt(text, at).find((u) => u.quantity === 'duration');
    const more = !half.endsWith('半');
    if (unit) return finishMeasure(text, n, n.end, at + unit.surface.length, decToNumber(n.value) + (more ? 0 : 0.5), unit.unit, 'duration', 'measure', more, s, idx, unit.surface);
    if (notUnitAt(text, at)) return null;
  }
  const rs = readings(text, n);
  let best: Reading | null = null;
  for (const r of rs) {
    if (!r.unit) continue;
    if (!best || r.unitEnd > best.unitEnd || (r.unitEnd === best.unitEnd && r.unit.surface.length > best.unit!.surface.length)) best = r;
  }
  const full = rs[0]!;
  if (best && best.unit) {
    // the unit must not cut a word (5个人 → 个人); try the next shorter unit
    let unit: UnitInfo | null = best.unit;
    let unitEnd = best.unitEnd;
    if (idx.cutsAfter(text, unitEnd) && !tailAllowed(text, unitEnd, idx)) {
      const alt = unitsAt(text, best.end).find((u) => !idx.cutsAfter(text, best!.end + u.surface.length) || tailAllowed(text, best!.end + u.surface.length, idx));
      unit = alt ?? null;
      unitEnd = alt ? best.end + alt.surface.length : unitEnd;
    }
    if (unit) {
      let value = decToNumber(decShift(best.value, unit.exp));
      // 两成半: half a tenth more
      if (unit.surface === '成' && text[unitEnd] === '半' && !idx.cutsAfter(text, unitEnd + 1)) {
        value += 5;
        unitEnd++;
      }
      return finishMeasure(text, n, best.end, unitEnd, value, unit.unit, unit.quantity, 'measure', best.approxInside, s, idx, unit.surface);
    }
    // the unit was part of a word (50万人口): only an implied unit can stand
    if (!n.multiplied || n.bare) return null;
    const implied = impliedUnit(text, s, n, lex);
    return implied ? finishMeasure(text, n, n.end, n.end, decToNumber(n.value), implied.unit, implied.quantity, 'implied', n.approxInside, s, idx, '') : null;
  }
  // capacity and scale classes: 500亿级, 千亿级 (级 outside the text)
  if (n.multiplied && text[n.end] === '级') {
    const implied = impliedUnit(text, s, n, lex);
    if (implied) return finishMeasure(text, n, n.end, n.end, decToNumber(n.value), implied.unit, implied.quantity, 'implied', n.approxInside, s, idx, implied.unit);
  }
  // 3.4年, 缩短至3年: a duration in years (a plain N年 is a date or a time span)
  const yearUnit = lex.yearUnits.find((u) => text.startsWith(u, full.end));
  if (yearUnit && n.arabic && !n.multiplied) {
    const decimal = n.value.scale > 0;
    const after = text[full.end + yearUnit.length] ?? '';
    const told = lex.yearDurationBefore.some((w) => text.startsWith(w, n.start - w.length));
    if ((decimal || told) && !/[前后後底末度来來初中间間]/.test(after)) {
      return finishMeasure(text, n, full.end, full.end + yearUnit.length, decToNumber(n.value), yearUnit, 'duration', 'measure', false, s, idx, yearUnit);
    }
  }
  if (notUnitAt(text, full.end)) return null;
  // N大 before a plural noun
  if (text[n.end] === '大' && !n.multiplied) {
    const value = decToNumber(n.value);
    if (isBigCount(text, n, value, idx, lex.exclusions.big_names)) return finishMeasure(text, n, n.end + 1, n.end + 1, value, '个', 'count', 'big', false, s, idx, '大');
    return null;
  }
  // a list sharing a unit: 3、5个 · 1.5—2万人
  const c = text[n.end];
  if (c !== undefined && CONNECTORS.has(c) && !n.bare) {
    const next = readNumeral(text, n.end + 1);
    if (next && !next.bare) {
      const nr = readings(text, next).find((r) => r.unit);
      if (nr && nr.unit) {
        let value = n.value;
        const base = next.shorter[next.shorter.length - 1]?.value ?? next.value;
        if (RANGE.has(c) && !n.multiplied && next.multiplied) value = decShift(value, exponentOf(nr.value, base));
        return finishMeasure(text, n, n.end, n.end, decToNumber(decShift(value, nr.unit.exp)), nr.unit.unit, nr.unit.quantity, 'shared', n.approxInside, s, idx, '');
      }
    }
  }
  // a multiplier with no unit: 人口45万, GDP达到1234.56亿, 500亿级
  if (n.multiplied && !n.bare) {
    const implied = impliedUnit(text, s, n, lex);
    if (implied) return finishMeasure(text, n, n.end, n.end, decToNumber(n.value), implied.unit, implied.quantity, 'implied', n.approxInside, s, idx, '');
  }
  void e;
  return null;
}

/** How many powers of ten a multiplier added (2万 read as 20000 vs 2). */
function exponentOf(full: Dec, base: Dec): number {
  const a = decToNumber(full);
  const b = decToNumber(base);
  return b === 0 ? 0 : Math.round(Math.log10(a / b));
}

function finishMeasure(
  text: string, n: Numeral, unitStart: number, unitEnd: number, value: number, unit: string, quantity: Quantity,
  form: Form, approxInside: boolean, s: number, idx: TokenIndex, unitSurface: string,
): Found | null {
  const lex = numberLexicon();
  const start = n.start;
  if (isExcludedMeasure(text, s, n, unitStart, unitEnd, unitSurface, form, idx, lex)) return null;
  // a code: letters or + right after (5G, 8+N, a Latin unit cut short), or a ratio (3:1)
  const after = text[unitEnd];
  if (after !== undefined && (LATIN.test(after) || after === '+' || after === '＋')) return null;
  if (form !== 'big' && (text[n.end] === ':' || text[n.end] === ':') && /[0-9]/.test(text[n.end + 1] ?? '')) return null;
  if (idx.cutsBefore(text, start) && !headAllowed(text, start, idx)) return null;
  if (form !== 'big' && idx.cutsAfter(text, unitEnd) && !tailAllowed(text, unitEnd, idx)) return null;
  let tail = unitEnd;
  // capacity classes and scales: 五万吨级, 500亿级 (级 stays outside the text)
  if (text[tail] === '级') tail++;
  const before = approxBefore(text, start, s, idx, n.bare);
  let approx: Approx = before?.kind ?? null;
  const afterWord = approxStartingAt(text, tail, lex.approxAfter);
  if (afterWord && afterOk(text, tail, afterWord.word, idx)) {
    if (approx === null) approx = afterWord.kind;
    tail += afterWord.word.length;
  }
  if (approx === null && approxInside) approx = insideKind(text, n.start, unitStart);
  // a bare multiplier (千亿元) needs a unit it is used with, a threshold word, or 余/多 (百余家, 千余人)
  if (n.bare && !(lex.bareUnits.has(unitSurface) || lex.bareUnits.has(unit)) && !before && !approxInside) return null;
  return { span: [start, unitEnd], numeralStart: start, value, unit, quantity, approx, form, tail, head: before ? start - before.word.length : start };
}

function afterOk(text: string, at: number, word: string, idx: TokenIndex): boolean {
  const t = idx.startingAt(at);
  if (!t) return true;
  if (t.word === word) return true;
  // 以/內: the segmenter split the word itself
  if (word.startsWith(t.word) && t.word.length < word.length) return true;
  // 以上 / 左右 as one token or inside a longer one starting with them (以上的)
  return word.length > 1 && t.word.startsWith(word) && !/[额数]/.test(t.word.slice(word.length));
}

/** The approximation word right before the numeral, when it is a word of its own. */
function approxBefore(text: string, start: number, s: number, idx: TokenIndex, bare = false): { word: string; kind: Exclude<Approx, null> } | null {
  const lex = numberLexicon();
  const lists = bare ? [lex.approxBefore, lex.approxBeforeBare] : [lex.approxBefore];
  for (const list of lists) {
    const w = approxEndingAt(text, start, list);
    if (!w || start - w.word.length < s) continue;
    const at = start - w.word.length;
    const t = idx.containing(at);
    // 经过3年, 通过: 过 inside a longer word is no approximation
    if (t && t.span[0] < at && t.tag !== 'x' && !lex.approxBefore.some((a) => a.word === t.word)) continue;
    return w;
  }
  return null;
}

/** A token cut at the numeral's start is fine when what precedes is an approx or rank word. */
function headAllowed(text: string, start: number, idx: TokenIndex): boolean {
  const t = idx.containing(start - 1);
  if (!t) return true;
  const prefix = text.slice(t.span[0], start);
  const lex = numberLexicon();
  return [...lex.approxBefore, ...lex.approxBeforeBare].some((w) => prefix.endsWith(w.word)) || /[第各共达为计增至到超近约]$/.test(prefix);
}

/** A token cut after the unit is fine when the rest is an approx word or 级 (万吨级, 余人). */
function tailAllowed(text: string, end: number, idx: TokenIndex): boolean {
  const t = idx.containing(end);
  if (!t) return true;
  const rest = text.slice(end, t.span[1]);
  const lex = numberLexicon();
  return rest === '级' || rest.startsWith('级') || lex.approxAfter.some((w) => w.word === rest) || /^[元人家个名项次]$/.test(rest);
}

function readRank(text: string, i: number, s: number, e: number, idx: TokenIndex): Found | null {
  const lex = numberLexicon();
  const n = readNumeral(text, i + 1);
  if (!n || n.bare || n.multiplied || n.approxInside) return null;
  const value = decToNumber(n.value);
  if (!Number.isInteger(value) || value <= 0) return null;
  let end = n.end;
  const rankUnit = lex.exclusions.rank_units.find((u) => text.startsWith(u, end));
  if (rankUnit) end += rankUnit.length;
  else if (isExcludedRank(text, i, s, n.end, idx, lex)) return null;
  if (end > e) return null;
  if (idx.cutsAfter(text, end) && !rankUnit) return null;
  return { span: [i, end], numeralStart: i + 1, value, unit: '位', quantity: 'rank', approx: null, form: 'rank', tail: end, head: i };
}

/** 半小时, 半天: half of a duration unit. */
function readHalf(text: string, i: number, s: number, idx: TokenIndex): Found | null {
  const prev = text[i - 1];
  if (prev !== undefined && i > s && (startsNumeral(prev) || prev === '个' || prev === '上' || prev === '下')) return null;
  const unit = unitsAt(text, i + 1).find((u) => u.quantity === 'duration');
  if (!unit) return null;
  const end = i + 1 + unit.surface.length;
  if (idx.cutsAfter(text, end)) return null;
  return simple(text, i, end, 0.5, unit.unit, 'duration', 'measure', s, idx);
}
