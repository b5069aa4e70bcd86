/**
 * Time scopes of numbers (近三年, 十年来, 今年上半年, “十四五”期间, 到2026年,
 * 五年前 …), resolved against the document year, and their attachment: a scope
 * holds for the numbers after it in the sentence, up to the next scope or a ；;
 * a scope written as a modifier (五年前的) holds for the next number only.
 */
import { loadLexicon } from '../lexicon.js';
import { NUMERAL_START_CHARS, readNumeral } from './numeral.js';
import { decToNumber } from './number-decimal.js';
import type { Period, Span } from '../types.js';
import { partitionPoint } from '../text/search.js';

interface PeriodsFile {
  relative: Record<string, [number | null, number | null]>;
  spans: { before: string; after: string; kind: 'last' | 'ago' }[];
  since: string[];
  by: string[];
  year_suffix: string;
  plans: Record<string, [number, number]>;
  plan_whole: string[];
  plan_end: string[];
  plan_since: string[];
}

export interface Scope extends Period {
  /** Written as a modifier (五年前的): holds for the next number only. */
  modifier: boolean;
  /** Opens the sentence (2022年，…): holds across ；. */
  opensSentence: boolean;
  /** The first ；after the scope in its sentence (or the sentence end). */
  nextSemicolon: number;
}

