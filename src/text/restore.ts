import { unfold } from './fold.js';
import type { NumberItem, ProjectItem, Span, TargetItem } from '../types.js';

interface Items {
  numbers: NumberItem[];
  targets: TargetItem[];
  projects: ProjectItem[];
}

/**
 * The extractors match on the folded text; every `text` field must be the
 * source's own characters (jiedu/v1: text equals the source sliced by span).
 * Spans are the same in both texts, so texts are re-sliced from the source;
 * derived strings (project names) are unfolded.
 */
export function restoreSourceStrings(items: Items, source: string, folded: string): Items {
  if (source === folded) return items;
  const at = (span: Span): string => source.slice(span[0], span[1]);
  return {
    numbers: items.numbers.map((n) => ({ ...n, text: at(n.span), period: n.period && { ...n.period, text: at(n.period.span) } })),
    targets: items.targets.map((t) => ({ ...t, text: at(t.span) })),
    projects: items.projects.map((p) => {
      const mentions = p.mentions.map((m) => ({ ...m, text: at(m.span) }));
      const same = p.mentions.find((m) => m.text === p.name);
      return { ...p, name: same ? at(same.span) : unfold(p.name, folded, source), mentions };
    }),
  };
}
