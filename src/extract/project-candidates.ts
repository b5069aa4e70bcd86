/**
 * Project name candidates in one sentence.
 *
 * A name ends with a suffix of the lexicon (大桥, 高速公路, 研究院 …; inside
 * quotes too: “未来新城”, “人才新政40条”) or is a user-dictionary word tagged
 * `proj`. It extends right over qualifiers (一期, 复线, 拓宽, 乐清段 …) and left
 * over the units of the name (place names, nouns, codes, quoted parts) up to a
 * verb, 的, punctuation, a number or a function word. Rejected: a head that
 * modifies a bigger noun (中心城区), a kind counted or measured (四大城市公园,
 * 企业技术中心2家), a generic name (农村公路). Also taken: the items of
 * `A、B两大…飞地`, and a name listed with 、 right before an accepted one
 * (华为区块链、西门子工业软件中心).
 */
import { JOINER, isPunct, unitAt, unitIndex, type Unit } from './project-units.js';
import { projectLexicon, statusLexicon, suffixOf, userProjectTag, type ProjectLexicon, type Suffix } from './project-lexicon.js';
import { ownerCategory } from './project-owner.js';

/** A word that opens with a status verb (建成投产/j) says what happens to the name, it is no bigger noun. */
let statusWords: string[] | null = null;
function statusWord(word: string): boolean {
  if (!statusWords) {
    const st = statusLexicon();
    statusWords = [...st.completed, ...st.in_progress, ...st.planned, ...st.acts].filter((w) => w.length >= 2);
  }
  return statusWords.some((w) => word.startsWith(w));
}

/** Boundary words of two or more characters, in the lexicon's order. */
let longBoundary: string[] | null = null;
function longBoundaryWords(lex: ProjectLexicon): string[] {
  longBoundary ??= [...lex.boundary].filter((b) => b.length >= 2);
  return longBoundary;
}
import type { ProjectCategory, Span } from '../types.js';
import { partitionPoint } from '../text/search.js';

export interface Candidate {
  span: Span;
  name: string;
  category: ProjectCategory;
  /** the mention follows 到/从/在 …: a place reference */
  placeRef: boolean;
}

const STOP_TAGS = new Set(['p', 'c', 'u', 'uj', 'ul', 'uz', 'uv', 'ud', 'ug', 'r', 'y', 'e', 'o', 'f', 'w', 'i']);
const NOMINAL = new Set(['n', 'nr', 'ns', 'nt', 'nz', 'ng', 'nrt', 'j', 'eng']);
const ORDINAL = /^第[一二三四五六七八九十\d]+[条座个期号]?$/u;
/** jieba tags of proper names (安澜/nrfg, 临海/ns, 沈海/x) */
const placeLike = (tag: string): boolean => PROPER.has(tag) || /^n[rstz]/u.test(tag);
const PHASE = /^[一二三四五六七八九十\d]期/u;
const PROPER = new Set(['nr', 'ns', 'nz', 'nt', 'nrt', 'eng', 'x', 'j']);
const LEADING_TRIM = new Set(['v', 'vd', 'd', 'ad', 'p', 'c', 'f', 'uj', 'ul']);
const TIME_WORD = /[年月日]|^(?:今|明|去|当前|近期|目前|现在|前期|后期|上半|下半)/u;
const COUNT = /^(?:[一二三四五六七八九十两\d]+[大个项座条批所家处]|一批|一大批|首批|一系列)$/u;
const ARTICLE_OF = /一(?:条|座|个|批|处|所|大批)[^,\uFF0C、;\uFF1B。]*的$/u;
const MAX_NAME = 18;

/** One of a thing (1座, 一处): counts a named work, no kind (新建和平路雨水泵站1座). */
const ONE_OF = /^[1一][\p{Script=Han}]$/u;

/** A number starts right after `end`, with at most an approx word between (技改项目超1300个); not a count of one. */
function numbersStartNear(units: Unit[], end: number): boolean {
  const i = unitIndex(units).firstFrom(end);
  if (i < 0) return false;
  const u = units[i]!;
  if (u.number && u.span[0] === end) return !ONE_OF.test(u.word);
  const v = units[i + 1];
  return u.span[0] === end && /^(?:超过|超|约|近|逾|达到|达|共|总计|合计)$/u.test(u.word) && v !== undefined && v.number && v.span[0] === u.span[1];
}

