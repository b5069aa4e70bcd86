/**
 * Projects: named, specific initiatives with category, status, mentions and
 * the numbers said of them.
 *
 * Candidates come from the suffix lexicon, quoted names and the user
 * dictionary (project-candidates.ts). User dictionary (`jiedu extract --dict
 * FILE`, nodejieba format `word [freq] [tag]`): a word tagged `proj` is always
 * a project candidate (category from its suffix, else other), `proj_<category>`
 * sets the category (`瓯江北口大桥 10 proj_bridge`); an untagged or noun-tagged
 * word that ends with a suffix is found like any other name, now in one piece.
 *
 * Mentions of one project merge when their normalised names are equal, or one
 * holds the other and is at least 60% of its length or shares its code (S2线);
 * also a quoted part said alone (民营经济“新十条” / “新十条”), a name without
 * its road code or section (沈海高速扩容 / G15沈海高速安澜段扩容工程), and a
 * short form introduced by (以下简称…). A mention in a question votes on the
 * status only when nothing else does, and not at all with a weak sign of a
 * finished work (家门口的翠屏公园路灯坏了: a place, no works).
 * Status: the strongest word around any mention, the latest on a tie
 * (project-status.ts; a completion dated ahead of the document is still to
 * come); a name used right where it is said (通过“…”平台申报) is there. A
 * candidate with no status word anywhere near, or only named as a place
 * (到龙湾机场), is dropped, unless a back-reference after it (该工程…已开工,
 * project-backrefs.ts) or, for a named work (…改造项目), one of the next two
 * sentences of the turn that name nothing else says it. A facility named
 * once with only a bare future tense said of it (城南小学将挖潜增加学位) is
 * an existing one. The name shown is the most frequent full form,
 * never a short form of another (《办法》 of 《…实施办法》).
 */
import { spanIndex, splitClauses, type Clause } from './clauses.js';
import { buildUnits } from './project-units.js';
import { mayHoldName, sentenceCandidates, type Candidate } from './project-candidates.js';
import { sentenceStatus, type StatusVote } from './project-status.js';
import { projectLexicon, statusLexicon, suffixOf } from './project-lexicon.js';
import type { NumberItem, ParsedDocument, ProjectCategory, ProjectItem, Span, Token } from '../types.js';
import { partitionPoint } from '../text/search.js';
import { docDate } from './deadline.js';
import { backReferencesIn, referredVotes, type BackReference } from './project-backrefs.js';

interface Mention extends Candidate {
  exchange: string | null;
  vote: StatusVote | null;
  clause: Span;
}


/** Normalised names seen so far (names recur across mentions, groups and documents); cleared when large. */
const normalized = new Map<string, string>();

