/**
 * Deadlines of targets: time expressions (2026年, 明年8月底, 年底, “十四五”末 …)
 * found in a clause and resolved against the document date into "YYYY" or
 * "YYYY-MM" ("YYYY-MM-DD" for a day: 9月30日, 今天下午, 明天). Data-driven: the
 * words live in data/deadline-words.yaml.
 */
import { loadLexicon } from '../lexicon.js';
import type { Span } from '../types.js';
import { escapeRegExp } from '../text/regex.js';

interface DeadlineLexicon {
  relative_years: Record<string, number>;
  plan_tails: string[];
  year_end: string[];
  year_parts: Record<string, number>;
  start_tails: string[];
  comparison_bases: string[];
  current_year: string[];
  month_tails: string[];
  by_words: string[];
  before_tails: string[];
  ahead_words: string[];
  done_before_by: string[];
  qualifier_verbs: string[];
  relative_days: Record<string, number>;
  relative_weeks: string[];
  relative_months: string[];
  bare_month_ends: string[];
  as_of_words: string[];
  same_year: string[];
  near_tails: string[];
  bare_near: string[];
  /** five-year plan → its last year, from periods.yaml */
  plans: Record<string, number>;
}

export interface Deadline {
  /** The expression as written (without the by-word). */
  text: string;
  span: Span;
  /** "2026", "2023-08"; null when it cannot be resolved (relative word, no document date). */
  value: string | null;
  /** Resolved year, when known. */
  year: number | null;
  /** True when the expression points past the document date, or is a "by …" (到2026年) or plan deadline. */
  future: boolean;
  /** True for a relative word that only names the current year (今年): it dates, but does not announce. */
  current: boolean;
  /** 全年 / 年度: "the year" without saying which; a year named earlier in the sentence wins over it. */
  generic: boolean;
  /** A month or part of the document's year that was over by the document date (上半年 said in August). */
  ended: boolean;
}

export interface DocDate {
  year: number;
  month: number;
  /** the day of the month, when the date gives one (today's and tomorrow's promises need it) */
  day?: number | null;
}

/** "2022-09-16" → {year, month, day}; null when absent or malformed. */
export function docDate(iso: string | null | undefined): DocDate | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso ?? '');
  return m ? { year: Number(m[1]), month: Number(m[2]), day: m[3] ? Number(m[3]) : null } : null;
}

/** The document's day moved by `days` (UTC calendar arithmetic), as YYYY-MM-DD; null without a day. */
function shiftDay(date: DocDate, days: number): string | null {
  if (!date.day) return null;
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return d.toISOString().slice(0, 10);
}

/**
 * 今天下午, 明天, 本周内, 本月底前 (a hotline's promises): the document's day (+1), the
 * last day (Sunday) of its week, its month. Future with a tail (下午, 内, 底 …), a by-word,
 * or for the words that point ahead by themselves (明天); otherwise only a date.
 */
function nearDeadline(g: Record<string, string | undefined>, by: boolean, date: DocDate | null, lex: DeadlineLexicon): { value: string | null; year: number | null; future: boolean; current: boolean } | null {
  const tail = g.nearTail !== undefined || by;
  if (g.nearDay) {
    const offset = lex.relative_days[g.nearDay] ?? 0;
    const ahead = tail || lex.bare_near.includes(g.nearDay);
    // a bare 今天 is the day of speaking ("今天走进直播间的是…"): no deadline
    if (!ahead) return null;
    return { value: date ? shiftDay(date, offset) : null, year: date?.year ?? null, future: true, current: false };
  }
  if (g.nearWeek) {
    let value: string | null = null;
    if (date?.day) {
      const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
      value = shiftDay(date, (7 - weekday) % 7);
    }
    return { value, year: date?.year ?? null, future: tail, current: !tail };
  }
  const value = date ? `${date.year}-${pad(date.month)}` : null;
  return { value, year: date?.year ?? null, future: tail, current: !tail };
}

const CN_MONTH: Record<string, number> = {
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12,
};