const innerOf = (u: Unit): string => (u.quote ? u.word.slice(1, -1) : u.word);

/** Left edge (unit index) of a name whose head starts at unit `k0`. */
function extendLeft(lex: ProjectLexicon, units: Unit[], k0: number, end: number, allowList = false, route = false, work = false): number {
  const max = allowList ? MAX_NAME * 3 : MAX_NAME;
  let first = k0;
  let joined = false;
  for (let k = k0 - 1; k >= 0; k--) {
    const u = units[k]!;
    if (end - u.span[0] > max) break;
    if (joined) {
      // after the joiner only the first place's name
      if (placeLike(u.tag) && !isPunct(u) && !u.number && !lex.boundary.has(u.word)) {
        first = k;
        continue;
      }
      break;
    }
    if (u.quote) {
      first = k;
      continue;
    }
    // 云溪至松阳高速公路: a route between two places (once, between place names)
    if (route && !joined && lex.routeJoiners.has(u.word) && k < first) {
      const prev = units[k - 1];
      if (prev && routeEnd(lex, prev) && placeLike(units[k + 1]!.tag)) {
        joined = true;
        first = k - 1;
        k--;
        continue;
      }
    }
    // 安榆至/x 北垦 一级公路: jieba glued the joiner to the first place
    if (route && !joined && k === first - 1 && u.word.length >= 3 && lex.routeJoiners.has(u.word.slice(-1)) && routeEnd(lex, u) && placeLike(units[k + 1]!.tag)) {
      joined = true;
      first = k;
      continue;
    }
    // 二级公路: a grade jieba reads as a numeral
    if (lex.grades.has(u.word)) {
      first = k;
      continue;
    }
    // 基层医疗卫生服务能力提升工程: a verb between nouns inside the name (老旧小区改造提升工程:
    // two of them after the noun)
    // (滨河路综合提升工程, 片区排水防涝提升工程: verbs naming the work between the noun and it)
    if (lex.innerVerbs.has(u.word) && nounBeforeVerbs(lex, units, k)) {
      first = k;
      continue;
    }
    if (allowList && u.word === '、') {
      first = k;
      continue;
    }
    if (JOINER.test(u.word)) {
      const prev = units[k - 1];
      if (prev && !isPunct(prev) && !lex.boundary.has(prev.word)) {
        first = k;
        continue;
      }
      break;
    }
    // 排水防涝能力提升工程: a verb right before 工程 names the work, after a noun
    if (work && k === k0 - 1 && lex.boundary.has(u.word) && /^v/u.test(u.tag) && u.word.length >= 2 && k > 0 && /^n/u.test(units[k - 1]!.tag) && !lex.boundary.has(units[k - 1]!.word)) {
      first = k;
      continue;
    }
    // 5万吨级集装箱码头: a capacity class is part of the name
    if (u.number && /级$/u.test(u.word) && k === first - 1) {
      first = k;
      continue;
    }
    // 3号泊位: 号 after a code
    if (u.word === '号' && k > 0 && /^[0-9A-Za-z]+$/u.test(units[k - 1]!.word)) {
      first = k;
      continue;
    }
    if (u.number || isPunct(u) || lex.boundary.has(u.word) || lex.comparisonOpeners.includes(u.word)) break;
    // 超额完成/l 年度投资计划: a verb phrase ending in a boundary verb is no part of a name
    if (endsInBoundaryVerb(lex, u)) break;
    // 比老/x 院区: a comparison glued to the next word; the name starts after it (see gluedOpener)
    if (gluedOpener(lex, u)) {
      first = k;
      break;
    }
    // 市民非常关心地铁: an adverb never sits inside a name (高速/d, 一期/d do)
    if (u.tag === 'd' && !suffixOf(lex, u.word) && !lex.qualifiers.includes(u.word)) break;
    // 沿江/f, 东部/f may open a name; 以北, 中, 上 may not
    if (STOP_TAGS.has(u.tag) && !(u.tag === 'f' && openingPlaceWord(u))) break;
    if (u.tag === 'm' && !/^[0-9A-Za-z]+$/u.test(u.word) && !ORDINAL.test(u.word)) break;
    if (u.tag === 't' && TIME_WORD.test(u.word)) break;
    if (COUNT.test(u.word)) break;
    first = k;
  }
  // a name does not start with a verb or an adverb (a place word like 沿江/f may open it)
  while (first < k0 && (leadingTrim(units[first]!) || lex.innerVerbs.has(units[first]!.word) || JOINER.test(units[first]!.word) || units[first]!.word === '、')) first++;
  return first;
}

