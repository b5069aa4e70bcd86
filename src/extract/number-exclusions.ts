/**
 * What is not a number (annotation.md "Leave out"): numerals in quoted names
 * and titles, 一 as an article, vague and per-unit numerals, policy and
 * organisation names, ordinals that are no ranks, and what N大 needs to be a
 * count. Word lists live in data/number-exclusions.yaml.
 */
import type { ExclusionsFile, NumberLexicon } from './number-lexicon.js';
import type { Numeral } from './numeral.js';
import type { TokenIndex } from './number-tokens.js';
import type { Quantity, Span } from '../types.js';

const CLAUSE_END = /[,，;；:：。!！?？]/;
const CJK = /[\u3400-\u9fff]/;
const PUNCT = /[,，;；:：。!！?？、)）\]】”’"」』\s]/;

export function inAny(i: number, spans: Span[]): boolean {
  return spans.some(([a, b]) => i >= a && i < b);
}

/** Short quoted or book-titled stretches (“8+N”, 《…9件实事》), marks included. One pass. */
export function quoteSpans(text: string, [s, e]: Span, ex: ExclusionsFile): Span[] {
  const marks = quoteMarks(ex);
  const found: Span[][] = ex.quote_pairs.map(() => []);
  const lastOpen: number[] = ex.quote_pairs.map(() => -1);
  let any = false;
  for (let i = s; i < e; i++) {
    const pairs = marks.get(text.charCodeAt(i));
    if (pairs === undefined) continue;
    const ch = text[i];
    // each pair on its own, as if it had a pass of its own
    for (const p of pairs) {
      const [open, close] = ex.quote_pairs[p]!;
      if (ch === close && lastOpen[p]! >= 0) {
        if (i - lastOpen[p]! - 1 <= ex.quote_max) {
          found[p]!.push([lastOpen[p]!, i + 1]);
          any = true;
        }
        lastOpen[p] = -1;
      } else if (ch === open) lastOpen[p] = i;
    }
  }
  if (!any) return [];
  return found.flat().sort((a, b) => a[0] - b[0]);
}

let marksCache: { ex: ExclusionsFile; marks: Map<number, number[]> } | null = null;

/** For each quote mark (a code unit), the pairs it opens or closes, in list order. */
function quoteMarks(ex: ExclusionsFile): Map<number, number[]> {
  if (marksCache !== null && marksCache.ex === ex) return marksCache.marks;
  const marks = new Map<number, number[]>();
  ex.quote_pairs.forEach(([open, close], p) => {
    for (const ch of new Set([open, close])) {
      if (ch.length !== 1) continue;
      const list = marks.get(ch.charCodeAt(0));
      if (list) list.push(p);
      else marks.set(ch.charCodeAt(0), [p]);
    }
  });
  marksCache = { ex, marks };
  return marks;
}

/** The clause holding `i`: from after the last clause mark before it. */
export function clauseStart(text: string, s: number, i: number): number {
  let k = i - 1;
  while (k >= s && !CLAUSE_END.test(text[k]!)) k--;
  return k + 1;
}

export function clauseEnd(text: string, i: number, e: number): number {
  let k = i;
  while (k < e && !CLAUSE_END.test(text[k]!)) k++;
  return k;
}

const endsWithAny = (text: string, at: number, words: string[]): string | undefined =>
  words.find((w) => at - w.length >= 0 && text.startsWith(w, at - w.length));