const alt = (words: string[]): string => [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');

interface Compiled {
  re: RegExp;
  lex: DeadlineLexicon;
  /** the near days, week and month: a pattern of their own, tried only when one of their words stands in the clause */
  nearRe: RegExp;
  nearHint: RegExp;
  /** one of TIME_CHARS or a last character of a near word: one scan rules out most clauses */
  anyHint: RegExp;
  /** after a past date: a verb and 的 (2000年以前建成的): the date qualifies a noun */
  qualifier: RegExp;
}

let compiled: Compiled | null = null;

function pattern(): Compiled {
  if (compiled) return compiled;
  const words = loadLexicon<Omit<DeadlineLexicon, 'plans'>>('deadline-words.yaml');
  // five-year plans and their years are kept once, in periods.yaml; a deadline takes the last year
  const periods = loadLexicon<{ plans: Record<string, [number, number]> }>('periods.yaml');
  const lex: DeadlineLexicon = { ...words, plans: Object.fromEntries(Object.entries(periods.plans).map(([k, [, last]]) => [k, last])) };
  const by = `(?<by>${alt(lex.by_words)})?`;
  const plan = `[“"‘]?(?<plan>${alt(Object.keys(lex.plans))})[”"’]?(?<planTail>${alt(lex.plan_tails)})?`;
  const year = `(?:(?<abs>(?:19|20)\\d{2})\\s*年|(?<rel>${alt(Object.keys(lex.relative_years))}))`;
  const month = `(?:(?<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])(?<monthTail>${alt(lex.month_tails)})(?:(?<dday>[1-3]?\\d)[日号])?)`;
  // after a year written out: 2027年底, 2027年末 (the 年 is the year's own), 明年年底
  const yearEnd = `(?<end>${alt(lex.year_end)})`;
  const part = `(?<part>${alt(Object.keys(lex.year_parts))})`;
  const dated = `${year}(?:${month}|${part}|${yearEnd})?`;
  // a bare "年底/年内" (the document's year) only when not part of a longer word
  const bare = `(?<bare>${alt(lex.year_end.filter((w) => w.startsWith('年')))})`;
  // a part of the year alone (确保一季度…, 下半年将…): the document's year
  const barePart = `(?<![\\d年])(?<bpart>${alt(Object.keys(lex.year_parts))})`;
  const currentYear = `(?<cur>${alt(lex.current_year)})`;
  // a month without a year: the document's year (将于4月开工, 9月1日投入使用)
  const bareMonth = `(?<bmonth>1[0-2]|0?[1-9]|十[一二]?)月(?:(?<day>[1-3]?\\d)[日号])?(?<bmTail>底|末|份|中旬|下旬|上旬)?`;
  // the years ahead (今后三年): the last of them
  const ahead = `(?<ahead>${alt(lex.ahead_words)})(?<aheadN>[一二两三四五六七八九十]|\\d{1,2})年`;
  // not the 前 of a span that follows (今年前三季度, 2022年前8个月)
  const beforeTail = `(?:(?:${alt(lex.before_tails)})(?![一二三四五六七八九十两\\d]))?`;
  // the days, week and month of the document (今天下午, 明天, 本周内, 本月底前)
  const near = `(?<nearDay>${alt(Object.keys(lex.relative_days))})|(?<nearWeek>${alt(lex.relative_weeks)})|(?<nearMonth>${alt(lex.relative_months)})`;
  // 月底前 alone: the end of the document's month (not 3月底, 个月底, 本月底, 年月底); it holds 月, so it
  // is part of the main pattern
  const monthEnd = `(?<![\\d一二三四五六七八九十两个本这上下每当年])(?<nearMonthEnd>${alt(lex.bare_month_ends)})`;
  const re = new RegExp(`${by}(?:${plan}|${ahead}|${dated}|${barePart}|${bare}|${currentYear}|(?<![\\d年])${bareMonth}|${monthEnd})${beforeTail}`, 'gu');
  const nearRe = new RegExp(`${by}(?:${near})(?<nearTail>${alt(lex.near_tails)})?${beforeTail}`, 'gu');
  const nearWords = [...Object.keys(lex.relative_days), ...lex.relative_weeks, ...lex.relative_months];
  const nearHint = new RegExp(alt(nearWords), 'u');
  const lastChars = [...new Set(nearWords.map((w) => w.charAt(w.length - 1)))].join('');
  const anyHint = new RegExp(`[${TIME_CHARS.source.slice(1, -1)}${escapeRegExp(lastChars)}]`, 'u');
  const qualifier = new RegExp(`^(?:以后|之后|后)?(?:${alt(lex.qualifier_verbs)})的`, 'u');
  compiled = { re, lex, nearRe, nearHint, anyHint, qualifier };
  return compiled;
}

/**
 * Early in the year (a work report in January or February) "今年" can only
 * announce: nothing of the year has been achieved yet. ("全年" there may still
 * mean the year under review, so it does not count.)
 */
function earlyInYear(date: DocDate | null): boolean {
  return date !== null && date.month <= 2;
}

function monthNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  return CN_MONTH[s] ?? null;
}

