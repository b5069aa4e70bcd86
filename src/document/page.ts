/**
 * Page furniture: the breadcrumb, the info block (索引号, 主题分类 …, or a
 * press-release header 发布时间/发布地点/发布人), dated lines and debris.
 * Each reader takes lines and returns what it found plus the lines it used,
 * so the parser can keep them out of the content.
 */
import { documentLexicon } from './lexicon.js';
import { isSpace } from '../text/space.js';
import type { Line } from './lines.js';
import { findDate, normalizeDate } from './dates.js';
import type { Meta } from '../types.js';
import { escapeRegExp } from '../text/regex.js';

export function emptyMeta(): Meta {
  return { index_no: null, topic: null, publisher: null, date: null, validity: null };
}

/** `您现在的位置:首页 > 政务公开 > …` (possibly continued on lines starting with `>`). */
export function readBreadcrumb(text: string, lines: Line[]): { items: string[]; used: number[] } | null {
  const lex = documentLexicon();
  const seps = lex.breadcrumb_separators;
  for (let i = 0; i < Math.min(lines.length, 12); i++) {
    const s = text.slice(...lines[i]!.content);
    const marker = lex.breadcrumb_markers.find((m) => s.startsWith(m));
    const startsWithHome = s.startsWith('首页') && seps.some((sep) => s.includes(sep));
    if (!marker && !startsWithHome) continue;
    const used = [i];
    let joined = marker ? s.slice(marker.length).replace(/^[:\uFF1A\s\u00a0]+/, '') : s;
    for (let j = i + 1; j < lines.length; j++) {
      const next = text.slice(...lines[j]!.content);
      if (next.length === 0) break;
      if (!seps.some((sep) => next.startsWith(sep))) break;
      joined += next;
      used.push(j);
    }
    const splitter = new RegExp(seps.map(escapeRegExp).join('|'));
    const items = joined
      .split(splitter)
      .map((x) => [...x].filter((c) => !isSpace(c)).join(''))
      .filter((x) => x.length > 0);
    return { items, used };
  }
  return null;
}

let sortedKeys: { lex: ReturnType<typeof documentLexicon>; keys: string[] } | null = null;

/** The info keys, longest first (sorted once per lexicon). */
function infoKeys(): string[] {
  const lex = documentLexicon();
  if (sortedKeys === null || sortedKeys.lex !== lex) sortedKeys = { lex, keys: Object.keys(lex.info_keys).sort((a, b) => b.length - a.length) };
  return sortedKeys.keys;
}

function keyAt(s: string): { key: string; rest: string } | null {
  const keys = infoKeys();
  for (const key of keys) {
    if (!s.startsWith(key)) continue;
    const rest = s.slice(key.length);
    if (rest.length === 0) return { key, rest: '' };
    if (/^[:\uFF1A]/.test(rest)) return { key, rest: rest.slice(1).trim() };
    if (isSpace(rest[0]) || rest[0] === '\t') return { key, rest: rest.trim() };
  }
  return null;
}

/** A header key that names a date in other words (播出时间：2025年6月12日 9:00): the key and its value. */
function otherDateKeyAt(s: string): { key: string; rest: string } | null {
  const lex = documentLexicon();
  const colon = s.search(/[:\uFF1A]/);
  if (colon < 0) return null;
  const key = s.slice(0, colon);
  const suffix = lex.date_key_suffixes.find((w) => key.endsWith(w));
  if (!suffix || !/^\p{Script=Han}*$/u.test(key) || key.length - suffix.length > lex.date_key_max_prefix) return null;
  const rest = s.slice(colon + 1).trim();
  // the value is a date, perhaps with an hour or a weekday, or with another field after white space
  const date = findDate(rest);
  if (!date || date.index !== 0) return null;
  const after = rest.slice(date.length);
  const isValue = isSpace(after[0]) || after.replace(/[\d:\uFF1A\-—~至]/g, '').length <= 3;
  return isValue ? { key, rest } : null;
}

/** Letter pages (市长信箱): the unit an `办理单位：…` line names, and where the line starts; a reply after it is that unit's. */
export interface ReplyUnit {
  at: number;
  unit: string;
}

/** A line without the brackets a page may put around it (【发布时间：2025-07-10】). */
function unbracket(s: string): string {
  const pair = documentLexicon().info_brackets.find(([open, close]) => s.startsWith(open) && s.endsWith(close));
  return pair ? s.slice(pair[0].length, s.length - pair[1].length).trim() : s;
}

/**
 * The key–value pairs of an info line: the key it opens with, and further keys
 * with a colon after white space (信息来源：市政府办 发布时间：2025-07-10 阅读次数：33).
 */
