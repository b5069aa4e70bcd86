/**
 * Status of a project from the words around one mention: the clause holding
 * it (other mentions blanked out), else the nearest clauses of the same
 * ；-segment. A future tense (将, 下步 …) carries from earlier clauses.
 */
import { statusLexicon, type StatusLexicon } from './project-lexicon.js';
import type { Clause } from './clauses.js';
import type { ProjectStatus, Span, Token } from '../types.js';

export interface StatusVote {
  status: ProjectStatus;
  /** 2 for an explicit word, 1 for a weak one */
  strength: number;
}

function has(words: string[], body: string, tokens: Token[]): boolean {
  return words.some((w) => (w.length === 1 ? tokens.some((t) => t.word === w) : body.includes(w)));
}

function clauseView(text: string, clause: Clause, tokens: Token[], masked: Span[]): { body: string; tokens: Token[] } {
  let body = '';
  for (let i = clause.span[0]; i < clause.span[1]; i++) body += masked.some((m) => m[0] <= i && i < m[1]) ? ' ' : text[i];
  const own = tokens.filter(
    (t) => t.span[0] >= clause.span[0] && t.span[1] <= clause.span[1] && !masked.some((m) => m[0] < t.span[1] && t.span[0] < m[1]),
  );
  return { body, tokens: own };
}

function judge(lex: StatusLexicon, body: string, tokens: Token[], future: boolean): StatusVote | null {
  if (has(lex.planned, body, tokens)) return { status: 'planned', strength: 2 };
  if (has(lex.in_progress, body, tokens)) return { status: 'in_progress', strength: 2 };
  if (future) return { status: has(lex.completed, body, tokens) ? 'in_progress' : 'planned', strength: 2 };
  if (has(lex.completed, body, tokens) || has(lex.acts, body, tokens)) return { status: 'completed', strength: 2 };
  if (has(lex.weak_in_progress, body, tokens)) return { status: 'in_progress', strength: 1 };
  if (has(lex.weak_completed, body, tokens)) return { status: 'completed', strength: 1 };
  return null;
}

export function mentionStatus(text: string, clauses: Clause[], index: number, tokens: Token[], masked: Span[]): StatusVote | null {
  const lex = statusLexicon();
  const clause = clauses[index]!;
  const views = clauses.map((c) => (c.segment === clause.segment ? clauseView(text, c, tokens, masked) : null));
  const futureAt = (i: number): boolean => {
    for (let k = i; k >= 0; k--) {
      const v = views[k];
      if (!v) break;
      if (has(lex.future, v.body, v.tokens)) return true;
    }
    return false;
  };
  const order = [index];
  for (let d = 1; d < clauses.length; d++) {
    if (index - d >= 0) order.push(index - d);
    if (index + d < clauses.length) order.push(index + d);
  }
  for (const i of order) {
    const v = views[i];
    if (!v) continue;
    const vote = judge(lex, v.body, v.tokens, futureAt(i));
    if (vote) return i === index ? vote : { ...vote, strength: Math.min(vote.strength, 1) };
  }
  return null;
}