export function normalizeName(name: string): string {
  let n = normalized.get(name);
  if (n === undefined) {
    if (normalized.size >= 50_000) normalized.clear();
    n = name.replace(/[“”"'‘’「」『』《》()\uFF08\uFF09\[\]【】\s]/gu, '');
    normalized.set(name, n);
  }
  return n;
}

/**
 * The core of a name, for matching its mentions: without a leading road code
 * (G15), a section (安澜段) and a trailing 工程/项目.
 */
export function coreName(name: string): string {
  return normalizeName(name)
    .replace(/^[A-Za-z]+\d+(?=\p{Script=Han})/u, '')
    .replace(/(?:工程|项目)$/u, '');
}

/** `long` is `short` with a section inserted (沈海高速扩容 → 沈海高速安澜段扩容). */
function withSection(short: string, long: string): boolean {
  for (let i = 2; i <= short.length - 2; i++) {
    const head = short.slice(0, i);
    const tail = short.slice(i);
    if (!long.startsWith(head) || !long.endsWith(tail)) continue;
    const gap = long.slice(i, long.length - tail.length);
    if (/^\p{Script=Han}{1,6}段$/u.test(gap)) return true;
  }
  return false;
}

function contains(x: string, y: string): boolean {
  if (x === y) return true;
  const [s, l] = x.length <= y.length ? [x, y] : [y, x];
  if (!l.includes(s)) return false;
  if (s.length >= 0.6 * l.length) return true;
  return /[A-Za-z0-9]{2,}/u.test(s) && s.length >= 4;
}

function sameProject(a: string, b: string): boolean {
  if (contains(normalizeName(a), normalizeName(b))) return true;
  // 民营经济“新十条” and “新十条”: the quoted part said alone
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  const inner = normalizeName(s);
  if (inner.length >= 2 && (l.includes(`“${inner}”`) || l.includes(`《${inner}》`))) return true;
  const x = coreName(a);
  const y = coreName(b);
  if (x.length < 3 || y.length < 3) return false;
  return contains(x, y) || (x.length >= 4 && withSection(x, y)) || (y.length >= 4 && withSection(y, x));
}

const ROLE: Record<string, string> = {
  length: 'length',
  money: 'investment',
  area: 'area',
  duration: 'travel_time',
  count: 'count',
  mass: 'capacity',
  volume: 'capacity',
  percent: 'growth',
  rank: 'rank',
  speed: 'speed',
  multiple: 'multiple',
  other: 'value',
};

function role(n: NumberItem, text: string): string {
  if (n.quantity === 'money' && /规模/u.test(text.slice(Math.max(0, n.span[0] - 4), n.span[0]))) return 'size';
  return ROLE[n.quantity] ?? 'value';
}

/** Index of the clause holding position `pos` (clauses are sorted and disjoint), else 0. */
function clauseAt(clauses: Clause[], pos: number): number {
  const i = partitionPoint(clauses.length, (k) => clauses[k]!.span[0] <= pos) - 1;
  return i >= 0 && pos < clauses[i]!.span[1] ? i : 0;
}

export function extractProjects(doc: ParsedDocument, numbers: NumberItem[], tokens: Token[]): ProjectItem[] {
  const text = doc.text;
  const mentions: Mention[] = [];
  const numbersIn = spanIndex(numbers);
  const date = docDate(doc.info.meta.date);
  const inUse = statusLexicon().in_use_before;
  const lex = projectLexicon();
  const refs: BackReference[] = [];
  // a work named with nothing said of its status (纺机厂宿舍改造项目延误，…): the next sentences
  // of the turn that name nothing else say it (我们承诺7月10日前进场施工)
  let pending = null as Waiting | null;
  const continued = new Map<Mention, StatusVote>();
  let ti = 0;
  for (const sentence of doc.sentences) {
    while (ti < tokens.length && tokens[ti]!.span[1] <= sentence.span[0]) ti++;
    const sTokens: Token[] = [];
    for (let j = ti; j < tokens.length && tokens[j]!.span[0] < sentence.span[1]; j++) sTokens.push(tokens[j]!);
    const continues = pending !== null && pending.mention.exchange === sentence.exchange && sentence.kind !== 'question' && pending.left-- > 0;
    const waiting = continues ? (pending as Waiting | null) : null;
    pending = null;
    const mayName = mayHoldName(text, sentence.span, sTokens);
    if (!mayName && !continues) continue;
    const sNumbers = numbersIn(sentence.span);
    const clauses: Clause[] = splitClauses(text, sentence.span);
    const units = buildUnits(text, sTokens, sNumbers);
    const found = mayName ? sentenceCandidates(text, units, clauses.map((c) => c.span)) : [];
    const before = mentions.length;
    const masked = found.map((c) => c.span);
    const status = sentenceStatus(text, clauses, sTokens, masked, date);
    for (const c of found) {
      const index = clauseAt(clauses, c.span[0]);
      // 通过“岑阳企服通”平台申报: a work used right where it is named is there (when nothing else says)
      const said = c.placeRef ? null : (status(index) ?? (inUse.some((w) => text.endsWith(w, c.span[0])) ? { status: 'completed' as const, strength: 1 } : null));
      // a question (什么时候能建成?) tells no status unless nothing else does; a caller's weak sign
      // of a finished work, with no verb of works (家门口的翠屏公园路灯坏了), names a place, no project
      const vote = said && sentence.kind === 'question' ? (weakDone(said) ? null : { ...said, strength: 0 }) : said;
      mentions.push({ ...c, exchange: sentence.exchange, vote, clause: clauses[index]?.span ?? sentence.span });
    }
    // 该工程…已于今年2月开工: what is said of a back-reference, for the work named before it
    const refsBefore = refs.length;
    if (sentence.kind !== 'question') {
      for (const pos of backReferencesIn(lex, text, sentence.span, masked)) {
        const vote = status(clauseAt(clauses, pos));
        if (vote) refs.push({ pos, exchange: sentence.exchange, vote });
      }
    }
    if (waiting && found.length === 0) {
      // a sentence naming nothing goes on about the waiting work (a back-reference, if any, speaks for it)
      if (refs.length === refsBefore) {
        const vote = firstVote(status, clauses.length);
        if (vote) continued.set(waiting.mention, vote);
        else pending = waiting;
      }
      continue;
    }
    const last = mentions[mentions.length - 1];
    if (found.length > 0 && sentence.kind !== 'question' && last && !last.vote && !last.placeRef && WORK.test(last.name)) {
      pending = { mention: last, left: CONTINUATION };
    } else if (waiting && mentions.slice(before).every((m) => !m.vote)) {
      // …打通消防通道: a sentence naming only kinds nothing is said of keeps the work waiting
      pending = waiting;
    }
  }
  const attach = attacher(mentions, numbersIn, text);
  const referred = refs.length > 0 ? referredVotes(mentions, refs, lex.backReferenceReach) : new Map<Mention, StatusVote>();
  for (const [m, v] of continued) if (!referred.has(m)) referred.set(m, v);
  return group(mentions, text).flatMap((g) => toProject(g, attach, text, referred)).map((p, i) => ({ ...p, id: `p${i + 1}` }));
}

/** A named work with no status said yet, and how many more sentences may say it. */
interface Waiting {
  mention: Mention;
  left: number;
}

/** A named work (…改造项目, …工程) whose status the next sentences of the turn may say. */
const WORK = /(?:工程|项目)$/u;
/** How many sentences after it. */
const CONTINUATION = 2;

/** The vote of the first clause that says a status. */
function firstVote(status: (index: number) => StatusVote | null, n: number): StatusVote | null {
  for (let i = 0; i < n; i++) {
    const v = status(i);
    if (v && v.strength >= 1) return v;
  }
  return null;
}

/** A weak sign that a work is finished (了, 依托): no verb of works. */
function weakDone(vote: StatusVote): boolean {
  return vote.strength < 2 && vote.status === 'completed';
}

const SHORT_FORM = /[(\uFF08]\s*(?:以下)?简称\s*$/u;

/**
 * 《河西市…若干措施》(以下简称《若干措施》): the short form names the mention right
 * before it. Returns, per mention index, the index of the mention it abbreviates.
 */
function shortForms(mentions: Mention[], text: string): Map<number, number> {
  const out = new Map<number, number>();
  mentions.forEach((m, i) => {
    const prev = mentions[i - 1];
    if (!prev || prev.span[1] > m.span[0]) return;
    if (SHORT_FORM.test(text.slice(prev.span[1], m.span[0]))) out.set(i, i - 1);
  });
  return out;
}

function group(mentions: Mention[], text: string): Mention[][] {
  const groups: Mention[][] = [];
  const aliasOf = shortForms(mentions, text);
  // short form (normalised) → the group of the full name
  const aliases = new Map<string, number>();
  const groupOf = new Map<Mention, number>();
  // each new (group, name) pair, in order; the groups' names without repeats
  const log: { g: number; name: string }[] = [];
  const names: Set<string>[] = [];
  // name → the first group holding a same-project name among log[0, pos)
  const seen = new Map<string, { g: number; pos: number }>();
  // sameProject(x, y) by x, then y
  const same = new Map<string, Map<string, boolean>>();
  const sameCached = (x: string, y: string): boolean => {
    let row = same.get(x);
    if (row === undefined) same.set(x, (row = new Map()));
    let r = row.get(y);
    if (r === undefined) row.set(y, (r = sameProject(x, y)));
    return r;
  };
  const place = (m: Mention, g: number): void => {
    if (g === groups.length) {
      groups.push([]);
      names.push(new Set());
    }
    groups[g]!.push(m);
    groupOf.set(m, g);
    if (!names[g]!.has(m.name)) {
      names[g]!.add(m.name);
      log.push({ g, name: m.name });
    }
  };
  // the first group with a member of the same project (groups.find(ms.some(sameProject)))
  const firstMatch = (name: string): number => {
    const known = seen.get(name);
    let best = known ? known.g : groups.length;
    for (let k = known ? known.pos : 0; k < log.length; k++) {
      const e = log[k]!;
      if (e.g < best && sameCached(e.name, name)) best = e.g;
    }
    return best;
  };
  mentions.forEach((m, i) => {
    const full = aliasOf.get(i);
    const key = normalizeName(m.name);
    let g = aliases.get(key);
    if (g === undefined && full !== undefined) {
      g = groupOf.get(mentions[full]!);
      if (g !== undefined) aliases.set(key, g);
    }
    if (g !== undefined) {
      place(m, g);
      return;
    }
    const first = firstMatch(m.name);
    place(m, first);
    seen.set(m.name, { g: first, pos: log.length });
  });
  return groups;
}

/** A short form of another name of the group (《办法》 of 《岑阳市…实施办法》, “新十条” of 民营经济“新十条”). */
function shortFormOf(name: string, names: Iterable<string>): boolean {
  const n = normalizeName(name);
  for (const other of names) {
    const o = normalizeName(other);
    if (o.length > n.length && o.includes(n) && n.length < 0.6 * o.length) return true;
  }
  return false;
}

function pickName(all: Mention[]): string {
  const counts = new Map<string, number>();
  for (const m of all) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  // the full name, however often its short form is said
  const full = all.filter((m) => !shortFormOf(m.name, counts.keys()));
  const ms = full.length > 0 ? full : all;
  let best = ms[0]!.name;
  for (const m of ms) {
    const c = counts.get(m.name) ?? 0;
    const b = counts.get(best) ?? 0;
    // the most frequent form; on a tie the fuller one
    if (c > b || (c === b && normalizeName(m.name).length > normalizeName(best).length)) best = m.name;
  }
  return best;
}

/** For a mention, the numbers said of it: the nearest mention of their clause, tied to it by position. */
function attacher(all: Mention[], numbersIn: (span: Span) => NumberItem[], text: string): (m: Mention) => NumberItem[] {
  const mentionsIn = spanIndex(all);
  // clause → number id → the nearest mention of the clause (the first on a tie)
  const nearest = new Map<string, Map<string, Mention | undefined>>();
  return (m) => {
    const key = `${m.clause[0]}:${m.clause[1]}`;
    let near = nearest.get(key);
    if (!near) {
      near = new Map();
      const inClause = mentionsIn(m.clause);
      for (const n of numbersIn(m.clause)) {
        let best: Mention | undefined;
        let bestDistance = Infinity;
        for (const o of inClause) {
          const d = distance(o.span, n.span);
          if (d < bestDistance) {
            best = o;
            bestDistance = d;
          }
        }
        near.set(n.id, best);
      }
      nearest.set(key, near);
    }
    const out: NumberItem[] = [];
    for (const n of numbersIn(m.clause)) {
      const o = near.get(n.id);
      if (o && o.span[0] === m.span[0] && between(text, n.span, m.span)) out.push(n);
    }
    return out;
  };
}

function toProject(ms: Mention[], attach: (m: Mention) => NumberItem[], text: string, referred: Map<Mention, StatusVote>): Omit<ProjectItem, 'id'>[] {
  if (ms.every((m) => m.placeRef)) return [];
  let vote: StatusVote | null = null;
  for (const m of ms) if (m.vote && (!vote || m.vote.strength >= vote.strength)) vote = m.vote;
  // nothing said at a named mention: what the first back-reference to it says (该工程…已开工)
  vote ??= ms.map((m) => referred.get(m)).find((v) => v !== undefined) ?? null;
  if (!vote) return [];
  // 城南小学将挖潜增加学位: a facility named once, with only a future tense and no verb of works
  // said of it, is an existing one (a school, an office), no project
  if (vote.bare && ms.length === 1 && ms[0]!.category === 'facility') return [];
  const name = pickName(ms);
  const lex = projectLexicon();
  const category: ProjectCategory = ms[0]!.category ?? suffixOf(lex, normalizeName(name))?.category ?? 'other';
  const attributes: { number: string; role: string }[] = [];
  const taken = new Set<string>();
  for (const m of ms) {
    for (const n of attach(m)) {
      if (taken.has(n.id)) continue;
      taken.add(n.id);
      attributes.push({ number: n.id, role: role(n, text) });
    }
  }
  return [
    {
      name,
      category,
      status: vote.status,
      mentions: ms.map((m) => ({ span: m.span, exchange: m.exchange, text: text.slice(m.span[0], m.span[1]) })),
      attributes,
    },
  ];
}

function distance(a: Span, b: Span): number {
  return a[1] <= b[0] ? b[0] - a[1] : b[1] <= a[0] ? a[0] - b[1] : 0;
}

/** A number said of the project: before it, tied by 的 or a verb (总投资200亿元的滨海大道, 投资7.1亿元建设…), or after it (…全长43公里). */
function between(text: string, n: Span, m: Span): boolean {
  if (n[1] <= m[0]) {
    const gap = text.slice(n[1], m[0]);
    return gap.length <= 12 && !/[,\uFF0C;\uFF1B。]/u.test(gap);
  }
  const gap = text.slice(m[1], n[0]);
  return gap.length <= 10 && !/[,\uFF0C;\uFF1B。]/u.test(gap);
}
