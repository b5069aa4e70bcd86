/**
 * Targets: forward-looking commitments with a value or a deadline.
 *
 * A sentence is cut into clauses (，；：) and a clause into pieces where a new
 * statement starts after 、 (see `pieceCut`). A piece is forward-looking when
 * it holds a marker (力争, 将, 预计 … data/target-markers.yaml) or a future
 * deadline, or when an earlier piece of the same ；-segment was forward-looking
 * and this one states no achievement (已, 累计, 近三年 …). Every number in a
 * forward piece is a target (one per value); a forward piece with its own
 * deadline (or a bare date piece just before it: “十五五”期间，…) and no number
 * is a dated commitment with `value: null` — only when it names a milestone
 * (建成, 开工, 投入使用 … data: milestones) or a planning action (谋划建设, 评估 …
 * data: dated_actions); otherwise it leads into the figure of the next piece
 * (今年我们将实施…计划，新增…12个).
 * Also: a current year named earlier in the sentence dates later forward
 * pieces (今年，我们将…); a bare future "到2027年，" outweighs an achievement
 * word after it; a planned figure takes the date of a following "预计…交付"
 * piece, and a "…前全部建成" date covers every figure of its list (data:
 * shared_deadline); a share (占…的65%) is a target only after a reached level
 * (将达到9.8亿元，); figures dated only through 届时/通车后 are left out (optional in the
 * guide); rules, capacities, shares and starting levels are no target values
 * (data: non_target_before/after); 每年…不少于N is a target with no deadline.
 * Round 4: a response time (3个工作日内给您答复) is an undated target on its own; a near date
 * (今天下午, 本月底前) dates a follow-up action; a dated lead-in before a colon (今年我们从三个方面
 * 来解决：) and a future date heading the sentence (下半年，…；同时…) cover what follows; a status
 * clause may stand between a listed figure and its date; a 、-list takes the date that closes it;
 * progress against a plan and a part of the year already over state results.
 * Round 5: a capacity (可提供学位…) is a target when the next clause dates the completion that delivers
 * it (data: capacity_before, delivery_milestones); a clause without figure or date may stand between a
 * figure and its date; a figure of this year takes the finer date of the next clause (今年…20条，年底前完成);
 * 当年 after a date is that date's year; a threshold before 的 (达不到80%的事项) is no value; a response-time
 * promise may open with its condition (遇强降雨30分钟内…); budgets allocated or set aside are marked
 * (data: forward_patterns).
 */
import { docDate, findDeadlines, sameYearAs, type Deadline, type DocDate } from './deadline.js';
import { spanIndex, splitClauses, splitPieces, trimSpan, type Clause } from './clauses.js';
import { isForwardToken, targetLexicon, type TargetLexicon } from './target-lexicon.js';
import { targetComparator, targetMetric } from './target-fields.js';
import { headingScope, isHeading, type PlanScope } from './target-scope.js';
import type { NumberItem, ParsedDocument, Sentence, Span, TargetItem, Token } from '../types.js';
import { partitionPoint } from '../text/search.js';

/** One piece of a sentence, with what it says about time. */
export interface Piece {
  span: Span;
  segment: number;
  numbers: NumberItem[];
  /** shares of something (占…的65%): a target only right after a reached level (see sentenceTargets) */
  shares: NumberItem[];
  /** capacities of what is built (可提供学位1620个): a target only when a completion dates them (see sentenceTargets) */
  capacities: NumberItem[];
  deadlines: Deadline[];
  marker: boolean;
  /** 每年…不少于…: forward-looking on its own, without carrying to the next piece */
  recurring: boolean;
  /** 3个工作日内给您答复: a response-time promise, forward-looking on its own and undated */
  promise: boolean;
  achieved: boolean;
  /** the clause the piece was cut from */
  clause: Clause;
}

/** 了 after a verb: what a lead-in says was done (今年我们重点抓了三件事：) */
const PERFECTIVE = /了/u;