export function isExcludedMeasure(
  text: string, s: number, n: Numeral, _unitStart: number, unitEnd: number, unitSurface: string,
  form: string, idx: TokenIndex, lex: NumberLexicon,
): boolean {
  const ex = lex.exclusions;
  const start = n.start;
  const lead = text[start]!;
  // 一 as an article: 一批, 一个, 一条 (but 仅一个, 各一家 count)
  if (!n.arabic && (lead === '一' || lead === '壹') && n.end - start === 1 && ex.article_measures.includes(unitSurface)) {
    if (!endsWithAny(text, start, ex.count_context)) return true;
  }
  // 一条条, 一个个: a reduplicated measure
  if (unitSurface.length === 1 && text[unitEnd] === unitSurface) return true;
  // 几十个, 每万人
  if (endsWithAny(text, start, ex.vague_before) && start > s) {
    const w = endsWithAny(text, start, ex.vague_before)!;
    const t = idx.containing(start - w.length);
    if (!t || t.span[0] === start - w.length) return true;
  }
  // 人大三次会议: a session's name
  if (unitSurface === '次' && ex.session_after_times.some((w) => text.startsWith(w, unitEnd))) return true;
  // 人才新政40条: a policy's name
  if ((unitSurface === '条' || unitSurface === '條') && endsWithAny(text, start, ex.title_before_articles)) return true;
  // 电子五所: an organisation's name
  if (!n.arabic && ex.org_units.includes(unitSurface) && start > s && CJK.test(text[start - 1]!)) {
    const t = idx.containing(start - 1);
    if (t && /^[nj]/.test(t.tag)) return true;
  }
  // S2线, COVID-19: a code
  const prev = text[start - 1];
  if (start > s && prev !== undefined) {
    if (/[A-Za-z]/.test(prev)) return true;
    if (/[-+＋/]/.test(prev) && /[A-Za-z0-9]/.test(text[start - 2] ?? '')) return true;
  }
  // 万亩千亿, 千家万户: slogans made of multipliers
  for (const w of ex.bare_blockers) {
    for (let k = Math.max(s, start - w.length + 1); k <= start; k++) {
      if (text.startsWith(w, k) && k + w.length > start) return true;
    }
  }
  void form;
  return false;
}

/** 第N with no rank unit: a rank unless an ordinal of a name, term or time, or an enumerator. */
export function isExcludedRank(text: string, i: number, s: number, numEnd: number, idx: TokenIndex, lex: NumberLexicon): boolean {
  const ex = lex.exclusions;
  if (ex.ordinal_blockers.some((w) => text.startsWith(w, numEnd))) return true;
  const next = text[numEnd];
  // 第一,我们… / 第二是…: an enumerator at the head of a clause
  const head = clauseStart(text, s, i);
  if (text.slice(head, i).trim() === '' && (next === undefined || /[,，、:：是]/.test(next))) return true;
  if (next === undefined || PUNCT.test(next) || next === '的') return false;
  // 居温州第一,入选 / 第1位: a rank is followed by a verb or adverb, never a noun (第二实验小学)
  const t = idx.startingAt(numEnd);
  return !(t && /^(v|d|p|c|u)/.test(t.tag) && t.tag !== 'vn');
}

/** N大 before a plural noun (两大省级示范飞地, 3大国企集团). */
export function isBigCount(text: string, n: Numeral, value: number, idx: TokenIndex, bigNames: string[]): boolean {
  const big = n.end; // index of 大
  if (!Number.isInteger(value) || value < 2 || value > 99) return false;
  if (text[n.start - 1] === '第') return false;
  if (bigNames.some((w) => text.startsWith(w, n.start) && w.length === big + 1 - n.start)) return false;
  const after = text[big + 1];
  if (after === undefined || !(CJK.test(after) || after === '“' || after === '"')) return false;
  if (/^[批量多约概致都家]/.test(text.slice(big + 1))) return false;
  // 大学, 大道, 大桥: 大 starts a word of its own
  const t = idx.containing(big);
  if (t && t.span[0] === big && t.span[1] > big + 1) return false;
  return true;
}

/** The unit a multiplier with no unit implies (人口45万 → 人; 1234.56亿 → 元). */
export function impliedUnit(text: string, s: number, n: Numeral, lex: NumberLexicon): { unit: string; quantity: Quantity } | null {
  // 30万居民: the noun right after says it
  const next = lex.implied.after.find((h) => text.startsWith(h.word, n.end));
  if (next) return { unit: next.unit, quantity: next.quantity };
  const head = clauseStart(text, s, n.start);
  const before = text.slice(head, n.start);
  let best: { at: number; unit: string; quantity: Quantity } | null = null;
  for (const h of lex.implied.hints) {
    const at = before.lastIndexOf(h.word);
    if (at >= 0 && (!best || at > best.at)) best = { at, unit: h.unit, quantity: h.quantity };
  }
  if (best) return { unit: best.unit, quantity: best.quantity };
  const last = text[n.end - 1];
  if (last === '亿' || last === '億' || text[n.end] === '级') return lex.implied.defaultYi;
  return null;
}
