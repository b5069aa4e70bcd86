/** Metric and comparator of one target value, read from the piece that states it. */
import type { Comparator, NumberItem } from '../types.js';
import type { Piece } from './targets.js';
import type { TargetLexicon } from './target-lexicon.js';

const APPROX_BEFORE = /(?:约|大约|近|接近|将近|超|逾|分别|总数|总量|共)$/u;
const LIST_GAP = /^[\s、和及与]*$/u;
/** what joins the two ends of a range (5%-6%, 6%—7%, 5%至6%) */
const RANGE_GAP = /^\s*(?:[-—–~～]{1,2}|至|到)\s*$/u;

/** Index of the first number of the 、-list run that `k` belongs to. */
function runStart(text: string, numbers: NumberItem[], k: number): number {
  let i = k;
  while (i > 0 && joined(text, numbers[i - 1]!, numbers[i]!)) i--;
  return i;
}

function joined(text: string, a: NumberItem, b: NumberItem): boolean {
  const gap = text.slice(a.span[1], b.span[0]);
  return LIST_GAP.test(gap) || RANGE_GAP.test(gap);
}

/** -1: the lower end of a range, 1: the upper end, 0: no range. */
function rangeEnd(text: string, numbers: NumberItem[], k: number): -1 | 0 | 1 {
  const n = numbers[k]!;
  const ranged = (a: NumberItem | undefined, b: NumberItem | undefined): boolean =>
    a !== undefined && b !== undefined && a.unit === b.unit && RANGE_GAP.test(text.slice(a.span[1], b.span[0]));
  if (ranged(n, numbers[k + 1])) return -1;
  if (ranged(numbers[k - 1], n)) return 1;
  return 0;
}

function comparatorBefore(text: string, piece: Piece, n: NumberItem, lex: TargetLexicon): Comparator | undefined {
  let pre = text.slice(piece.span[0], n.span[0]);
  for (let guard = 0; guard < 3; guard++) {
    for (const [word, cmp] of lex.before) if (pre.endsWith(word)) return cmp;
    const m = APPROX_BEFORE.exec(pre);
    if (!m) break;
    pre = pre.slice(0, m.index);
  }
  return undefined;
}

export function targetComparator(text: string, piece: Piece, n: NumberItem, k: number, lex: TargetLexicon): Comparator {
  // 增长5%-6%: at least the lower end, at most the upper one
  const end = rangeEnd(text, piece.numbers, k);
  if (end !== 0) return end < 0 ? '>=' : '<=';
  const first = runStart(text, piece.numbers, k);
  const before = comparatorBefore(text, piece, piece.numbers[first]!, lex);
  if (before) return before;
  const post = text.slice(n.span[1], piece.span[1]);
  for (const [word, cmp] of lex.after) if (post.startsWith(word)) return cmp;
  if (n.approx && lex.approx[n.approx]) return lex.approx[n.approx]!;
  return '=';
}

const LEAD = /^[\s,\uFF0C、“”]*(?:我们|我市|全市|全省|全区|全县|还|也|都|要|将|并|同时|实现|达到|力争|确保|争取|预计|计划|关于|围绕|对于|按照|确定了|确定|提出了|提出)*/u;
/** what a deadline leaves behind at either end of a metric (年底前 → 前, 年内 → 内) */
const DEADLINE_REST_HEAD = /^(?:之前|以前|底前|前|内|底|末)+/u;
const DEADLINE_REST_TAIL = /(?:之前|以前|底前|前)+$/u;

/** A metric without markers, deadline remnants and filler at its ends. */
function cleanMetric(metric: string, piece: Piece, lex: TargetLexicon): string | null {
  let m = metric;
  for (const d of piece.deadlines) m = m.replace(d.text, '');
  m = m.replace(lex.metricDrop, '');
  let prev = '';
  while (prev !== m) {
    prev = m;
    m = m.replace(LEAD, '').replace(DEADLINE_REST_HEAD, '').replace(DEADLINE_REST_TAIL, '').replace(/(?:约|超|近|的|分别|将|要|[,\uFF0C、])+$/u, '').trim();
  }
  return m.length > 0 ? m : null;
}

export function targetMetric(text: string, piece: Piece, n: NumberItem, k: number, lex: TargetLexicon): string | null {
  const numbers = piece.numbers;
  const first = runStart(text, numbers, k);
  const body = text.slice(piece.span[0], numbers[first]!.span[0]);
  // 高新技术企业、科技型中小企业力争今年分别突破1000家、2800家
  const resp = lex.respectively.exec(body);
  let runLength = 1;
  while (first + runLength < numbers.length && runStart(text, numbers, first + runLength) === first) runLength++;
  if (resp && runLength > 1) {
    const stop = Math.min(
      resp.index,
      ...[lex.forward.exec(body)?.index ?? body.length],
      ...piece.deadlines.map((d) => d.span[0] - piece.span[0]).filter((i) => i >= 0),
    );
    const names = body.slice(0, stop).split('、').map((s) => s.trim()).filter(Boolean);
    if (names.length === runLength) return cleanMetric(names[k - first] ?? '', piece, lex);
  }
  // 3万人的目标: the subject is the target noun itself, the metric stands before the number
  const fromSubject = n.subject && !lex.namesTarget.test(`的${n.subject}`) ? cleanMetric(n.subject, piece, lex) : null;
  if (fromSubject) return fromSubject;
  let pre = body;
  for (const d of piece.deadlines) pre = pre.replace(d.text, '');
  const cut = Math.max(pre.lastIndexOf('、'), pre.lastIndexOf(','), pre.lastIndexOf('\uFF0C'), pre.lastIndexOf(';'), pre.lastIndexOf('\uFF1B'));
  pre = pre.slice(cut + 1);
  for (const [word] of lex.before) if (pre.endsWith(word)) { pre = pre.slice(0, -word.length); break; }
  const m = cleanMetric(pre, piece, lex);
  if (m !== null) return m.slice(-16);
  // 关于6%左右的增长目标: the metric is named between 的 and the target noun
  const named = lex.namesTarget.exec(text.slice(n.span[1], piece.span[1]));
  return named ? cleanMetric(named[0].replace(/^[^的]*的/u, '').replace(lex.targetNoun, ''), piece, lex) : null;
}