/** Tags of words jieba glues into verb phrases (超额完成/l, 全面完成/l, 圆满完成/i). */
const PHRASE_TAGS = new Set(['v', 'l', 'i']);

/** A verb phrase that ends in a boundary verb of two or more characters (超额完成 ← 完成). */
function endsInBoundaryVerb(lex: ProjectLexicon, u: Unit): boolean {
  if (!PHRASE_TAGS.has(u.tag) || u.quote || u.number) return false;
  return longBoundaryWords(lex).some((b) => u.word.length > b.length && u.word.endsWith(b));
}

/** A unit a name never opens with: a verb, an adverb, a preposition; a one-character place word (上, 内). */
function leadingTrim(u: Unit): boolean {
  if (u.tag === 'f') return !openingPlaceWord(u);
  return LEADING_TRIM.has(u.tag);
}

/** 沿江/f, 东部/f: a place word of two or more characters that may open a name (not 以北, 之间). */
function openingPlaceWord(u: Unit): boolean {
  return u.word.length >= 2 && !/^[以之]/u.test(u.word);
}

/** Jieba known names (比亚迪/nr) are whole words; an unknown glue (比老/x) may start with a comparison. */
const KNOWN_NAME = new Set(['nr', 'ns', 'nz', 'nt', 'nrt', 'nrfg']);

/** The comparison word a unit opens with when jieba glued it to the next word (比老/x → 比), else undefined. */
function gluedOpener(lex: ProjectLexicon, u: Unit): string | undefined {
  if (u.quote || u.number || KNOWN_NAME.has(u.tag)) return undefined;
  return lex.comparisonOpeners.find((w) => u.word.length > w.length && u.word.startsWith(w));
}

const HAN2 = /^\p{Script=Han}{2,}$/u;

/** A word that can end the first place of a route (平安/a 至 东岭): a name-like word, no verb or time. */
function routeEnd(lex: ProjectLexicon, u: Unit): boolean {
  if (u.number || u.quote || isPunct(u) || lex.boundary.has(u.word)) return false;
  return placeLike(u.tag) || (HAN2.test(u.word) && /^[anb]/u.test(u.tag));
}

/** Verbs that may stand between a noun and an inner verb of a name (综合/vn, 防涝/v, 改造). */
const INNER_VERB_RUN = 3;

/**
 * A noun before the inner verb at `k`, with at most a few verbs between that
 * are no boundary (or are inner verbs themselves): 滨河路 综合 提升, 片区 排水 防涝 提升.
 */
function nounBeforeVerbs(lex: ProjectLexicon, units: Unit[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 1 - INNER_VERB_RUN; j--) {
    const u = units[j]!;
    if (nounLike(lex, u)) return true;
    const verb = /^v/u.test(u.tag) && u.word.length >= 2 && !u.number && !u.quote;
    if (!verb || (lex.boundary.has(u.word) && !lex.innerVerbs.has(u.word)) || statusWord(u.word)) return false;
  }
  return false;
}

/** A noun a verb inside a name may follow (医疗卫生/n 服务). */
function nounLike(lex: ProjectLexicon, u: Unit): boolean {
  return !u.number && !u.quote && !isPunct(u) && !lex.boundary.has(u.word) && (/^n/u.test(u.tag) || placeLike(u.tag));
}

/** Right edge after qualifiers and a section (乐清段). */
function extendRight(lex: ProjectLexicon, text: string, units: Unit[], end: number, limit: number, linear: boolean): number {
  for (let guard = 0; guard < 4; guard++) {
    const q = lex.qualifiers.find((w) => text.startsWith(w, end) && end + w.length <= limit);
    if (q) {
      end += q.length;
      continue;
    }
    if (linear) {
      const m = lex.section.exec(text.slice(end, Math.min(limit, end + 14)));
      if (m && unitIndex(units).endsAt(end + m[0].length)) {
        end += m[0].length;
        continue;
      }
    }
    break;
  }
  return end;
}

