/**
 * Targets: forward-looking commitments with a value or a deadline.
 *
 * A sentence is cut into clauses (，；：) and a clause into pieces where a new
 * statement starts after 、 (see `pieceCut`). A piece is forward-looking when
 * it holds a marker (力争, 将, 预计 … data/target-markers.yaml) or a future
 * deadline, or when an earlier piece of the same ；-segment was forward-looking
 * and this one states no achievement (已, 累计, 近三年 …). Every number in a
 * forward piece is a target (one per value); a forward piece with its own
 * deadline and no number is a dated commitment with `value: null`.
 */
import { docDate, findDeadlines, type Deadline, type DocDate } from './deadline.js';
import { splitClauses, splitPieces, trimSpan } from './clauses.js';
import { isForwardToken, targetLexicon, type TargetLexicon } from './target-lexicon.js';
import { targetComparator, targetMetric } from './target-fields.js';
import type { NumberItem, ParsedDocument, Sentence, Span, TargetItem, Token } from '../types.js';

/** One piece of a sentence, with what it says about time. */
export interface Piece {
  span: Span;
  segment: number;
  numbers: NumberItem[];
  deadlines: Deadline[];
  marker: boolean;
  achieved: boolean;
}

const FILLER = /^[\s,\uFF0C、“”"‘’()\uFF08\uFF09我们市还也都再并就正在上述以及和与及]*$/u;

const inSpan = (inner: Span, outer: Span): boolean => inner[0] >= outer[0] && inner[1] <= outer[1];

export function extractTargets(doc: ParsedDocument, numbers: NumberItem[], tokens: Token[]): TargetItem[] {
  const lex = targetLexicon();
  const date = docDate(doc.info.meta.date);
  const out: TargetItem[] = [];
  let ti = 0;
  for (const sentence of doc.sentences) {
    if (sentence.kind === 'title' || sentence.kind === 'question') continue;
    const sNumbers = numbers.filter((n) => inSpan(n.span, sentence.span));
    while (ti < tokens.length && tokens[ti]!.span[1] <= sentence.span[0]) ti++;
    const sTokens: Token[] = [];
    for (let j = ti; j < tokens.length && tokens[j]!.span[0] < sentence.span[1]; j++) sTokens.push(tokens[j]!);
    for (const t of sentenceTargets(doc.text, sentence, sNumbers, sTokens, date, lex)) {
      out.push({ ...t, id: `t${out.length + 1}` });
    }
  }
  return out;
}

/** Cut a clause at 、 when what follows starts a new statement rather than continuing a list. */
function pieceCut(text: string, numbers: NumberItem[], tokens: Token[], date: DocDate | null, lex: TargetLexicon) {
  return (prev: Span, next: Span): boolean => {
    const nextText = text.slice(next[0], next[1]);
    const lead = findDeadlines(text, next, date)[0];
    if (lead && lead.span[0] - next[0] <= 1) return true;
    const m = lex.forward.exec(nextText);
    if (m && m.index === 0) return true;
    const onlyNumber = numbers.some((n) => n.span[0] <= next[0] + 1 && n.span[1] >= next[1] - 1);
    const prevEndsWithNumber = numbers.some((n) => n.span[1] >= prev[1] - 2 && n.span[1] <= prev[1] && n.span[0] >= prev[0]);
    if (prevEndsWithNumber && !onlyNumber) return true;
    if (lead || m) {
      const prevHasVerb = tokens.some((t) => inSpan(t.span, prev) && /^v/.test(t.tag));
      if (prevHasVerb) return true;
    }
    return false;
  };
}

function describe(text: string, span: Span, segment: number, numbers: NumberItem[], tokens: Token[], date: DocDate | null, lex: TargetLexicon): Piece {
  const body = text.slice(span[0], span[1]);
  const pieceTokens = tokens.filter((t) => inSpan(t.span, span));
  return {
    span,
    segment,
    numbers: numbers.filter((n) => inSpan(n.span, span) && isTargetValue(text, n, lex)),
    deadlines: findDeadlines(text, span, date),
    marker: lex.forward.test(body) || pieceTokens.some((t) => isForwardToken(lex, t)),
    achieved: lex.achieved.test(body),
  };
}

/** Numbers that never carry a target: N大 counts, attributes (总投资…), thresholds (纳税过1亿元的企业). */
function isTargetValue(text: string, n: NumberItem, lex: TargetLexicon): boolean {
  if (/^[一二三四五六七八九十两\d]+大$/u.test(n.text)) return false;
  const before = text.slice(Math.max(0, n.span[0] - 8), n.span[0]);
  if (lex.attribute.test(before)) return false;
  if (before.endsWith('过') && /^(?:以上)?的/u.test(text.slice(n.span[1], n.span[1] + 3))) return false;
  // a size class: 亿元以上项目180个
  if (n.quantity === 'money' && /^(?:以上|以下)(?:的)?(?:项目|企业|工程)/u.test(text.slice(n.span[1], n.span[1] + 6))) return false;
  return true;
}

/** Text of a piece left once markers, deadlines and filler words are removed. */
function residue(text: string, piece: Piece, lex: TargetLexicon, past = false): string {
  let body = text.slice(piece.span[0], piece.span[1]);
  if (past) body = body.replace(new RegExp(lex.achieved.source, 'gu'), '');
  for (const d of piece.deadlines) body = body.replace(d.text, '');
  body = body.replace(new RegExp(lex.forward.source, 'gu'), '').replace(/[将要拟会到至于在]/gu, '');
  return FILLER.test(body) ? '' : body;
}

export function sentencePieces(text: string, sentence: Sentence, numbers: NumberItem[], tokens: Token[], date: DocDate | null): Piece[] {
  const lex = targetLexicon();
  const cut = pieceCut(text, numbers, tokens, date, lex);
  const pieces: Piece[] = [];
  for (const clause of splitClauses(text, sentence.span)) {
    for (const span of splitPieces(text, clause.span, cut)) {
      pieces.push(describe(text, span, clause.segment, numbers, tokens, date, lex));
    }
  }
  return pieces;
}

type Draft = Omit<TargetItem, 'id'>;

function sentenceTargets(text: string, sentence: Sentence, numbers: NumberItem[], tokens: Token[], date: DocDate | null, lex: TargetLexicon): Draft[] {
  const out: Draft[] = [];
  const clauses = splitClauses(text, sentence.span);
  // a marker before a colon covers the rest of the sentence (目标是：…；…)
  let sentenceScope = false;
  let carry = false;
  let carriedDeadline: Deadline | null = null;
  let segment = 0;
  let pendingStart: number | null = null;
  // a bare "近五年，" puts the next clause in the past
  let pendingPast = false;
  // a bare past date or period ("2022年，" "近五年，") covers the segment until a switch word
  let pastScope = false;
  const pieces = sentencePieces(text, sentence, numbers, tokens, date);
  for (const piece of pieces) {
    if (piece.segment !== segment) {
      segment = piece.segment;
      carry = sentenceScope;
      if (!sentenceScope) carriedDeadline = null;
      pendingStart = null;
      pendingPast = false;
      pastScope = false;
    }
    const body = text.slice(piece.span[0], piece.span[1]);
    if (pastScope && lex.switchTo.test(body)) pastScope = false;
    if (pendingPast || pastScope) piece.achieved = true;
    const pastDate = date !== null && piece.deadlines.some((d) => d.year !== null && d.year < date.year) && !piece.deadlines.some((d) => d.future || d.current);
    const bareNow = piece.numbers.length === 0 && residue(text, piece, lex, true).length <= 1;
    pendingPast = piece.achieved && bareNow;
    if (pastDate && bareNow) pastScope = true;
    const futureDeadline = piece.deadlines.some((d) => d.future);
    const forward = (piece.marker || futureDeadline || carry) && (!piece.achieved || futureDeadline);
    const own = piece.deadlines.find((d) => d.value !== null && (d.future || d.current)) ?? piece.deadlines.find((d) => d.value !== null) ?? null;
    if (!forward) {
      carry = false;
      carriedDeadline = null;
      pendingStart = null;
      continue;
    }
    carry = true;
    const clause = clauses.find((c) => inSpan(piece.span, c.span));
    if (clause?.colon && (piece.marker || futureDeadline)) sentenceScope = true;
    const deadline = own ?? (lex.afterEvent.test(body) ? null : carriedDeadline);
    if (own) carriedDeadline = own;
    const rest = residue(text, piece, lex);
    if (piece.numbers.length === 0 && (rest.length <= 1 || clause?.colon)) {
      // a bare "力争到2026年，" opens the next clause
      pendingStart ??= piece.span[0];
      continue;
    }
    const span: Span = trimSpan(text, [pendingStart ?? piece.span[0], piece.span[1]]);
    pendingStart = null;
    const clauseText = text.slice(span[0], span[1]);
    if (piece.numbers.length > 0) {
      piece.numbers.forEach((n, k) => {
        out.push({
          text: clauseText,
          span,
          metric: targetMetric(text, piece, n, k, lex),
          value: n.value,
          unit: n.unit,
          comparator: targetComparator(text, piece, n, k, lex),
          deadline: deadline?.value ?? null,
          number: n.id,
          exchange: n.exchange ?? sentence.exchange,
        });
      });
    } else if (own && own.value !== null) {
      out.push({
        text: clauseText,
        span,
        metric: rest.replace(/^[\s,\uFF0C、]+|[\s,\uFF0C、]+$/gu, '') || null,
        value: null,
        unit: null,
        comparator: null,
        deadline: own.value,
        number: null,
        exchange: sentence.exchange,
      });
    }
  }
  return out;
}
