import { makeOffsetMapper } from '../text/offsets.js';
import type { Result, Span } from '../types.js';

/**
 * Converts every span of a result from UTF-16 indices into code points, the
 * one place where that happens. Returns a new result; the input is not changed.
 */
export function toOutputSpans(result: Result, text: string): Result {
  const map = makeOffsetMapper(text);
  const s = (span: Span): Span => map.span(span);
  return {
    ...result,
    document: {
      ...result.document,
      exchanges: result.document.exchanges.map((ex) => ({
        ...ex,
        question: ex.question ? { ...ex.question, span: s(ex.question.span) } : null,
        answer: { span: s(ex.answer.span) },
        sections: ex.sections.map((sec) => ({ ...sec, span: s(sec.span), heading_span: s(sec.heading_span) })),
      })),
    },
    numbers: result.numbers.map((n) => ({
      ...n,
      span: s(n.span),
      sentence: s(n.sentence),
      period: n.period ? { ...n.period, span: s(n.period.span) } : null,
    })),
    targets: result.targets.map((t) => ({ ...t, span: s(t.span) })),
    projects: result.projects.map((p) => ({
      ...p,
      mentions: p.mentions.map((m) => ({ ...m, span: s(m.span) })),
    })),
  };
}