/** Modifier made only of generic words (and no quoted part)? */
function isGeneric(lex: ProjectLexicon, modifier: string): boolean {
  if (/[“”‘’「」]/u.test(modifier)) return false;
  let m = modifier;
  for (let changed = true; changed && m.length > 0; ) {
    changed = false;
    for (const g of lex.generic) {
      if (m.startsWith(g)) {
        m = m.slice(g.length);
        changed = true;
        break;
      }
    }
  }
  return m.length === 0;
}

/** Units from `first` are place names, then only generic words up to `end` (桐川区|重大|项目). */
function placeAndKind(lex: ProjectLexicon, text: string, units: Unit[], first: number, end: number): boolean {
  let k = first;
  while (k < units.length && units[k]!.span[1] < end && placeLike(units[k]!.tag) && !units[k]!.quote) k++;
  if (k === first || k >= units.length) return false;
  const rest = text.slice(units[k]!.span[0], end);
  return rest.length > 0 && isGeneric(lex, rest);
}

/**
 * The suffix and inner words that give a category (not `other`, no
 * condition), once per lexicon; also grouped by last character, in list order.
 */
const categoryWords = new WeakMap<ProjectLexicon, { words: Suffix[]; byLast: Map<string, Suffix[]> | null }>();

function categoryWordsOf(lex: ProjectLexicon): { words: Suffix[]; byLast: Map<string, Suffix[]> | null } {
  let known = categoryWords.get(lex);
  if (!known) {
    const words = [...lex.suffixes, ...lex.inner].filter((s) => s.category !== 'other' && !s.after);
    // an empty word ends everywhere: keep the plain scan then
    let byLast: Map<string, Suffix[]> | null = null;
    if (!words.some((s) => s.word === '')) {
      byLast = new Map();
      for (const s of words) {
        const list = byLast.get(s.word.slice(-1));
        if (list) list.push(s);
        else byLast.set(s.word.slice(-1), [s]);
      }
    }
    categoryWords.set(lex, (known = { words, byLast }));
  }
  return known;
}

/**
 * The category of the rightmost suffix word inside a modifier (港 → port): of
 * the words ending furthest right, the first in list order.
 */
function innerCategory(lex: ProjectLexicon, modifier: string): ProjectCategory | null {
  const { words, byLast } = categoryWordsOf(lex);
  if (byLast === null) {
    let best: { at: number; category: ProjectCategory } | null = null;
    for (const s of words) {
      const at = modifier.lastIndexOf(s.word);
      if (at >= 0 && (!best || at + s.word.length > best.at)) best = { at: at + s.word.length, category: s.category };
    }
    return best?.category ?? null;
  }
  // the words ending at `end` all end with the character before it
  for (let end = modifier.length; end > 0; end--) {
    const bucket = byLast.get(modifier[end - 1]!);
    if (bucket === undefined) continue;
    for (const s of bucket) if (end >= s.word.length && modifier.startsWith(s.word, end - s.word.length)) return s.category;
  }
  return null;
}

/** Tags of proper words (places, organisations, names jieba does not know). */
const PROPER_START = new Set(['ns', 'nz', 'nt', 'x', 'j']);
const NAME_REACH = 5;

/** A proper word (岑阳市, 柘湾) among the few words before unit `i`, with no verb of status, preposition or particle between. */
function properBefore(lex: ProjectLexicon, units: Unit[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - NAME_REACH; k--) {
    const u = units[k]!;
    if (u.number || u.quote || isPunct(u) || lex.boundary.has(u.word) || statusWord(u.word) || /^[pucr]/u.test(u.tag)) return false;
    if (PROPER_START.has(u.tag) && u.word.length >= 2) return true;
    // 区智慧城管平台: the speaker's own district or city (区, 市, 县) opening the name names it
    if (ownUnitOpens(lex, units, k)) return true;
  }
  return false;
}

/** A one-character place mark (区, 市, 县) said alone where a name opens: the speaker's own unit (区中医院). */
function ownUnitOpens(lex: ProjectLexicon, units: Unit[], k: number): boolean {
  const u = units[k]!;
  if (u.word.length !== 1 || !/^n/u.test(u.tag) || !lex.placeMarks.includes(u.word)) return false;
  const prev = units[k - 1];
  return !prev || isPunct(prev) || lex.boundary.has(prev.word);
}

function plain(i: number, u: Unit, len: number): Head {
  return { i, start: u.span[1] - len, end: u.span[1], category: 'other', quoted: false, user: false };
}