/** One of these characters stands in every deadline expression but the near ones (years, months, quarters, seasons, plans). */
const TIME_CHARS = /[年月季五]/u;

const pad = (n: number): string => String(n).padStart(2, '0');

/** Every deadline expression in `text.slice(span)`, in order, with spans into `text`. */
export function findDeadlines(text: string, span: Span, date: DocDate | null): Deadline[] {
  const c = pattern();
  const slice = text.slice(span[0], span[1]);
  const found: Deadline[] = [];
  if (!c.anyHint.test(slice)) return found;
  // every expression of the main pattern holds one of TIME_CHARS (2026年, 8月, 一季度, “十四五”)
  if (TIME_CHARS.test(slice)) {
    c.re.lastIndex = 0;
    for (let m = c.re.exec(slice); m; m = c.re.exec(slice)) {
      const d = resolve(text, span, slice, m, date, c.lex);
      // 全区2000年以前建成的老旧小区: a past date inside a qualifier
      // (not the current year: 今年投产的项目将达到15个 still dates the count)
      if (d && !(!d.future && !d.current && c.qualifier.test(slice.slice(m.index + m[0].length)))) found.push(d);
    }
  }
  if (c.nearHint.test(slice)) {
    const main = found.length;
    c.nearRe.lastIndex = 0;
    for (let m = c.nearRe.exec(slice); m; m = c.nearRe.exec(slice)) {
      const d = resolve(text, span, slice, m, date, c.lex);
      if (d) found.push(d);
    }
    if (main > 0 && found.length > main) found.sort((a, b) => a.span[0] - b.span[0]);
  }
  return found;
}