const longest = (words: string[]): string[] => [...words].sort((a, b) => b.length - a.length);
const OPEN_Q = /[“"‘]/;
const CLOSE_Q = /[”"’]/;
const OPEN_Q_CHARS = ['“', '"', '‘'];

/** The periods lexicon with what findScopes needs built once: sorted word lists, the suffix RegExp, first characters. */
interface Compiled {
  lex: PeriodsFile;
  rel: string[];
  by: string[];
  since: string[];
  plans: string[];
  planEnd: string[];
  planWhole: string[];
  planSince: string[];
  suffix: RegExp;
  /**
   * By code unit, 1 when a scope can start with it: a first character of a
   * word, a year's 1/2, or — for a year count with no word before it (十年,
   * 5年前) — any numeral. Null when any character can (an empty word).
   */
  starts: Uint8Array | null;
}

let compiled: Compiled | null = null;

function compile(): Compiled {
  const lex = loadLexicon<PeriodsFile>('periods.yaml');
  if (compiled !== null && compiled.lex === lex) return compiled;
  const plans = Object.keys(lex.plans);
  const rel = longest(Object.keys(lex.relative));
  const by = longest(lex.by);
  const befores = lex.spans.map((p) => p.before).filter((w) => w !== '');
  const starters = [...OPEN_Q_CHARS, ...plans, ...by, ...rel, ...befores];
  let starts: Uint8Array | null = null;
  if (!starters.some((w) => w === '')) {
    starts = new Uint8Array(0x10000);
    for (const w of [...starters, '1', '2']) starts[w.charCodeAt(0)] = 1;
    if (lex.spans.some((p) => p.before === '')) {
      for (const ch of NUMERAL_START_CHARS) starts[ch.charCodeAt(0)] = 1;
    }
  }
  compiled = {
    lex,
    rel,
    by,
    since: longest(lex.since),
    plans,
    planEnd: longest(lex.plan_end),
    planWhole: longest(lex.plan_whole),
    planSince: longest(lex.plan_since),
    suffix: new RegExp(`^${lex.year_suffix}`, 'u'),
    starts,
  };
  return compiled;
}

/** Could a scope start at `i`? A cheap test on the first character (see compile). */
function mayStart(c: Compiled, text: string, i: number): boolean {
  return c.starts === null || c.starts[text.charCodeAt(i)] === 1;
}

/** The document year from an ISO date, or null. */
export function docYear(date: string | null): number | null {
  const m = /^(\d{4})/.exec(date ?? '');
  return m ? Number(m[1]) : null;
}

/** Every time scope in `text.slice(span)`, in order. */
export function findScopes(text: string, [s, e]: Span, year: number | null): Scope[] {
  const c = compile();
  const lex = c.lex;
  const rel = c.rel;
  const suffix = c.suffix;
  const out: Scope[] = [];
  // the first non-space character of the sentence (a scope before it opens the sentence)
  let firstText = -1;
  const opens = (a: number): boolean => {
    if (firstText < 0) {
      firstText = s;
      while (firstText < e && /\s/.test(text[firstText]!)) firstText++;
    }
    return firstText >= a;
  };
  const add = (a: number, b: number, from: number | null, to: number | null): void => {
    // 比2018年 / 较上年: a baseline of comparison; 今年5月份: an event's date, not a scope
    if (/[比较]/.test(text[a - 1] ?? '')) return;
    if (/(?<![-—至到~\d])(?:1[0-2]|[1-9])月(?:份)?$/.test(text.slice(a, b))) return;
    out.push({ text: text.slice(a, b), span: [a, b], from, to, modifier: text[b] === '的', opensSentence: opens(a), nextSemicolon: e });
  };
  const plus = (k: number | null): number | null => (year === null || k === null ? null : year + k);
  let i = s;
  while (i < e) {
    if (!mayStart(c, text, i)) {
      i++;
      continue;
    }
    // “十四五”期间 / 十四五末
    const planHit = planAt(text, i, c);
    if (planHit) {
      add(i, planHit.end, planHit.from, planHit.to ?? year);
      i = planHit.end;
      continue;
    }
    // 到2026年, 2020年以来, 2022年, 到今年底, 今年1-7月
    const by = c.by.find((w) => text.startsWith(w, i) && (/^\d{4}年/.test(text.slice(i + w.length, i + w.length + 5)) || rel.some((r) => text.startsWith(r, i + w.length))));
    const y0 = by ? i + by.length : i;
    const y0c = text.charCodeAt(y0);
    const abs = y0c === 49 || y0c === 50 ? /^((?:19|20)\d{2})年(?:度)?/.exec(text.slice(y0, y0 + 6)) : null;
    if (abs && !/[0-9]/.test(text[i - 1] ?? '')) {
      const y = Number(abs[1]);
      let end = y0 + abs[0].length;
      const since = c.since.find((w) => text.startsWith(w, end));
      if (since) {
        end += since.length;
        add(i, end, y, year);
      } else if (/^[-—至到~]/.test(text.slice(end)) && /^((?:19|20)\d{2})年/.test(text.slice(end + 1))) {
        const y2 = Number(text.slice(end + 1, end + 5));
        add(i, end + 6, y, y2);
        end += 6;
      } else {
        const m = suffix.exec(text.slice(end));
        if (m) end += m[0].length;
        add(i, end, y, y);
      }
      i = end;
      continue;
    }
    const r = rel.find((w) => text.startsWith(w, y0));
    if (r) {
      const [a, b] = lex.relative[r]!;
      let end = y0 + r.length;
      const m = a !== null && a === b ? suffix.exec(text.slice(end)) : null;
      if (m && !/^年/.test(m[0])) end += m[0].length;
      else if (m && r.endsWith('年')) end += m[0].length;
      add(i, end, plus(a), plus(b));
      i = end;
      continue;
    }
    const span = yearSpanAt(text, i, e, lex);
    if (span) {
      const { end, n, kind } = span;
      if (kind === 'ago') add(i, end, plus(-n), plus(-n));
      else add(i, end, plus(-(n - 1)), plus(0));
      i = end;
      continue;
    }
    i++;
  }
  // one pass for the first ；after each scope
  let k = out.length - 1;
  let next = e;
  for (let j = e - 1; j >= s && k >= 0; j--) {
    while (k >= 0 && out[k]!.span[1] > j) out[k--]!.nextSemicolon = next;
    if (text[j] === ';' || text[j] === '；') next = j;
  }
  while (k >= 0) out[k--]!.nextSemicolon = next;
  return out;
}

function planAt(text: string, i: number, c: Compiled): { end: number; from: number; to: number | null } | null {
  const lex = c.lex;
  let k = i;
  if (OPEN_Q.test(text[k] ?? '')) k++;
  const name = c.plans.find((p) => text.startsWith(p, k));
  if (!name) return null;
  k += name.length;
  if (CLOSE_Q.test(text[k] ?? '')) k++;
  const [first, last] = lex.plans[name]!;
  const end = c.planEnd.find((w) => text.startsWith(w, k));
  if (end) return { end: k + end.length, from: last, to: last };
  const whole = c.planWhole.find((w) => text.startsWith(w, k));
  if (whole) return { end: k + whole.length, from: first, to: last };
  const since = c.planSince.find((w) => text.startsWith(w, k));
  if (since) return { end: k + since.length, from: first, to: null };
  return null;
}

/** 近三年, 十年来, 连续九年, 五年前, 十年: a count of years. */
function yearSpanAt(text: string, i: number, e: number, lex: PeriodsFile): { end: number; n: number; kind: 'last' | 'ago' } | null {
  for (const p of lex.spans) {
    if (!text.startsWith(p.before, i)) continue;
    const at = i + p.before.length;
    // a bare "N年" never starts right after another numeral or a letter
    if (p.before === '' && /[0-9A-Za-z一二三四五六七八九十两百千万第]/.test(text[i - 1] ?? '')) continue;
    const num = readNumeral(text, at);
    if (!num || num.bare || num.multiplied) continue;
    let k = num.end;
    if (text[k] === '个' && text[k + 1] === '年') k++;
    if (text[k] !== '年') continue;
    k++;
    const n = decToNumber(num.value);
    if (!Number.isInteger(n) || n <= 0 || n >= 100) continue;
    if (p.after !== '' && !text.startsWith(p.after, k)) continue;
    if (p.after === '' && p.before === '' && /^[前后内间度底末级来以]/.test(text.slice(k))) continue;
    const end = k + p.after.length;
    if (end > e) continue;
    return { end, n, kind: p.kind };
  }
  return null;
}

/**
 * The scope of a number starting at `start`: the last scope before it in the
 * sentence with no ；between; a modifier scope only for the first number after it.
 */
export function scopeFor(scopes: Scope[], start: number, firstAfter: (scope: Scope) => number | null): Period | null {
  // the last scope ending at or before `start` (scopes are in text order)
  const lo = partitionPoint(scopes.length, (i) => scopes[i]!.span[1] <= start);
  for (let k = lo - 1; k >= 0; k--) {
    const sc = scopes[k]!;
    // a scope opening the sentence (2022年，…；…) holds across ；
    if (!sc.opensSentence && sc.nextSemicolon < start) return null;
    if (sc.modifier && firstAfter(sc) !== start) return null;
    return { text: sc.text, span: sc.span, from: sc.from, to: sc.to };
  }
  return null;
}

