/** Metric and comparator of one target value, read from the piece that states it. */
import type { Comparator, NumberItem } from '../types.js';
import type { Piece } from './targets.js';
import type { TargetLexicon } from './target-lexicon.js';

const APPROX_BEFORE = /(?:约|大约|近|接近|将近|超|逾|分别|总数|总量|共)$/u;
const LIST_GAP = /^[\s、和及与]*$/u;

/** Index of the first number of the 、-list run that `k` belongs to. */
function runStart(text: string, numbers: NumberItem[], k: number): number {
  let i = k;
  while (i > 0 && LIST_GAP.test(text.slice(numbers[i - 1]!.span[1], numbers[i]!.span[0]))) i--;
  return i;
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
  const first = runStart(text, piece.numbers, k);
  const before = comparatorBefore(text, piece, piece.numbers[first]!, lex);
  if (before) return before;
  const post = text.slice(n.span[1], piece.span[1]);
  for (const [word, cmp] of lex.after) if (post.startsWith(word)) return cmp;
  if (n.approx && lex.approx[n.approx]) return lex.approx[n.approx]!;
  return '=';
}

const LEAD = /^[\s,\uFF0C、“”]*(?:我们|我市|全市|全省|全区|全县|还|也|都|要|将|并|同时|实现|达到|力争|确保|争取|预计|计划)*/u;

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
    if (names.length === runLength) return names[k - first] ?? null;
  }
  if (n.subject) return n.subject;
  let pre = body;
  for (const d of piece.deadlines) pre = pre.replace(d.text, '');
  const cut = Math.max(pre.lastIndexOf('、'), pre.lastIndexOf(','), pre.lastIndexOf('\uFF0C'), pre.lastIndexOf(';'), pre.lastIndexOf('\uFF1B'));
  pre = pre.slice(cut + 1);
  for (const [word] of lex.before) if (pre.endsWith(word)) { pre = pre.slice(0, -word.length); break; }
  pre = pre.replace(LEAD, '').replace(/(?:约|超|近|的|分别)+$/u, '').trim();
  return pre.length > 0 ? pre.slice(-16) : null;
}
