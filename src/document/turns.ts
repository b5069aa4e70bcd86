import { documentLexicon } from './lexicon.js';
import { readEnumerator } from './enumerators.js';
import { isSpace } from '../text/space.js';
import type { Span, Speaker } from '../types.js';
import { escapeRegExp } from '../text/regex.js';

export type TurnKind = 'question' | 'answer' | 'host';

/** A paragraph that opens with a speaker prefix: `问题一:`, `记者:`, `答:`, `市长 戴某回答记者提问:`. */
export interface Turn {
  kind: TurnKind;
  /** The prefix as written, white space folded (`问题一`, `人民日报记者`). */
  label: string;
  /** From the prefix's first character to just after its colon. */
  prefix: Span;
  /** The label stands alone on its line; the turn's words follow in the next paragraph. */
  bare: boolean;
  speaker: Speaker | null;
}

const MAX_PREFIX = 48;
const NOT_IN_PREFIX = /[,\uFF0C。;\uFF1B!\uFF01?\uFF1F《》]/;
const ENUMERATOR = /^(?:[一二三四五六七八九十]+|\d+)$/;
const HAN_NAME = /^\p{Script=Han}{2,4}$/u;

let stampCache: { source: string; re: RegExp } | null = null;

function timestampPattern(source: string): RegExp {
  if (stampCache === null || stampCache.source !== source) stampCache = { source, re: new RegExp(source, 'y') };
  return stampCache.re;
}

/** An outlet or a name in brackets after a reporter's label. */
const OUTLET_AFTER = /^[(\uFF08][^()\uFF08\uFF09]{2,20}[)\uFF09]$/u;

/** A person's name: two or three Han characters starting with a common surname. */
function isPersonName(s: string): boolean {
  return /^\p{Script=Han}{2,3}$/u.test(s) && documentLexicon().surnames.includes([...s][0]!);
}

function fold(s: string): string {
  return [...s].filter((c) => !isSpace(c)).join('');
}

/** Reads the turn prefix of a paragraph whose content starts at `start`, if it has one. */
export function readTurn(text: string, [start, end]: Span): Turn | null {
  const lex = documentLexicon();
  const limit = Math.min(end, start + MAX_PREFIX);
  // decorative marks before the label (■记者：) belong to the prefix, not the label
  let from = start;
  while (from < limit && lex.turn_marks.includes(text[from]!)) from++;
  while (from < limit && isSpace(text[from])) from++;
  // so does a time stamp ([00:01:12] 主持人：)
  const stamp = timestampPattern(lex.turn_timestamp);
  stamp.lastIndex = from;
  if (stamp.test(text)) {
    from = stamp.lastIndex;
    while (from < limit && isSpace(text[from])) from++;
  }
  const bracket = lex.turn_brackets.find(([open]) => text.startsWith(open, from));
  let colon = -1;
  let labelStart = from;
  if (bracket) {
    // 【记者】 / [主持人]：the closing bracket ends the label; a colon after it is part of the prefix
    labelStart = from + bracket[0].length;
    const close = text.indexOf(bracket[1], labelStart);
    if (close < 0 || close >= limit) return null;
    colon = close + bracket[1].length - 1;
    if (text[colon + 1] === ':' || text[colon + 1] === '\uFF1A') colon++;
    if (NOT_IN_PREFIX.test(text.slice(labelStart, close))) return null;
    return finishTurn(text, start, end, text.slice(labelStart, close), colon);
  }
  for (let i = from; i < limit; i++) {
    const ch = text[i]!;
    if (ch === ':' || ch === '\uFF1A') {
      colon = i;
      break;
    }
    if (NOT_IN_PREFIX.test(ch)) return null;
  }
  if (colon <= labelStart) return null;
  return finishTurn(text, start, end, text.slice(labelStart, colon), colon);
}