const FILLER = /^[\s,\uFF0C、“”"‘’()\uFF08\uFF09我们市还也都再并就正在上述以及和与及]*$/u;

/** The lexicon's matchers as global regexes, for replacing every occurrence (built once). */
const globals = new WeakMap<TargetLexicon, { achieved: RegExp; forward: RegExp; milestone: RegExp }>();
function globalMatchers(lex: TargetLexicon): { achieved: RegExp; forward: RegExp; milestone: RegExp } {
  let g = globals.get(lex);
  if (!g) {
    g = {
      achieved: new RegExp(lex.achieved.source, 'gu'),
      forward: new RegExp(lex.forward.source, 'gu'),
      milestone: new RegExp(lex.milestone.source, 'gu'),
    };
    globals.set(lex, g);
  }
  return g;
}

/** Numbers and spans both in order: starts and ends never go back (numbers do not overlap). */
function ordered(items: { span: Span }[]): boolean {
  for (let i = 1; i < items.length; i++) {
    if (items[i]!.span[0] < items[i - 1]!.span[0] || items[i]!.span[1] < items[i - 1]!.span[1]) return false;
  }
  return true;
}

/** First index whose span[side] is >= pos. */
function lowerBound(items: { span: Span }[], side: 0 | 1, pos: number): number {
  return partitionPoint(items.length, (i) => items[i]!.span[side] < pos);
}

/** Position questions about the numbers of a sentence, by binary search when they run in order. */
function nearNumbers(numbers: NumberItem[]) {
  const inOrder = ordered(numbers);
  return {
    /** a number starts at or before `from` and ends at or after `to` */
    covers(from: number, to: number): boolean {
      if (!inOrder) return numbers.some((n) => n.span[0] <= from && n.span[1] >= to);
      // of the numbers starting at or before `from`, the last ends furthest
      const i = lowerBound(numbers, 0, from + 1) - 1;
      return i >= 0 && numbers[i]!.span[1] >= to;
    },
    /** a number starts at or after `start` and ends within [lo, hi] */
    endsIn(lo: number, hi: number, start: number): boolean {
      if (!inOrder) return numbers.some((n) => n.span[1] >= lo && n.span[1] <= hi && n.span[0] >= start);
      for (let i = lowerBound(numbers, 1, lo); i < numbers.length && numbers[i]!.span[1] <= hi; i++) if (numbers[i]!.span[0] >= start) return true;
      return false;
    },
  };
}

/** Counts the verb tokens (tag v…) lying inside a span: prefix sums when the tokens run in order. */
function verbCounter(tokens: Token[]): (span: Span) => number {
  const isVerb = (t: Token): boolean => t.tag.charCodeAt(0) === 118; // 'v'
  if (!ordered(tokens)) return (span) => tokens.filter((t) => t.span[0] >= span[0] && t.span[1] <= span[1] && isVerb(t)).length;
  const prefix = new Int32Array(tokens.length + 1);
  for (let i = 0; i < tokens.length; i++) prefix[i + 1] = prefix[i]! + (isVerb(tokens[i]!) ? 1 : 0);
  // tokens inside: from the first starting at span[0] to the last ending by span[1]
  return (span) => {
    const a = lowerBound(tokens, 0, span[0]);
    const b = lowerBound(tokens, 1, span[1] + 1);
    return b > a ? prefix[b]! - prefix[a]! : 0;
  };
}

export function extractTargets(doc: ParsedDocument, numbers: NumberItem[], tokens: Token[]): TargetItem[] {
  const lex = targetLexicon();
  const date = docDate(doc.info.meta.date);
  const out: TargetItem[] = [];
  const numbersIn = spanIndex(numbers);
  let ti = 0;
  // under a plan heading of a work report (二、2024年工作安排)
  let scope: PlanScope | null = null;
  // the current or coming year a question asks about dates the answer's targets (今年…的目标如何实现？)
  const asked = questionDates(doc, date);
  for (const sentence of doc.sentences) {
    if (sentence.kind === 'title' || sentence.kind === 'question') continue;
    if (isHeading(doc.text, sentence)) {
      const next = headingScope(doc.text, sentence, date, lex);
      if (next !== undefined) scope = next;
      continue;
    }
    const sNumbers = numbersIn(sentence.span);
    while (ti < tokens.length && tokens[ti]!.span[1] <= sentence.span[0]) ti++;
    const sTokens: Token[] = [];
    for (let j = ti; j < tokens.length && tokens[j]!.span[0] < sentence.span[1]; j++) sTokens.push(tokens[j]!);
    const askedDate = sentence.exchange !== null ? asked.get(sentence.exchange) : undefined;
    for (const t of sentenceTargets(doc.text, sentence, sNumbers, sTokens, date, lex, scope, askedDate ?? null)) {
      out.push({ ...t, id: `t${out.length + 1}` });
    }
  }
  return out;
}

/** Per exchange, the first current or future date its question names. */
function questionDates(doc: ParsedDocument, date: DocDate | null): Map<string, Deadline> {
  const out = new Map<string, Deadline>();
  for (const e of doc.info.exchanges) {
    if (!e.question) continue;
    const d = findDeadlines(doc.text, e.question.span, date).find((x) => x.value !== null && (x.future || x.current));
    if (d) out.set(e.id, d);
  }
  return out;
}

/** Cut a clause at 、 when what follows starts a new statement rather than continuing a list. */
function pieceCut(text: string, numbers: NumberItem[], tokens: Token[], date: DocDate | null, lex: TargetLexicon) {
  const near = nearNumbers(numbers);
  // built on first use: most sentences never ask (no 、, or no marker after one)
  let verbs: ((span: Span) => number) | null = null;
  return (prev: Span, next: Span): boolean => {
    const nextText = text.slice(next[0], next[1]);
    const lead = findDeadlines(text, next, date)[0];
    if (lead && lead.span[0] - next[0] <= 1) return true;
    const m = lex.forward.exec(nextText);
    if (m && m.index === 0) return true;
    const onlyNumber = near.covers(next[0] + 1, next[1] - 1);
    const prevEndsWithNumber = near.endsIn(prev[1] - 2, prev[1], prev[0]);
    if (prevEndsWithNumber && !onlyNumber) return true;
    if (lead || m) {
      verbs ??= verbCounter(tokens);
      const prevHasVerb = verbs(prev) > 0;
      if (prevHasVerb) return true;
    }
    return false;
  };
}

function describe(
  text: string,
  span: Span,
  clause: Clause,
  numbersIn: (span: Span) => NumberItem[],
  tokensIn: (span: Span) => Token[],
  date: DocDate | null,
  lex: TargetLexicon,
): Piece {
  const body = text.slice(span[0], span[1]);
  const pieceTokens = tokensIn(span);
  const values: NumberItem[] = [];
  const shares: NumberItem[] = [];
  const capacities: NumberItem[] = [];
  for (const n of numbersIn(span)) {
    const kind = targetValueKind(text, n, lex, span[0]);
    if (kind === 'value') values.push(n);
    else if (kind === 'share') shares.push(n);
    else if (kind === 'capacity') capacities.push(n);
  }
  // 每年推出…不少于200亿元: a recurring commitment with a floor
  const recurring = lex.recurring.test(body) && values.some((n) => lex.floor.test(text.slice(span[0], n.span[0])));
  return {
    span,
    segment: clause.segment,
    clause,
    numbers: values,
    shares,
    capacities,
    deadlines: findDeadlines(text, span, date),
    marker: lex.forward.test(body) || pieceTokens.some((t) => isForwardToken(lex, t)),
    recurring,
    promise: values.length > 0 && responseTime(text, span, values[0]!, pieceTokens, lex),
    achieved: lex.achieved.test(body),
  };
}

/**
 * A response-time promise: the piece opens with a limit on a duration (3个工作日内, 48小时内)
 * and goes on with what is done in it (给您答复, 修复). A rule counting from an event
 * (受理后20个工作日内完成审核) does not open with the duration.
 */
function responseTime(text: string, span: Span, n: NumberItem, tokens: Token[], lex: TargetLexicon): boolean {
  if (n.quantity !== 'duration' || n.approx !== 'under') return false;
  const lead = text.slice(span[0], n.span[0]).replace(globalMatchers(lex).forward, '').replace(/[将要拟会于在]/gu, '');
  // 遇强降雨30分钟内到场抽排: the condition that starts the clock may come first
  if (!FILLER.test(lead) && !lex.promiseCondition.some((r) => r.test(lead))) return false;
  // a verb after it (an adverb heads the predicate too: 30分钟内到场抽排, 到场/d)
  return tokens.some((t) => t.span[0] >= n.span[1] && (t.tag.charCodeAt(0) === 118 || t.tag === 'd')); // 'v', 'd'
}

/**
 * Numbers that never carry a target (null): N大 counts, attributes (总投资…), thresholds
 * (纳税过1亿元的企业), size classes (亿元以上项目, 千亿级), rules, capacities, changes
 * against a base and starting levels (data/target-markers.yaml: non_target_before/after);
 * shares of something (占…的65%) are 'share', a target only in some places.
 */
function targetValueKind(text: string, n: NumberItem, lex: TargetLexicon, pieceStart: number): 'value' | 'share' | 'capacity' | null {
  const kind = isTargetValue(text, n, lex, pieceStart);
  if (kind !== 'value') return kind;
  const inPiece = text.slice(pieceStart, n.span[0]);
  if (lex.capacity.some((r) => r.test(inPiece))) return 'capacity';
  return lex.share.some((r) => r.test(inPiece)) ? 'share' : 'value';
}

function isTargetValue(text: string, n: NumberItem, lex: TargetLexicon, pieceStart: number): 'value' | null {
  if (/^[一二三四五六七八九十两\d]+大$/u.test(n.text)) return null;
  // a capacity class before what it sizes (5万吨级集装箱码头, 新建3个5000吨级泊位) describes the thing built;
  // a money class (培育500亿级产业集群) is a level to reach; a bare multiplier class (千亿级产业集群) names a tier
  const classEnd = n.text.endsWith('级') ? n.span[1] : text.charAt(n.span[1]) === '级' ? n.span[1] + 1 : -1;
  if (classEnd >= 0 && /\p{Script=Han}/u.test(text.charAt(classEnd))) {
    if (n.quantity !== 'money' || /^[十百千万亿]/u.test(n.text) || /[\d一二三四五六七八九十两][个座台艘条]$/u.test(text.slice(Math.max(0, n.span[0] - 3), n.span[0]))) return null;
  }
  const before = text.slice(Math.max(0, n.span[0] - 8), n.span[0]);
  const after = text.slice(n.span[1], n.span[1] + 8);
  if (lex.attribute.test(before) && !lex.floorAttribute.test(before)) return null;
  // 纳税过1亿元的企业, 满意率达不到80%的事项: a threshold picking out a class (not 不低于95%的目标)
  if (lex.threshold.test(before) && /^(?:以上|以下)?的/u.test(after) && !lex.namesTarget.test(after)) return null;
  // 营业收入超10亿元的科技领军企业20家: a threshold of what is counted after it (设立规模超10亿元的基金 keeps its size)
  if (/超出?$/u.test(before) && /^的[^,，;；、。]{1,14}\d/u.test(text.slice(n.span[1], n.span[1] + 18))) return null;
  // a size class: 亿元以上项目180个
  if (n.quantity === 'money' && /^(?:以上|以下)(?:的)?(?:项目|企业|工程)/u.test(after)) return null;
  const inPiece = text.slice(pieceStart, n.span[0]);
  if (lex.nonTargetBefore.some((r) => r.test(inPiece))) return null;
  const following = text.slice(n.span[1], n.span[1] + 16);
  if (lex.nonTargetAfter.some((r) => r.test(following)) || lex.nonTargetUnits.has(n.unit)) return null;
  return 'value';
}

/** Text of a piece left once markers, deadlines and filler words are removed. */
function residue(text: string, piece: Piece, lex: TargetLexicon, past = false): string {
  let body = text.slice(piece.span[0], piece.span[1]);
  const g = globalMatchers(lex);
  if (past) body = body.replace(g.achieved, '');
  for (const d of piece.deadlines) body = body.replace(d.text, '');
  body = body.replace(g.forward, '').replace(/[将要拟会到至于在]/gu, '');
  return FILLER.test(body) ? '' : body;
}

export function sentencePieces(text: string, clauses: Clause[], numbers: NumberItem[], tokens: Token[], date: DocDate | null): Piece[] {
  const lex = targetLexicon();
  const cut = pieceCut(text, numbers, tokens, date, lex);
  const numbersIn = spanIndex(numbers);
  const tokensIn = spanIndex(tokens);
  const pieces: Piece[] = [];
  for (const clause of clauses) {
    for (const span of splitPieces(text, clause.span, cut)) {
      pieces.push(describe(text, span, clause, numbersIn, tokensIn, date, lex));
    }
  }
  return pieces;
}

type Draft = Omit<TargetItem, 'id'>;

/** The metric of a dated commitment without a number: its words without separators and deadline remnants (底, 前). */
function milestoneMetric(rest: string): string | null {
  return rest.replace(/^[\s,\uFF0C、]+|[\s,\uFF0C、]+$/gu, '').replace(/^(?:之前|以前|底前|前|底|末|内)+/u, '') || null;
}

/** A piece that goes on the one before it: numbers, and no marker, date or achievement word of its own. */
function continues(piece: Piece | undefined, segment: number): boolean {
  return piece !== undefined && piece.segment === segment && piece.numbers.length > 0 && !piece.marker && !piece.recurring && !piece.promise && piece.deadlines.length === 0 && !piece.achieved;
}

/** A piece that only states a status of what the one before it names (已经完成主体施工): no figure, no date. */
function statusOnly(piece: Piece | undefined, segment: number): boolean {
  return piece !== undefined && piece.segment === segment && piece.achieved && piece.numbers.length === 0 && piece.shares.length === 0 && piece.deadlines.length === 0;
}

/** No date, or only the current year (今年新开工整治的20条): a later clause may date the figure more finely. */
function onlyCurrent(deadlines: Deadline[]): boolean {
  for (const d of deadlines) if (!d.current) return false;
  return true;
}

/** 预计明年6月建成投用，当年9月开学招生: 当年 takes the year of the date said before it in the sentence. */
function referBack(pieces: Piece[]): void {
  let last: Deadline | null = null;
  for (const piece of pieces) {
    const ds = piece.deadlines;
    for (let i = 0; i < ds.length; i++) {
      if (last !== null) ds[i] = sameYearAs(ds[i]!, last);
      if (ds[i]!.year !== null) last = ds[i]!;
    }
  }
}

/** A piece without figure, date, marker or status (配套油烟净化设施): a further item of the work before it. */
function plainClause(piece: Piece | undefined, segment: number): boolean {
  return (
    piece !== undefined && piece.segment === segment && !piece.marker && !piece.achieved && !piece.recurring && !piece.promise &&
    piece.numbers.length === 0 && piece.shares.length === 0 && piece.capacities.length === 0 && piece.deadlines.length === 0
  );
}

/** A piece that only dates what the one before it states: 预计2026年6月交付 after 建设安置房1900套. */
function datesPrevious(text: string, piece: Piece | undefined, segment: number, lex: TargetLexicon): Deadline | null {
  if (!piece || piece.segment !== segment || piece.numbers.length > 0 || piece.achieved) return null;
  if (!lex.milestone.test(text.slice(piece.span[0], piece.span[1]))) return null;
  const deadline = piece.deadlines.find((d) => d.future && d.value !== null) ?? null;
  if (!deadline) return null;
  // nothing but the date and the milestone: no subject of its own (总投资…的华芯项目将于4月开工 has one)
  const rest = residue(text, piece, lex).replace(globalMatchers(lex).milestone, '').replace(/[前后全面部正式]/gu, '');
  if (rest.length <= 2) return deadline;
  return dateFirst(text, piece.span, deadline, lex) && milestoneFirst(text.slice(deadline.span[1], piece.span[1]), lex) ? deadline : null;
}

/** A later piece of the segment, before any figure, dates the same thing within `coarse` (计划11月开工 after 下半年). */
function finerLater(text: string, pieces: Piece[], at: number, coarse: Deadline, lex: TargetLexicon): boolean {
  const segment = pieces[at]!.segment;
  for (let j = at + 1; j < pieces.length && pieces[j]!.segment === segment && pieces[j]!.numbers.length === 0; j++) {
    const d = datesPrevious(text, pieces[j], segment, lex);
    if (d?.value && d.value.startsWith(`${coarse.value}-`)) return true;
  }
  return false;
}

/** Nothing but markers and filler before the deadline: 到2026年建成…, 今年我们还将开工建设… (not 县医院新院区将于10月…). */
function dateFirst(text: string, span: Span, deadline: Deadline, lex: TargetLexicon): boolean {
  const lead = text.slice(span[0], deadline.span[0]).replace(globalMatchers(lex).forward, '').replace(/[将要拟会到至于在]/gu, '');
  return FILLER.test(lead);
}

/** Dates the targets from `from` on by a later, shared deadline where they have none or only its year. */
function shareDeadline(out: Draft[], from: number, later: Deadline): void {
  const value = later.value;
  if (value === null) return;
  for (let i = from; i < out.length; i++) {
    const d = out[i]!.deadline;
    if (d === null || (d !== value && value.startsWith(`${d}-`))) out[i]!.deadline = value;
  }
}

/** The words start with a milestone (建成…, 全面投产…). */
function milestoneFirst(words: string, lex: TargetLexicon): boolean {
  const m = lex.milestone.exec(words.replace(/^(?:将|要|会|全面|基本|正式)*/u, ''));
  return m !== null && m.index === 0;
}

/** The piece ends on its last figure (建设安置房1900套, 新增泊位约4800个左右), not on a noun the figure qualifies. */
function figureLast(text: string, piece: Piece): boolean {
  const last = piece.numbers[piece.numbers.length - 1]!;
  return FIGURE_TAIL.test(text.slice(last.span[1], piece.span[1]));
}
const FIGURE_TAIL = /^[\s”"’）)]*(?:左右|以上|以内|以下|上下|多|余)?[\s”"’）)]*$/u;

