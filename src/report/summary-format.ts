/**
 * How the summary writes values: money in 亿元, large figures with 万/亿,
 * approx and comparator marks. Pure.
 */
import type { Approx, Comparator, NumberItem } from '../types.js';

/** Up to `digits` decimals, trailing zeros dropped. */
export function decimal(x: number, digits: number): string {
  const s = x.toFixed(digits);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/** Sensible decimals for a magnitude: 1234 → 1234, 5.6 → 5.6, 0.0123 → 0.0123. */
export function compact(x: number): string {
  const a = Math.abs(x);
  return decimal(x, a >= 100 ? 0 : a >= 1 ? 2 : a >= 0.01 ? 4 : 6);
}

/** Money in 亿元: 560000000 → "5.6亿元". */
export function yi(value: number): string {
  return `${compact(value / 1e8)}亿元`;
}

/** A value with its canonical unit, large figures written with 万 or 亿: 1000000, 平方米 → "100万平方米". */
export function amount(value: number, unit: string | null): string {
  const u = unit ?? '';
  if (u === '元') return yi(value);
  if (u === '%' || u === '‰' || u === '百分点') return `${compact(value)}${u}`;
  const a = Math.abs(value);
  if (a >= 1e8) return `${compact(value / 1e8)}亿${u}`;
  if (a >= 1e5) return `${compact(value / 1e4)}万${u}`;
  return `${compact(value)}${u}`;
}

const APPROX_MARK: Record<Exclude<Approx, null>, string> = { over: '>', under: '<', about: '~', nearly: '≈' };

export function approxMark(approx: Approx): string {
  return approx ? APPROX_MARK[approx] : '';
}

/** A number as the tables show it: money in 亿元, the rest as written; approx as a mark. */
export function numberCell(n: Pick<NumberItem, 'value' | 'unit' | 'quantity' | 'approx' | 'text'>): string {
  const body = n.quantity === 'money' && n.unit === '元' ? yi(n.value) : n.text;
  return `${approxMark(n.approx)}${body}`;
}

const COMPARATOR_MARK: Record<Exclude<Comparator, null>, string> = { '>=': '≥', '<=': '≤', '=': '=' };

export function comparatorMark(c: Comparator): string {
  return c ? COMPARATOR_MARK[c] : '';
}

/** A period: "近三年 (2020–2022)". */
export function periodCell(p: NumberItem['period']): string {
  if (!p) return '';
  const years = p.from !== null && p.to !== null ? (p.from === p.to ? `${p.from}` : `${p.from}–${p.to}`) : p.from ?? p.to;
  return years === null || years === undefined ? p.text : `${p.text} (${years})`;
}