interface Head {
  /** unit index holding the head's end */
  i: number;
  start: number;
  end: number;
  category: ProjectCategory;
  quoted: boolean;
  user: boolean;
  /** the suffix only ends a name (计划) */
  final?: boolean;
  /** the suffix also names a conferred title (示范区) */
  designation?: boolean;
  /** where the suffix starts when a glued proper word before it joined the head (澄溪科|创园) */
  core?: number;
  /** the suffix says no category (工程, 项目): a word inside the name does */
  inner?: boolean;
}

function headAt(lex: ProjectLexicon, text: string, units: Unit[], i: number): Head | null {
  const u = units[i]!;
  const user = userProjectTag(u.tag);
  if (user) {
    const s = suffixOf(lex, u.word);
    return { i, start: u.span[0], end: u.span[1], category: user.category ?? s?.category ?? 'other', quoted: false, user: true };
  }
  if (u.number || isPunct(u)) return null;
  if (u.quote) {
    const s = suffixOf(lex, innerOf(u));
    if (!s) return null;
    return { i, start: u.span[0], end: u.span[1], category: s.quoted ?? s.category, quoted: true, user: false };
  }
  const end = u.span[1];
  const window = text.slice(Math.max(0, end - 8), end);
  const s = suffixOf(lex, window);
  // “河西企服通”平台: a suffix that needs a quoted name right before it
  if (s?.needsQuote) {
    const prev = units[i - 1];
    if (u.word === s.word && prev?.quote) return { i, start: prev.span[0], end, category: s.category, quoted: true, user: false };
    // 柘湾企业综合服务平台: unquoted, but named by a proper word at its start (a policy
    // document is named only in quotes or book-title marks: 制定实施细则 is none)
    if (s.category !== 'policy' && u.word.endsWith(s.word) && properBefore(lex, units, i)) return { ...plain(i, u, s.word.length), category: s.category };
    return null;
  }
  // 河西港三期: a word that ends no name alone does so before a phase
  if (!s && PHASE.test(text.slice(end, end + 3))) {
    const w = lex.inner.find((x) => u.word.endsWith(x.word));
    if (w) return { i, start: end - w.word.length, end, category: w.category, quoted: false, user: false };
  }
  if (s && s.category === 'other') {
    // 临江机场改扩建工程: the category of an inner head (read again from the name's own modifier once its start is known)
    return { ...plain(i, u, s.word.length), category: innerCategory(lex, text.slice(Math.max(0, end - MAX_NAME), end - s.word.length)) ?? 'other', inner: true };
  }
  if (!s) return null;
  let start = end - s.word.length;
  // 人才新政40条: the numeral belongs to the head, a name needs words before it
  if (s.after === 'numeral') while (start > u.span[0] && /[0-9〇零一二三四五六七八九十百两]/u.test(text[start - 1]!)) start--;
  // the suffix starts a unit, or ends the unit that holds it; a noun split by jieba
  // (输水管/道) joins the name whole
  if (start < u.span[0] && !unitIndex(units).startsAt(start)) {
    const holder = units[unitIndex(units).straddling(start)];
    if (holder && /^n/u.test(holder.tag)) start = holder.span[0];
    // 澄溪科/创园: a proper word glued to the suffix joins whole, and names it
    else if (holder && placeLike(holder.tag)) return { i, start: holder.span[0], end, category: s.category, quoted: false, user: false, final: s.final, designation: s.designation, core: start };
    else return null;
  }
  return { i, start, end, category: s.category, quoted: false, user: false, final: s.final, designation: s.designation };
}

const LINEAR = new Set<ProjectCategory>(['road', 'rail', 'bridge', 'tunnel']);

/** `clauses.find(c => c[0] <= pos && pos < c[1]) ?? [0, length]`, by binary search when the clauses run in order. */
function clauseFinder(clauses: Span[], length: number): (pos: number) => Span {
  let ordered = true;
  for (let i = 1; i < clauses.length; i++) if (clauses[i]![0] < clauses[i - 1]![1]) ordered = false;
  if (!ordered) return (pos) => clauses.find((c) => c[0] <= pos && pos < c[1]) ?? [0, length];
  return (pos) => {
    const c = clauses[partitionPoint(clauses.length, (i) => clauses[i]![0] <= pos) - 1];
    return c && pos < c[1] ? c : [0, length];
  };
}