/** One match of the patterns as a deadline; null when it is a starting point, a comparison base or no deadline. */
function resolve(text: string, span: Span, slice: string, m: RegExpExecArray, date: DocDate | null, lex: DeadlineLexicon): Deadline | null {
  const g = m.groups ?? {};
  const byLen = g.by?.length ?? 0;
  // a bare 年底 right after a digit or 今/明 is part of an expression already taken
  const start = span[0] + m.index + byLen;
  const end = span[0] + m.index + m[0].length;
  if (m[0].length === byLen) return null;
  // 2020年以来 / 自5月1日起: a period reaching back or a starting point, not a deadline
  const after = slice.slice(m.index + m[0].length);
  if (lex.start_tails.some((w) => after.startsWith(w))) return null;
  // 较今年增加4.2%: the comparison base
  const beforeText = text.slice(Math.max(0, start - 2), start);
  if (lex.comparison_bases.some((w) => beforeText.endsWith(w))) return null;
  // 已于今年5月开工: the by-word dates what is done
  const done = g.by !== undefined && lex.done_before_by.some((w) => text.slice(Math.max(0, span[0] + m.index - 2), span[0] + m.index).endsWith(w));
  const by = g.by !== undefined && !done;
  let year: number | null = null;
  let month: number | null = null;
  let future = false;
  let current = false;
  let ended = false;
  let dayValue: string | null | undefined;
  if (g.nearDay || g.nearWeek || g.nearMonth || g.nearMonthEnd) {
    const n = nearDeadline(g, by || g.nearMonthEnd !== undefined, date, lex);
    if (!n) return null;
    ({ year, future, current } = n);
    dayValue = n.value;
  } else if (g.ahead) {
    const n = g.aheadN === '两' ? 2 : (monthNumber(g.aheadN!) ?? 0);
    year = date && n > 0 ? date.year + n - 1 : null;
    future = true;
  } else if (g.plan) {
    year = lex.plans[g.plan] ?? null;
    // a plan is a deadline when named with a tail (期间/末) or a by-word
    if (!g.planTail && !by) return null;
    future = date === null || (year !== null && year >= date.year);
  } else if (g.abs || g.rel) {
    if (g.abs) year = Number(g.abs);
    else if (date) year = date.year + (lex.relative_years[g.rel!] ?? 0);
    if (g.month) month = monthNumber(g.month);
    const offset = g.rel ? (lex.relative_years[g.rel] ?? 0) : null;
    // a part of the year counts as its last month when telling future from past, but resolves to the year
    const until = month ?? (g.part ? (lex.year_parts[g.part] ?? null) : null);
    ended = date !== null && year === date.year && until !== null && until < date.month;
    if (year !== null && date) {
      future =
        year > date.year ||
        (year === date.year && (g.end !== undefined || (until !== null && until > date.month)) && (by || g.end !== undefined || until !== null)) ||
        // 将于…: a by-word makes the current year a deadline, unless its month is already past (已于今年5月开工)
        (by && year === date.year && (until === null || until >= date.month));
    } else {
      future = offset !== null ? offset > 0 : by;
    }
    // 今年 / 2022年 alone names the current year: a date, not an announcement
    current = !future && date !== null && year === date.year && month === null && g.end === undefined && g.part === undefined;
    if (current && g.rel !== undefined && earlyInYear(date)) future = true;
  } else if (g.bare) {
    year = date ? date.year : null;
    future = true;
  } else if (g.bpart) {
    year = date ? date.year : null;
    // 一季度集中开工项目85个 said in March reports the quarter; a marker still makes it a deadline
    const until = lex.year_parts[g.bpart] ?? 12;
    future = date !== null && until > date.month;
    ended = date !== null && until < date.month;
  } else if (g.cur) {
    year = date ? date.year : null;
    current = true;
  } else if (g.bmonth) {
    year = date ? date.year : null;
    month = monthNumber(g.bmonth);
    // 9月1日投入使用 (later this year) or 3月底前 in March; 3月5日上午 in March is a date
    future = date !== null && month !== null && (month > date.month || (month === date.month && g.bmTail !== undefined && /[底末]/u.test(g.bmTail)));
    ended = date !== null && month !== null && month < date.month;
  }
  // 截至5月底已完成87台: progress as of a month not after the document's, no deadline
  if (future && date !== null && g.by !== undefined && lex.as_of_words.includes(g.by) && year === date.year && month !== null && month <= date.month) future = false;
  const day = g.day ? Number(g.day) : g.dday ? Number(g.dday) : null;
  const value =
    dayValue !== undefined
      ? dayValue
      : year === null ? null : month !== null ? `${year}-${pad(month)}${day !== null && day >= 1 && day <= 31 ? `-${pad(day)}` : ''}` : String(year);
  return { text: text.slice(start, end), span: [start, end], value, year, future, current, generic: g.cur !== undefined, ended: ended && !future };
}

/**
 * 当年9月 after 明年6月 (预计明年6月建成投用，当年9月开学招生): a same-year word takes the year
 * of the date said before it in the sentence; without one, or in that year already, `d` as it is.
 */
export function sameYearAs(d: Deadline, earlier: Deadline | null): Deadline {
  if (earlier === null || earlier.year === null || d.year === earlier.year) return d;
  if (!pattern().lex.same_year.some((w) => d.text.startsWith(w))) return d;
  const value = d.value === null ? null : `${earlier.year}${d.value.slice(4)}`;
  return { ...d, value, year: earlier.year, future: earlier.future || d.future, current: false, ended: false };
}
