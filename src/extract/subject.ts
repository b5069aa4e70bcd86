/**
 * Subjects of numbers: a short phrase naming what is measured. For a count
 * written before its noun (3个梯次, 两大省级示范飞地) the noun after it; else the
 * phrase before the number in its clause (规上工业亩均税收52.3万元), trimmed of
 * time scopes, pronouns, approximation and linking words and punctuation.
 */
import { loadLexicon } from '../lexicon.js';
import { clauseEnd, clauseStart } from './number-exclusions.js';
import type { TokenIndex } from './number-tokens.js';
import type { Span } from '../types.js';

interface SubjectFile {
  lead_trim: string[];
  tail_trim: string[];
  max_length: number;
}

const PUNCT = /[,，;；:：。!！?？、()（）“”"‘’《》\s]/;

export interface SubjectInput {
  text: string;
  sentence: Span;
  /** The number's text span, and where its approx word (before) and tail (after) end. */
  span: Span;
  head: number;
  tail: number;
  /** Count-like (个, 家, N大 …): a noun right after it names what is counted. */
  countLike: boolean;
  /** End of the previous number in the same sentence, or -1. */
  previousEnd: number;
  /** A rank: the subject names what is ranked (…排名). */
  rank: boolean;
  /** Spans of time scopes, left out of subjects. */
  scopes: Span[];
  idx: TokenIndex;
}

export function subjectOf(x: SubjectInput): string | null {
  const lex = loadLexicon<SubjectFile>('subject-words.yaml');
  const { text } = x;
  if (x.countLike) {
    const after = phraseAfter(x, lex);
    if (after) return after;
  }
  // 打造9平方公里的未来新城: what follows 的 names it when a verb comes before
  if (text[x.tail] === '的' && lastTokenIsVerb(x)) {
    const after = phraseAfter({ ...x, tail: x.tail + 1 }, lex);
    if (after) return after;
  }
  const before = phraseBefore(x, lex);
  if (before) return before;
  return phraseAfter(x, lex);
}

function lastTokenIsVerb(x: SubjectInput): boolean {
  const t = x.idx.containing(x.head - 1);
  return t !== undefined && t.span[1] === x.head && /^v/.test(t.tag) && t.tag !== 'vn';
}

/** 投资总额居温州 → 投资总额温州排名. */
function rankPhrase(s: string): string {
  const out = s.replace(/(?:跃居|位居|位列|居于|均居|名列|排在|居|列)/u, '');
  return out.endsWith('排名') || out.endsWith('排名第') ? out.replace(/第$/, '') : `${out}排名`;
}

function strip(s: string, lex: SubjectFile): string {
  let out = s;
  let changed = true;
  while (changed && out.length > 0) {
    changed = false;
    out = out.replace(/^[\s,，;；:：。、)）”’]+|[\s,，;；:：。、(（“‘]+$/gu, '');
    for (const w of lex.lead_trim) {
      if (out.startsWith(w) && out.length > w.length) {
        out = out.slice(w.length);
        changed = true;
      }
    }
    for (const w of lex.tail_trim) {
      if (out.endsWith(w) && out.length > w.length) {
        out = out.slice(0, out.length - w.length);
        changed = true;
      }
    }
  }
  return out;
}

function removeScopes(text: string, [a, b]: Span, scopes: Span[]): string {
  let out = '';
  for (let i = a; i < b; i++) if (!scopes.some(([p, q]) => i >= p && i < q)) out += text[i];
  return out;
}

function phraseBefore(x: SubjectInput, lex: SubjectFile): string | null {
  const { text } = x;
  let from = clauseStart(text, x.sentence[0], x.head);
  if (x.previousEnd > from) from = x.previousEnd;
  // after 、 only when something stands between it and the number
  // a clause longer than a few subjects is cut first (keeps the trimming linear)
  from = Math.max(from, x.head - 4 * lex.max_length);
  const raw = removeScopes(text, [from, x.head], x.scopes);
  let s = raw.includes('、') && raw.slice(raw.lastIndexOf('、') + 1).trim().length >= 2 ? raw.slice(raw.lastIndexOf('、') + 1) : raw;
  s = strip(s, lex);
  if (s.length < 2) {
    // a bare list item (1000家、2800家): the phrase before the list
    return null;
  }
  if (s.length > lex.max_length) {
    // keep whole words from the right end
    const end = x.head;
    let start = end - s.length;
    for (let k = Math.max(start, end - lex.max_length); k < end; k++) {
      if (x.idx.startingAt(k)) {
        start = k;
        break;
      }
    }
    s = strip(removeScopes(text, [start, end], x.scopes), lex);
    if (s.length > lex.max_length) s = s.slice(s.length - lex.max_length);
  }
  if (x.rank) s = rankPhrase(s);
  return s.length >= 2 ? s : null;
}

function phraseAfter(x: SubjectInput, lex: SubjectFile): string | null {
  const { text } = x;
  const end = Math.min(clauseEnd(text, x.tail, x.sentence[1]), x.tail + lex.max_length);
  let stop = x.tail;
  while (stop < end && !PUNCT.test(text[stop]!)) stop++;
  if (stop === x.tail) return null;
  // stop at a verb once a noun has been read (5个未来社区建设 keeps 建设 only as a noun)
  let out = '';
  let sawNoun = false;
  let k = x.tail;
  while (k < stop) {
    const t = x.idx.containing(k);
    if (!t) {
      out += text[k];
      k++;
      continue;
    }
    k = t.span[1];
    if (t.span[0] < x.tail) continue;
    if (sawNoun && /^(v|p|c|u|d|r)/.test(t.tag) && t.tag !== 'vn') break;
    if (!sawNoun && /^(p|c|r)/.test(t.tag)) break;
    if (/^(n|j|eng)/.test(t.tag)) sawNoun = true;
    out += t.word;
  }
  if (x.idx.size === 0) {
    out = text.slice(x.tail, stop);
    sawNoun = out.length > 0;
  }
  if (!sawNoun) return null;
  out = strip(out, lex);
  return out.length >= 2 ? out : null;
}