/**
 * The candidates placed so far, sorted by start: `overlapping(span)` is the
 * first placed (in placing order) that overlaps the span, looked up among the
 * few that start within the longest candidate's length before it.
 */
function placedSpans() {
  const byStart: { c: Candidate; seq: number }[] = [];
  let seq = 0;
  let longest = 0;
  const upper = (pos: number): number => partitionPoint(byStart.length, (i) => byStart[i]!.c.span[0] <= pos);
  return {
    add(c: Candidate): void {
      byStart.splice(upper(c.span[0]), 0, { c, seq: seq++ });
      longest = Math.max(longest, c.span[1] - c.span[0]);
    },
    remove(c: Candidate): void {
      const k = byStart.findIndex((e) => e.c === c);
      if (k >= 0) byStart.splice(k, 1);
    },
    overlapping(s: Span): Candidate | undefined {
      let best: { c: Candidate; seq: number } | undefined;
      // starts before s[1]; an overlap also ends after s[0], so starts after s[0] - longest
      for (let k = upper(s[1] - 1) - 1; k >= 0 && byStart[k]!.c.span[0] >= s[0] - longest; k--) {
        const e = byStart[k]!;
        if (e.c.span[0] < s[1] && s[0] < e.c.span[1] && (!best || e.seq < best.seq)) best = e;
      }
      return best?.c;
    },
  };
}

/** The last characters of every suffix and inner word, once per lexicon. */
const headEnds = new WeakMap<ProjectLexicon, Set<string>>();

/**
 * Can a name end in this span? Only where a suffix or an inner word ends (its
 * last character is there) or a user-dictionary word is tagged `proj`: a
 * sentence without either holds no candidate and can be skipped whole.
 */
export function mayHoldName(text: string, span: Span, tokens: { tag: string }[]): boolean {
  const lex = projectLexicon();
  let ends = headEnds.get(lex);
  if (!ends) headEnds.set(lex, (ends = new Set([...lex.suffixes, ...lex.inner].map((s) => s.word.slice(-1)))));
  // an empty suffix would end anywhere
  if (ends.has('')) return true;
  for (let i = span[0]; i < span[1]; i++) if (ends.has(text[i]!)) return true;
  return tokens.some((t) => userProjectTag(t.tag) !== null);
}

