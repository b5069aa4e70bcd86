/** Target markers and comparators, read from data/ once and compiled into matchers. */
import { loadLexicon } from '../lexicon.js';
import type { Comparator, Token } from '../types.js';

interface MarkerLexicon {
  forward: string[];
  forward_tokens: Record<string, string[]>;
  achieved: string[];
  achieved_patterns: string[];
  respectively: string[];
  attribute_prefixes: string[];
  switch: string[];
  after_event: string[];
}

interface ComparatorLexicon {
  before: Record<string, string[]>;
  after: Record<string, string[]>;
  approx: Record<string, string>;
}

export interface TargetLexicon {
  forward: RegExp;
  forwardTokens: Map<string, Set<string>>;
  achieved: RegExp;
  respectively: RegExp;
  attribute: RegExp;
  switchTo: RegExp;
  afterEvent: RegExp;
  /** [word, comparator], longest words first */
  before: [string, Comparator][];
  after: [string, Comparator][];
  approx: Record<string, Comparator>;
}

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const alternation = (words: string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map(esc).join('|');

let cached: TargetLexicon | null = null;

function pairs(table: Record<string, string[]>): [string, Comparator][] {
  const out: [string, Comparator][] = [];
  for (const [cmp, words] of Object.entries(table)) for (const w of words) out.push([w, cmp as Comparator]);
  return out.sort((a, b) => b[0].length - a[0].length);
}

export function targetLexicon(): TargetLexicon {
  if (cached) return cached;
  const m = loadLexicon<MarkerLexicon>('target-markers.yaml');
  const c = loadLexicon<ComparatorLexicon>('comparators.yaml');
  cached = {
    forward: new RegExp(alternation(m.forward), 'u'),
    forwardTokens: new Map(Object.entries(m.forward_tokens).map(([w, tags]) => [w, new Set(tags)])),
    achieved: new RegExp([alternation(m.achieved), ...m.achieved_patterns].join('|'), 'u'),
    respectively: new RegExp(alternation(m.respectively), 'u'),
    attribute: new RegExp(`(?:${alternation(m.attribute_prefixes)})(?:约|超过|超|近|逾)?$`, 'u'),
    switchTo: new RegExp(alternation(m.switch), 'u'),
    afterEvent: new RegExp(alternation(m.after_event), 'u'),
    before: pairs(c.before),
    after: pairs(c.after),
    approx: c.approx as Record<string, Comparator>,
  };
  return cached;
}

/** True when a single-character marker (将, 要, 拟 …) stands as a token with a fitting tag. */
export function isForwardToken(lex: TargetLexicon, token: Token): boolean {
  const tags = lex.forwardTokens.get(token.word);
  return tags !== undefined && (tags.has(token.tag) || tags.has(token.tag.charAt(0)));
}