/** The piece opens with a verb (设置床位1500张), not a noun (装机容量120万千瓦). */
function opensWithVerb(tokens: Token[], span: Span, inOrder: boolean): boolean {
  // tokens in order: a binary search, not a scan (a sentence may hold 100,000 tokens)
  const t = inOrder ? tokens[lowerBound(tokens, 0, span[0])] : tokens.find((x) => x.span[0] >= span[0]);
  return t !== undefined && t.span[0] < span[1] && t.tag.charCodeAt(0) === 118; // 'v'
}

function sentenceTargets(
  text: string,
  sentence: Sentence,
  numbers: NumberItem[],
  tokens: Token[],
  date: DocDate | null,
  lex: TargetLexicon,
  scope: PlanScope | null = null,
  asked: Deadline | null = null,
): Draft[] {
  const out: Draft[] = [];
  const clauses = splitClauses(text, sentence.span);
  // a marker before a colon covers the rest of the sentence (目标是：…；…); so does a plan heading
  let sentenceScope = false;
  // under a plan heading every segment starts forward-looking
  const planForward = scope?.forward ?? false;
  let carry = planForward;
  let carriedDeadline: Deadline | null = null;
  // the current or coming year named earlier in the sentence (今年，我们将…；今年我们把…，计划…), or by the heading
  let context: Deadline | null = scope?.deadline ?? null;
  // the context the sentence opened with (今年，…), restored at each ；
  let openingContext = context;
  // the sentence opens with a bare future date (下半年，…)
  let openingAhead = false;
  let segment = 0;
  let pendingStart: number | null = null;
  // a bare "近五年，" puts the next clause in the past
  let pendingPast = false;
  // a bare past date or period ("2022年，" "近五年，") covers the segment until a switch word
  let pastScope = false;
  // an earlier piece of the segment states a result (已于去年9月开工,装机容量120万千瓦,…)
  let segmentPast = false;
  // an earlier bare "通车后，" / "届时，" of the segment dates the rest only by reference
  let segmentRefers = false;
  const pieces = sentencePieces(text, clauses, numbers, tokens, date);
  referBack(pieces);
  const tokensInOrder = ordered(tokens);
  const consumed = new Set<number>();
  // the first target in `out` of the current list: the segment's first, or the first after a shared date
  let segmentOut = 0;
  // the first target in `out` of the current clause (its 、-list)
  let clauseOut = 0;
  // the last piece that gave targets, and whether one of them reaches or caps a level (将达到9.8亿元)
  let lastEmitted = -1;
  let lastReaches = false;
  const emit = (piece: Piece, span: Span, deadline: Deadline | null, at: number): void => {
    const clauseText = text.slice(span[0], span[1]);
    lastEmitted = at;
    lastReaches = false;
    piece.numbers.forEach((n, k) => {
      const comparator = targetComparator(text, piece, n, k, lex);
      if (comparator !== '=') lastReaches = true;
      out.push({
        text: clauseText,
        span,
        metric: targetMetric(text, piece, n, k, lex),
        value: n.value,
        unit: n.unit,
        comparator,
        // 关于6%左右的增长目标: a target the question named, restated
        deadline: deadline?.value ?? (asked && lex.namesTarget.test(text.slice(n.span[1], n.span[1] + 12)) ? asked.value : null),
        number: n.id,
        exchange: n.exchange ?? sentence.exchange,
      });
    });
  };
  for (let pi = 0; pi < pieces.length; pi++) {
    const piece = pieces[pi]!;
    if (consumed.has(pi)) continue;
    if (piece.clause !== pieces[pi - 1]?.clause) clauseOut = out.length;
    if (piece.segment !== segment) {
      segment = piece.segment;
      // 下半年，我们将…；同时新开工…1500套: a future date heading the sentence covers each segment (convention 37)
      carry = sentenceScope || planForward || openingAhead;
      if (!sentenceScope) {
        carriedDeadline = null;
        // a milestone's date of the last segment (预计2027年底建成, 计划11月开工) does not date the next one
        if (openingContext !== null && (context?.year !== openingContext.year || openingAhead)) context = openingContext;
      }
      pendingStart = null;
      pendingPast = false;
      pastScope = false;
      segmentPast = false;
      segmentRefers = false;
      segmentOut = out.length;
    }
    // 将达到9.8亿元，占财政总支出的65%左右: the share states the level just reached in other terms
    if (piece.numbers.length === 0 && piece.shares.length > 0 && lastEmitted === pi - 1 && lastReaches && pieces[pi - 1]!.segment === segment && piece.deadlines.length === 0) {
      piece.numbers = piece.shares;
    }
    const body = text.slice(piece.span[0], piece.span[1]);
    if (pastScope && lex.switchTo.test(body)) pastScope = false;
    if (pendingPast || pastScope) piece.achieved = true;
    if (piece.numbers.length === 0 && piece.deadlines.length === 0 && lex.refersBack.test(body)) segmentRefers = true;
    // 2022年, or a part of this year already over (上半年完成投资176.3亿元 said in August): a result
    const pastDate = date !== null && piece.deadlines.some((d) => d.year !== null && (d.year < date.year || d.ended)) && !piece.deadlines.some((d) => d.future || d.current);
    if (pastDate) piece.achieved = true;
    const bareNow = piece.numbers.length === 0 && residue(text, piece, lex, true).length <= 1;
    pendingPast = piece.achieved && bareNow;
    if (pastDate && bareNow) pastScope = true;
    const dated = piece.deadlines.find((d) => d.value !== null && (d.future || d.current));
    if (dated) context = dated;
    else if (pastDate) context = null;
    if (pi === 0 || (bareNow && segment === 0)) openingContext = context;
    if (pi === 0) openingAhead = bareNow && !piece.achieved && dated !== undefined && dated.future;
    const futureDeadline = piece.deadlines.some((d) => d.future);
    // "到2027年，累计推动…": a bare future deadline before it outweighs the achievement word
    const leadFuture = pendingStart !== null && carriedDeadline !== null && carriedDeadline.future;
    const next = pieces[pi + 1];
    // 建设安置房1900套,预计2026年6月交付: the next piece dates this one
    // (not 实行24小时轮班施工,确保9月30日前主线通车: the figure qualifies the work, it is not what is delivered)
    // 设计泊位620个，已经完成主体施工，计划8月底前投入使用: a status clause between the figure and its date
    // (only inside a forward list: 全长28.7公里，设站22座，目前已实现“洞通”，计划… describes the line)
    // 设置摊位80个，配套油烟净化设施，月底前建成投入使用: a clause without figure or date between
    const bridged = ((piece.marker || carry) && statusOnly(next, segment)) || plainClause(next, segment) ? 1 : 0;
    const dating = pieces[pi + 1 + bridged];
    // 可提供学位1620个，预计明年6月建成投用: a capacity dated by the completion that delivers it
    if (piece.numbers.length === 0 && piece.capacities.length > 0 && dating !== undefined && lex.delivery.test(text.slice(dating.span[0], dating.span[1]))) {
      piece.numbers = piece.capacities;
    }
    // 今年新开工整治的20条，年底前完成: a figure of this year, dated more finely by the next clause
    const dates =
      piece.numbers.length > 0 && !piece.achieved && onlyCurrent(piece.deadlines) && figureLast(text, piece) && (!segmentPast || piece.marker || opensWithVerb(tokens, piece.span, tokensInOrder))
        ? datesPrevious(text, dating, segment, lex)
        : null;
    const later = dates !== null && (piece.deadlines.length === 0 || piece.deadlines.every((d) => d.year === dates.year)) ? dates : null;
    if (later === null && piece.capacities.length > 0 && piece.numbers === piece.capacities) piece.numbers = [];
    if (piece.achieved || pastDate) segmentPast = true;
    // 今年我们从三个方面来解决：一是建，新建…15个: a dated lead-in before a colon opens a list of what will be done
    const opensList = piece.clause.colon && dated !== undefined && piece.numbers.length === 0 && !piece.achieved && !PERFECTIVE.test(body);
    const forward = ((piece.marker || piece.recurring || piece.promise || futureDeadline || carry || opensList) && (!piece.achieved || futureDeadline || leadFuture)) || later !== null;
    const named = piece.deadlines.find((d) => d.value !== null && (d.future || d.current) && !d.generic) ?? null;
    // 明年我们计划…，年度计划投资200亿元: 年度 is the year named before
    const earlier: Deadline | null = carriedDeadline ?? context;
    const generic = piece.deadlines.find((d) => d.value !== null && d.generic) ?? null;
    const own: Deadline | null = named ?? (generic && earlier?.future && earlier.value?.length === 4 && earlier.year !== generic.year ? earlier : null) ?? generic ?? piece.deadlines.find((d) => d.value !== null) ?? null;
    if (!forward) {
      carry = false;
      carriedDeadline = null;
      // a bare "今年，" opens the next clause, without making it forward-looking
      pendingStart = bareNow && own !== null && own.current && !piece.achieved ? piece.span[0] : null;
      continue;
    }
    carry = !(piece.recurring || piece.promise) || piece.marker || futureDeadline;
    const clause: Clause | undefined = piece.clause;
    if (clause?.colon && (piece.marker || futureDeadline || opensList)) sentenceScope = true;
    // 每年安排不少于2亿元: a recurring floor has no deadline unless it names one
    // 48小时内修复: a response time is its own limit, dated by nothing said before it
    const deadline = later ?? own ?? (lex.afterEvent.test(body) || ((piece.recurring || piece.promise) && !piece.marker) ? null : (carriedDeadline ?? context));
    if (own) carriedDeadline = own;
    const rest = residue(text, piece, lex);
    if (piece.numbers.length === 0 && (rest.length <= 1 || clause?.colon)) {
      // a bare "力争到2026年，" opens the next clause
      pendingStart ??= piece.span[0];
      continue;
    }
    if (piece.numbers.length === 0) {
      // “十五五”期间，我们还将谋划建设…: a bare date piece just before dates this one
      const dating = own ?? (pendingStart !== null ? carriedDeadline : null);
      // no document date: 预计明年6月建成通车 is still a dated commitment, its deadline unknown
      const undated = date === null && piece.marker && dating === null && piece.deadlines.some((d) => d.value === null);
      if ((!dating || dating.value === null) && !undated) {
        pendingStart = null;
        continue;
      }
      // 今年我们将实施…计划，新增试点城市12个: the dated clause leads into the figure
      // (a dated milestone stays a target of its own: 将于今年10月投入使用,新增床位600张)
      if (continues(next, segment) && !lex.milestone.test(body)) {
        pendingStart ??= piece.span[0];
        continue;
      }
      const span: Span = trimSpan(text, [pendingStart ?? piece.span[0], piece.span[1]]);
      pendingStart = null;
      // a dated clause is a commitment of its own only with a milestone (建成, 开工 …) or a planning action (谋划建设, 评估)
      if (!(lex.milestone.test(body) || lex.datedAction.test(body)) || lex.vague.test(body)) continue;
      // 下半年，我们将启动X，…，计划11月开工: dated only by the lead-in, the later exact date is the commitment
      if (!own && dating !== null && finerLater(text, pieces, pi, dating, lex)) continue;
      out.push({
        text: text.slice(span[0], span[1]),
        span,
        metric: milestoneMetric(rest),
        value: null,
        unit: null,
        comparator: null,
        deadline: dating?.value ?? null,
        number: null,
        exchange: sentence.exchange,
      });
      continue;
    }
    // 届时…缩短至20分钟: dated only by reference to an earlier date
    if (!own && !later && (segmentRefers || lex.refersBack.test(body))) {
      pendingStart = null;
      continue;
    }
    const end = later ? dating!.span[1] : piece.span[1];
    if (later) {
      for (let k = 1; k <= 1 + bridged; k++) consumed.add(pi + k);
      // …，增设停车泊位1200个，9月开学前全部建成: the date covers every figure of the list before it
      if (lex.sharedDeadline.test(text.slice(dating!.span[0], dating!.span[1]))) {
        shareDeadline(out, segmentOut, later);
        // the next list of the segment starts after this date (and no draft is visited twice)
        segmentOut = out.length + piece.numbers.length;
      } else if (clauseOut < out.length) {
        // 将新建公厕2座、增设休息座椅80组，10月底前完工: the date covers the 、-list it follows
        shareDeadline(out, clauseOut, later);
      }
    }
    const span: Span = trimSpan(text, [pendingStart ?? piece.span[0], end]);
    pendingStart = null;
    emit(piece, span, deadline, pi);
  }
  return out;
}