export function sentenceCandidates(text: string, units: Unit[], clauses: Span[]): Candidate[] {
  const lex = projectLexicon();
  const out: Candidate[] = [];
  const clauseOf = clauseFinder(clauses, text.length);
  const placed = placedSpans();
  const taken = (s: Span): boolean => placed.overlapping(s) !== undefined;
  const add = (c: Candidate): void => {
    out.push(c);
    placed.add(c);
  };
  const idx = unitIndex(units);
  // 到龙湾机场; 家门口的翠屏公园 (a bare facility, not its works: 家门口的公园改造工程): where someone lives or goes
  const placeRef = (k: number, bare = false): boolean =>
    k > 0 && (lex.placePrepositions.has(units[k - 1]!.word) || (bare && lex.placePhrases.some((p) => text.endsWith(p, units[k]!.span[0]))));

  for (let i = 0; i < units.length; i++) {
    const head = headAt(lex, text, units, i);
    if (!head) continue;
    const clause = clauseOf(head.start);
    const end = extendRight(lex, text, units, head.end, clause[1], LINEAR.has(head.category));
    // the head modifies a bigger noun, or the kind is measured (企业技术中心2家)
    const nextIdx = idx.firstFrom(end);
    const next = nextIdx >= 0 ? units[nextIdx]! : null;
    const inside = units[idx.straddling(end)];
    if (inside && !head.user) continue;
    if (!head.user && numbersStartNear(units, end)) continue;
    // 《…实施办法》: a book title holds its whole name: nothing before it joins (将对《办法》), and a
    // noun after it is said of it (《…实施办法》政策解读, 《办法》实施效果)
    const titled = head.quoted && text[head.start] === '《';
    if (next && next.span[0] === end && !head.user && !titled) {
      if (next.number && !ONE_OF.test(next.word)) continue;
      if (NOMINAL.has(next.tag) && !lex.followers.has(next.word) && !lex.boundary.has(next.word) && !lex.qualifiers.some((q) => next.word.startsWith(q)) && !statusWord(next.word)) continue;
    }
    // 工作计划于7月启动: a final suffix before a verb or a preposition is no name
    if (head.final && next && next.span[0] === end && !isPunct(next) && !lex.followers.has(next.word) && !['的', '等'].includes(next.word)) continue;
    // “十五五”重大工程储备清单: the head names a list or a document
    // (产业园规划面积: a follower that starts like one is no document)
    if (lex.notBefore.some((w) => text.startsWith(w, end)) && !lex.notBeforeFollowers.some((f) => text.startsWith(f, end))) continue;
    const k0 = unitAt(units, head.start);
    const work = /(?:工程|项目)$/u.test(text.slice(head.start, head.end));
    const first = head.user || titled ? k0 : extendLeft(lex, units, k0, end, false, LINEAR.has(head.category), work);
    let start = units[first]!.span[0];
    // 确保重点/项目: a boundary word glued by jieba to the first word is not the name's
    // 比老/院区: so is a comparison word
    const glued =
      head.user || head.quoted
        ? undefined
        : (longBoundaryWords(lex).find((b) => units[first]!.word.length > b.length && units[first]!.word.startsWith(b)) ?? gluedOpener(lex, units[first]!));
    // 哪些项目/nz: when the glued word leaves only the suffix, the name is that bare suffix (no name)
    if (glued && start + glued.length <= (head.core ?? head.start)) start += glued.length;
    const name = text.slice(start, end);
    // 白云山水库主体工程: a part of the works names no project (白云山水库 before it may)
    if (!head.user && statusLexicon().parts.some((w) => name.endsWith(w))) continue;
    // 省级湿地保护示范区: a title conferred from above, no project
    if (head.designation && lex.levels.some((w) => text.slice(start, head.start).includes(w))) continue;
    // 月票计划: a final suffix (计划) names a programme only with a full modifier
    if (head.final && head.start - start < 4) continue;
    // 列入2025年老旧小区改造计划: the year's list of works, no project
    if (head.final && lex.yearlyList?.test(name)) continue;
    // 会展中心计划明年开工: after a name, 计划 is the verb
    if (head.final && suffixOf(lex, text.slice(start, head.start))) continue;
    // 市港航管理中心: an organisation
    if (!head.user && lex.organisations.some((w) => name.endsWith(w))) continue;
    // 作为“一号改革工程”, 是…的“头号工程”: a label
    if (head.quoted && start === head.start && labelled(lex, units, first, clause)) continue;
    // 街道综合养老服务中心, 乡镇卫生院: a type of facility, one in each street or township
    if (!head.user && !head.quoted && start === units[first]!.span[0] && lex.kindLevels.has(units[first]!.word)) continue;
    // 各区政务服务中心: one in each district, an existing type
    if (!head.user && !head.quoted && first > 0 && lex.distributive.has(units[first - 1]!.word)) continue;
    const sectioned = /段$/u.test(text.slice(head.end, end));
    // 沿江大道北延: an extension is of one road, whatever its modifier
    const extended = lex.extensions.some((w) => text.slice(head.end, end).endsWith(w));
    const core = head.core ?? head.start;
    if (!head.user && !head.quoted && !sectioned && start >= core) continue; // a bare suffix: 研究院, 港区
    const before = units[first - 1];
    if (before && (before.number || COUNT.test(before.word))) {
      listItems(lex, text, units, first - 1, clause, head.category).forEach((c) => {
        if (!taken(c.span)) add(c);
      });
      continue;
    }
    if (!head.user && !head.quoted && !sectioned && !extended && isGeneric(lex, text.slice(start, core))) continue;
    // 桐川区重大项目: a place and generic words before 项目/工程 name no single work
    if (work && !head.user && !head.quoted && placeAndKind(lex, text, units, first, head.end - 2)) continue;
    // 沿江大道北延等项目 (jieba: 延等): 等 closes a list, the items are the names; the last
    // one, glued to 等, is read here
    if (work && !head.user && !head.quoted && /等(?:项目|工程)$/u.test(name)) {
      const item = lastListItem(lex, text, [start, end - 3]);
      if (item && !taken(item.span)) add(item);
      continue;
    }
    // …谈重大项目, 单个项目: a kind of projects
    if (work && !head.user && !head.quoted && lex.kindBeforeWork.some((w) => text.startsWith(w, head.end - 2 - w.length))) continue;
    if (before?.word === '的' && ARTICLE_OF.test(text.slice(clause[0], start))) continue;
    const span: Span = [start, end];
    if (taken(span)) {
      // keep the longer of two overlapping readings
      const j = placed.overlapping(span)!;
      if (j.span[1] - j.span[0] >= end - start) continue;
      out.splice(out.indexOf(j), 1);
      placed.remove(j);
    }
    // 东风新村改造项目 after …改造计划，: only the name's own words give its category
    const category = head.inner ? (innerCategory(lex, text.slice(start, head.start)) ?? 'other') : head.category;
    add({ span, name, category: head.user ? head.category : ownerCategory(lex, text, units, first, end, category), placeRef: placeRef(first, !work && end === head.end) });
    siblings(lex, text, units, first, clause, head.category).forEach((c) => {
      if (!taken(c.span)) add(c);
    });
  }
  return out.sort((a, b) => a.span[0] - b.span[0]);
}

