/**
 * Section scope of a work report: a heading line such as "二、2024年工作安排"
 * makes what follows forward-looking and dated by the heading's year, until a
 * review heading ("2023年工作回顾") or another plan heading. Headings are
 * lines of their own, short, without closing punctuation (the enumerator is
 * already cut off by the document stage).
 */
import { findDeadlines, type Deadline, type DocDate } from './deadline.js';
import type { TargetLexicon } from './target-lexicon.js';
import type { Sentence } from '../types.js';

/** The scope a plan heading opens: forward-looking, with the heading's date when it names one. */
export interface PlanScope {
  deadline: Deadline | null;
  /** every statement is forward-looking */
  forward: boolean;
}

const MAX_HEADING = 30;
// closing punctuation, possibly inside a closing bracket or quote (（…至今没有动工。）is a stage line, not a heading)
const CLOSING = /[。！？!?；;：:，,…][”"’）)】」』]*$/u;
const LINE_END = /^[ \t\u00a0\u3000]*(?:\r?\n|$)/u;

/** A short line of its own, without closing punctuation. */
export function isHeading(text: string, sentence: Sentence): boolean {
  const [a, b] = sentence.span;
  if (sentence.kind === 'title' || b - a > MAX_HEADING || b <= a) return false;
  if (CLOSING.test(text.slice(Math.max(a, b - 4), b))) return false;
  return LINE_END.test(text.slice(b, b + 8));
}

/**
 * The scope after a heading: a plan scope, null (a review heading ends the
 * scope), or undefined when the heading says neither (the scope goes on).
 */
export function headingScope(text: string, sentence: Sentence, date: DocDate | null, lex: TargetLexicon): PlanScope | null | undefined {
  const body = text.slice(sentence.span[0], sentence.span[1]);
  const plan = lex.planHeading.test(body);
  const review = lex.reviewHeading.test(body);
  const dates = findDeadlines(text, sentence.span, date).filter((d) => d.value !== null);
  // "2023年工作回顾和2024年工作安排": the plan wins when it names a later year
  const last = dates[dates.length - 1] ?? null;
  if (plan && (!review || (last !== null && (last.future || last.current)))) return { deadline: last, forward: true };
  if (review) return null;
  return undefined;
}