function pairsOf(line: string, top: boolean): { key: string; rest: string }[] | null {
  const s = unbracket(line);
  const first = keyAt(s) ?? (top ? otherDateKeyAt(s) : null);
  if (!first) return null;
  const starts: { at: number; key: string }[] = [{ at: 0, key: first.key }];
  for (let p = first.key.length; p < s.length; p++) {
    if (!isSpace(s[p - 1]) && s[p - 1] !== '|') continue;
    const key = infoKeys().find((k) => s.startsWith(k, p) && /[:\uFF1A]/.test(s[p + k.length] ?? ''));
    if (key) starts.push({ at: p, key });
  }
  if (starts.length === 1) return [first];
  return starts.map(({ at, key }, k) => ({ key, rest: s.slice(at + key.length + 1, starts[k + 1]?.at ?? s.length).trim() }));
}

/**
 * The info block: key lines with their values on the same line or the next,
 * one pair or several to a line. Values keep their text; date values are
 * normalised to ISO. With no date key, a date written in another key's value
 * (来源：某某日报 2025-07-10 08:30) dates the page. `units`: the replying units
 * of a letter page.
 */
export function readInfoBlock(text: string, lines: Line[]): { meta: Meta; used: number[]; units: ReplyUnit[] } {
  const lex = documentLexicon();
  const units: ReplyUnit[] = [];
  const meta = emptyMeta();
  const dates = new Map<string, string>();
  let otherDate: string | null = null;
  const used: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const pairs = pairsOf(text.slice(...lines[i]!.content), i < lex.date_key_max_line);
    if (!pairs) continue;
    used.push(i);
    if (pairs.length === 1 && pairs[0]!.rest.length === 0) {
      const next = lines[i + 1];
      const nextText = next ? text.slice(...next.content) : '';
      if (next && nextText.length > 0 && !keyAt(nextText)) {
        pairs[0] = { key: pairs[0]!.key, rest: nextText };
        used.push(i + 1);
        i++;
      }
    }
    for (const { key, rest: value } of pairs) {
      const field = key in lex.info_keys ? lex.info_keys[key] : 'date';
      if (value.length === 0) continue;
      if (lex.reply_unit_keys.includes(key)) units.push({ at: lines[i]!.content[0], unit: value });
      if (!field) otherDate ??= normalizeDate(value);
      else if (field === 'date') {
        const iso = normalizeDate(value);
        if (iso && !dates.has(key)) dates.set(key, iso);
      } else if (meta[field] === null) {
        meta[field] = value;
      }
    }
  }
  // the known date keys in their order, then other date keys (播出时间) as met, then a date in another value
  const known = lex.date_key_order.map((key) => dates.get(key)).find((d) => d !== undefined);
  meta.date = known ?? [...dates].find(([key]) => !(key in lex.info_keys))?.[1] ?? otherDate;
  return { meta, used, units };
}

/**
 * A dated line outside an info block: `——2023年1月5日在…会议上`, a line that
 * is only a date, `(2023年6月2日)`. Short, no full stop, near the top or end.
 */
export function readDatedLine(text: string, lines: Line[], skip: Set<number>): { date: string; line: number } | null {
  const nonEmpty = lines.map((l, i) => ({ l, i })).filter(({ l, i }) => l.content[1] > l.content[0] && !skip.has(i));
  const candidates = [...nonEmpty.slice(0, 15), ...nonEmpty.slice(-5)];
  for (const { l, i } of candidates) {
    const s = text.slice(...l.content);
    if (s.length > 60 || /[。!\uFF01?\uFF1F]/.test(s)) continue;
    const found = findDate(s);
    if (!found) continue;
    const dashed = /^[—–-]{1,2}/.test(s) || /^[(\uFF08]/.test(s);
    const onlyDate = s.replace(/[\d:\uFF1A\s年月日号\-/.()\uFF08\uFF09]/g, '').length <= 2;
    // a line that opens with its date (2025年3月5日 来源:本网综合), or a byline (本报记者 某某 2024年9月3日)
    const byline = s.length <= 40 && documentLexicon().credit_words.some((w) => s.includes(w));
    if (dashed || onlyDate || found.index === 0 || byline) return { date: found.iso, line: i };
  }
  return null;
}

/** Page furniture lines: print/close links, share prompts, lone page counters. */
export function isDebris(s: string): boolean {
  const lex = documentLexicon();
  if (s.length === 0) return false;
  if (/^[\d\s\u00a0]+$/.test(s) && s.replace(/\D/g, '').length <= 8) return true;
  if (lex.debris_lines.includes(s)) return true;
  // a credit line: (记者 周敏 整理), 【来源:…】
  if (/^[(\uFF08【\[].*[)\uFF09】\]]$/u.test(s) && s.length <= 40 && lex.credit_words.some((w) => s.includes(w))) return true;
  return lex.debris_prefixes.some((p) => s.startsWith(p) && (s.length === p.length || /^[:\uFF1A\s]/.test(s.slice(p.length))));
}