/** A turn from its label as written (`raw`) and the last character of its prefix (`colon`). */
function finishTurn(text: string, start: number, end: number, raw: string, colon: number): Turn | null {
  let bodyStart = colon + 1;
  while (bodyStart < end && isSpace(text[bodyStart])) bodyStart++;
  const bare = bodyStart >= end;
  const label = fold(raw);
  if (label.length === 0) return null;
  const prefix: Span = [start, colon + 1];
  const kind = classify(label);
  if (kind === null) return null;
  // quotes belong in a prefix only as a questioner's handle (网友“绿色出行”)
  if (/[“”"]/.test(label) && kind !== 'question') return null;
  const speaker = kind === 'answer' ? readSpeaker(raw) : null;
  if (kind === 'answer' && speaker === null && !documentLexicon().answer_labels.exact.includes(label)) return null;
  // a lead-in line ("主要抓了四个方面:") has nothing after its colon either: only
  // labels that name a turn outright may stand alone
  if (bare && kind === 'answer' && speaker === null && !documentLexicon().answer_labels.exact.includes(label)) return null;
  return { kind, label, prefix, speaker, bare };
}

/**
 * Stage narration between turns (电视问政): a paragraph opening with a bracketed
 * stage label (【短片】…) or wholly in round brackets (（现场满意度测评：…）, read
 * folded); and the title line of the next letter on a letter page (留言标题：…).
 * `label` is the label to leave out of the content, if any.
 */
export function readStageLine(text: string, [start, end]: Span): { label: Span | null } | null {
  const lex = documentLexicon();
  for (const word of lex.boundary_labels) {
    const colon = start + word.length;
    if (text.startsWith(word, start) && (text[colon] === ':' || text[colon] === '\uFF1A')) return { label: [start, colon + 1] };
  }
  for (const [open, close] of lex.turn_brackets) {
    if (!text.startsWith(open, start)) continue;
    const c = text.indexOf(close, start + open.length);
    if (c < 0 || c >= end) continue;
    if (lex.stage_labels.includes(text.slice(start + open.length, c).trim())) return { label: [start, c + close.length] };
  }
  if (text[start] !== '(' || text[end - 1] !== ')') return null;
  // the bracket opened first closes at the paragraph's end: (二)…(重点) is no stage line
  let depth = 0;
  for (let i = start; i < end; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i === end - 1 ? { label: null } : null;
  }
  return null;
}

/**
 * Where an answer starts inside a question's paragraph (`问:…?答:…` on one
 * line): just after the question mark, a prefix that reads as an answer turn.
 */
export function inlineAnswerAt(text: string, [, end]: Span, question: Turn): number | null {
  for (let i = question.prefix[1]; i < end; i++) {
    const ch = text[i];
    if (ch !== '?' && ch !== '\uFF1F') continue;
    let k = i + 1;
    while (k < end && isSpace(text[k])) k++;
    if (k >= end) return null;
    const turn = readTurn(text, [k, end]);
    if (turn && turn.kind === 'answer' && !turn.bare) return k;
  }
  return null;
}

function classify(label: string): TurnKind | null {
  const lex = documentLexicon();
  const q = lex.question_labels;
  if (lex.answer_labels.exact.includes(label)) return 'answer';
  // `…回答记者提问` ends like a question label (`记者提问`): answers first
  if (lex.answer_labels.suffixes.some((s) => label.endsWith(s))) return 'answer';
  if (q.exact.includes(label)) return 'question';
  for (const p of q.numbered_prefixes) {
    if (label.startsWith(p) && ENUMERATOR.test(label.slice(p.length))) return 'question';
  }
  if (q.suffixes.some((s) => label.endsWith(s))) return 'question';
  // 网友“绿色出行”: a named member of the public asking online
  if (q.prefixes.some((p) => label.startsWith(p))) return 'question';
  if (lex.host_labels.some((h) => label === h || label.startsWith(`${h}(`) || label.startsWith(`${h}\uFF08`))) return 'host';
  // 主持人 李娜, 记者 王芳: a host's or a questioner's label followed by a name
  if (lex.host_labels.some((h) => label.startsWith(h) && isPersonName(label.slice(h.length)))) return 'host';
  if (q.exact.some((w) => label.startsWith(w) && isPersonName(label.slice(w.length)))) return 'question';
  // 记者（棠州晚报）: a reporter with the outlet in brackets
  if (q.exact.some((w) => OUTLET_AFTER.test(label.slice(w.length)) && label.startsWith(w))) return 'question';
  return 'answer'; // a speaker prefix; readTurn drops it when no speaker can be read
}

/**
 * The official behind an answer prefix:
 * `中共乐清市委副书记、市人民政府市长 戴旭强回答记者提问` → role + name,
 * `王某某(市发改委主任)`, `市发改委主任王某某`, `王某某`.
 */
export function readSpeaker(raw: string): Speaker | null {
  const lex = documentLexicon();
  let p = raw.trim().replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, '');
  for (const s of lex.answer_labels.suffixes) {
    if (p.endsWith(s)) {
      p = p.slice(0, -s.length).trim();
      break;
    }
  }
  for (const s of lex.speaker_prefixes) {
    if (p.startsWith(s) && p.length > s.length) {
      p = p.slice(s.length).replace(/^[\s\u00a0\u3000]+/, '');
      break;
    }
  }
  if (p.length === 0) return null;
  const paren = /^(.+?)[(\uFF08](.+)[)\uFF09]$/u.exec(p);
  if (paren) {
    const [a, b] = [fold(paren[1]!), fold(paren[2]!)];
    if (HAN_NAME.test(a) && !endsWithRole(a)) return { name: a, role: b };
    if (HAN_NAME.test(b) && !endsWithRole(b)) return { name: b, role: a };
    return null;
  }
  const parts = p.split(/[\s\u00a0\u3000]+/).filter(Boolean);
  if (parts.length >= 2) {
    const name = parts[parts.length - 1]!;
    const role = parts.slice(0, -1).join(' ');
    if (HAN_NAME.test(name) && !endsWithRole(name) && looksLikeRole(role)) return { name, role };
    return null;
  }
  const folded = fold(p);
  // role words glued to the name: 市发改委主任王某某
  for (const w of lex.role_words) {
    const at = folded.lastIndexOf(w);
    if (at < 0) continue;
    const rest = folded.slice(at + w.length);
    if (rest.length === 0) return { name: null, role: folded };
    if (isPersonName(rest)) {
      return { name: rest, role: folded.slice(0, at + w.length) };
    }
  }
  if (isPersonName(folded)) return { name: folded, role: null };
  return null;
}

function endsWithRole(s: string): boolean {
  return documentLexicon().role_words.some((w) => s.endsWith(w));
}

function looksLikeRole(s: string): boolean {
  const lex = documentLexicon();
  return lex.role_words.some((w) => s.includes(w));
}


/**
 * The interviewee an introduction names (`专访了云溪县委副书记、县长𠮷永红`), for
 * answers given under a bare `答:`. The name must start with a common surname
 * or be written again elsewhere in the text.
 */
export function findInterviewee(text: string, intro: string): Speaker | null {
  const lex = documentLexicon();
  const roles = roleAlternation();
  // named after a verb of interviewing, or (looser) at the head of a phrase,
  // where the name must then also start with a common surname
  const patterns: [RegExp, boolean][] = [
    [new RegExp(`(?:专访了?|采访了?|对话|访谈了?|邀请到?了?)\\s*(${NOT_SEP_IN_ROLE}{0,30}?(?:${roles}))\\s*(\\p{Script=Han}{2,3})`, 'gu'), false],
    [new RegExp(`(?:^|${SEP})(${NOT_SEP}{0,30}?(?:${roles}))(\\p{Script=Han}{2,3})`, 'gmu'), true],
  ];
  for (const [re, needSurname] of patterns) {
    for (const m of intro.matchAll(re)) {
      const role = m[1]!;
      const chars = [...m[2]!];
      // the name may have swallowed a following word (张伟做客): a 3- or 2-character name
      // written again elsewhere wins; else, a surname and the whole match
      const surname = lex.surnames.includes(chars[0]!);
      const names = [3, 2].filter((n) => chars.length >= n).map((n) => chars.slice(0, n).join(''));
      const repeated = names.find((name) => text.split(name).length - 1 > 1);
      if (repeated !== undefined && (surname || !needSurname)) return { name: repeated, role };
      if (!needSurname && surname && names[0] !== undefined && chars.length <= 3) return { name: names[0], role };
    }
  }
  return null;
}

/**
 * The role an introduction gives a speaker who answers under a bare name
 * (`国家发展改革委主任程立伟、…` → 国家发展改革委主任).
 */
export function findRole(name: string, intro: string, otherNames: readonly string[] = []): string | null {
  const re = new RegExp(`(${NOT_SEP}{1,30}?(?:${roleAlternation()}))${escapeRegExp(name)}`, 'gu');
  // 访安榆县委书记韩立军, 今天我们邀请到区长张伟: the role starts after the verb of interviewing;
  // …副局长罗建平和市城管局副局长苏晓雯: and after another speaker's name and the word joining them
  for (const m of intro.matchAll(re)) {
    const found = m[1]!;
    let from = 0;
    for (const v of documentLexicon().intro_verbs) {
      const at = found.lastIndexOf(v);
      if (at >= 0 && at + v.length > from && at + v.length < found.length) from = at + v.length;
    }
    for (const other of otherNames) {
      const at = other === name ? -1 : found.lastIndexOf(other);
      if (at < 0 || at + other.length <= from) continue;
      from = at + other.length;
      const joiner = JOINERS.find((j) => found.startsWith(j, from));
      if (joiner) from += joiner.length;
    }
    return found.slice(from).replace(/^(?:专访|采访|访|对话)/, '') || null;
  }
  return null;
}

/** Words joining two people an introduction names (张某和李某). */
const JOINERS = ['以及', '和', '与', '及', '同'];

const SEP = '[,\\uFF0C。;\\uFF1B:\\uFF1A“”、—\\s]';
// a role may list several posts: 县委副书记、县长
const NOT_SEP_IN_ROLE = '[^,\\uFF0C。;\\uFF1B:\\uFF1A“”\\s]';
const NOT_SEP = '[^,\\uFF0C。;\\uFF1B:\\uFF1A“”、—\\s]';
let roleRe: string | null = null;
function roleAlternation(): string {
  roleRe ??= [...documentLexicon().role_words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  return roleRe;
}

/** Longest question a numbered heading may hold. */
const MAX_NUMBERED_QUESTION = 80;

/**
 * A numbered question heading of a 政策解读 page (`一、《办法》出台的背景是什么？`):
 * a section enumerator and one short sentence ending in a question mark.
 */
export function numberedQuestion(text: string, [start, end]: Span): { label: string; enumerator: Span; question: Span } | null {
  const e = readEnumerator(text, start, end);
  if (!e || !e.opensSection) return null;
  let q = e.span[1];
  while (q < end && isSpace(text[q])) q++;
  const body = text.slice(q, end);
  if (end - q > MAX_NUMBERED_QUESTION || !/[?\uFF1F]$/u.test(body) || /[。!\uFF01;\uFF1B]/u.test(body)) return null;
  return { label: e.label, enumerator: e.span, question: [q, end] };
}

/**
 * The official an introduction says answers, by role only
 * (`市科技局有关负责人就《办法》进行了解读` → 市科技局有关负责人).
 */
export function findSpokesperson(intro: string): Speaker | null {
  const lex = documentLexicon();
  const roles = lex.spokesperson_roles.map(escapeRegExp).join('|');
  const verbs = lex.spokesperson_verbs.map(escapeRegExp).join('|');
  if (!roles || !verbs) return null;
  const m = new RegExp(`(${NOT_SEP}{1,20}?(?:${roles}))(?:${verbs})`, 'u').exec(intro);
  return m ? { name: null, role: m[1]!.replace(/^(?:由|请|邀请)/u, '') } : null;
}
