/**
 * Back-references to a work named before (该工程总投资…，已于今年2月开工; 整个工程):
 * no mention of their own, but the status their clause says counts for the
 * work named last before them, in the same exchange and within reach, when
 * nothing said at its named mentions does. The first back-reference after a
 * name decides: later ones tend to say what is still to come.
 */
import type { ProjectLexicon } from './project-lexicon.js';
import type { StatusVote } from './project-status.js';
import type { Span } from '../types.js';

export interface BackReference {
  /** where the back-reference starts */
  pos: number;
  exchange: string | null;
  vote: StatusVote;
}

/** Starts of the back-references in `span` that lie outside every candidate span. */
export function backReferencesIn(lex: ProjectLexicon, text: string, span: Span, candidates: Span[]): number[] {
  const found: Span[] = [];
  const body = text.slice(span[0], span[1]);
  // longest first: a longer back-reference takes its place before a shorter one inside it
  for (const w of lex.backReferences) {
    for (let at = body.indexOf(w); at >= 0; at = body.indexOf(w, at + w.length)) {
      const s: Span = [span[0] + at, span[0] + at + w.length];
      const overlaps = (c: Span): boolean => c[0] < s[1] && s[0] < c[1];
      if (!found.some(overlaps) && !candidates.some(overlaps)) found.push(s);
    }
  }
  return found.map((s) => s[0]).sort((a, b) => a - b);
}

/**
 * For each named mention (in document order), the vote of the first
 * back-reference that refers to it: the nearest mention before the
 * back-reference, in its exchange, within `reach` characters.
 */
export function referredVotes<M extends { span: Span; exchange: string | null; placeRef: boolean }>(
  mentions: M[],
  refs: BackReference[],
  reach: number,
): Map<M, StatusVote> {
  const out = new Map<M, StatusVote>();
  let k = -1;
  for (const r of [...refs].sort((a, b) => a.pos - b.pos)) {
    while (k + 1 < mentions.length && mentions[k + 1]!.span[1] <= r.pos) k++;
    const m = mentions[k];
    if (!m || m.placeRef || m.exchange !== r.exchange || r.pos - m.span[1] > reach) continue;
    if (!out.has(m)) out.set(m, r.vote);
  }
  return out;
}