/**
 * The item before `等项目` when jieba glued it to 等 (沿江大道北延|等项目): the
 * span, after its qualifiers (北延), ends with a suffix and holds a specific
 * name (a proper modifier or an extension of one road).
 */
function lastListItem(lex: ProjectLexicon, text: string, span: Span): Candidate | null {
  const name = text.slice(span[0], span[1]);
  let core = name;
  for (let changed = true; changed; ) {
    changed = false;
    const q = lex.qualifiers.find((w) => core.length > w.length && core.endsWith(w));
    if (q) {
      core = core.slice(0, -q.length);
      changed = true;
    }
  }
  const s = suffixOf(lex, core);
  if (!s || s.needsQuote || s.final || core.length <= s.word.length) return null;
  const extended = lex.extensions.some((w) => name.endsWith(w));
  if (!extended && isGeneric(lex, core.slice(0, -s.word.length))) return null;
  return { span, name, category: s.category, placeRef: false };
}

/** A label verb earlier in the clause governs the quoted name at `first` (作为“…”, 是…的“…”). */
function labelled(lex: ProjectLexicon, units: Unit[], first: number, clause: Span): boolean {
  const prev = units[first - 1];
  if (!prev) return false;
  if (lex.labelWords.has(prev.word)) return true;
  if (prev.word !== '的') return false;
  for (let k = first - 2; k >= 0 && units[k]!.span[0] >= clause[0]; k--) if (lex.labelWords.has(units[k]!.word)) return true;
  return false;
}

/** `A、B两大省级示范飞地`: the listed items before the count are the projects. */
function listItems(lex: ProjectLexicon, text: string, units: Unit[], countIdx: number, clause: Span, category: ProjectCategory): Candidate[] {
  if (countIdx <= 0 || !/大$|个$/u.test(units[countIdx]!.word)) return [];
  const first = extendLeft(lex, units, countIdx, units[countIdx]!.span[0], true);
  const start = Math.max(units[first]!.span[0], clause[0]);
  const region = text.slice(start, units[countIdx]!.span[0]);
  const parts = region.split('、');
  if (parts.length < 2) return [];
  const out: Candidate[] = [];
  let pos = start;
  for (const part of parts) {
    if (part.length >= 2) out.push({ span: [pos, pos + part.length], name: part, category, placeRef: false });
    pos += part.length + 1;
  }
  return out;
}

/** Names listed with 、 right before an accepted one: 华为区块链、西门子工业软件中心. */
function siblings(lex: ProjectLexicon, text: string, units: Unit[], first: number, clause: Span, category: ProjectCategory): Candidate[] {
  const out: Candidate[] = [];
  let k = first - 1;
  while (k > 0 && units[k]!.word === '、' && units[k]!.span[0] > clause[0]) {
    const s = extendLeft(lex, units, k, units[k]!.span[0]);
    if (s >= k) break;
    const span: Span = [units[s]!.span[0], units[k]!.span[0]];
    const parts = units.slice(s, k);
    const named = parts.some((u) => u.quote || PROPER.has(u.tag));
    const len = span[1] - span[0];
    if (!named || len < 2 || len > 12 || parts.some((u) => u.number)) break;
    if (units[s - 1] && (units[s - 1]!.number || COUNT.test(units[s - 1]!.word))) break;
    out.push({ span, name: text.slice(span[0], span[1]), category, placeRef: false });
    k = s - 1;
  }
  return out;
}
