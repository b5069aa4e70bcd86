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
  floor_comparators: string[];
  non_target_before: string[];
  non_target_after: string[];
  non_target_units: string[];
  recurring: string[];
  milestones: string[];
  switch: string[];
  after_event: string[];
  refers_back: string[];
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
  /** a floor comparator right before the number, after an attribute word (总投资不少于…) */
  floorAttribute: RegExp;
  nonTargetBefore: RegExp[];
  nonTargetAfter: RegExp[];
  nonTargetUnits: Set<string>;
  recurring: RegExp;
  floor: RegExp;
  milestone: RegExp;
  switchTo: RegExp;
  afterEvent: RegExp;
  refersBack: RegExp;
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
    floorAttribute: new RegExp(`(?:${alternation(m.attribute_prefixes)})(?:${alternation(m.floor_comparators)})$`, 'u'),
    nonTargetBefore: m.non_target_before.map((r) => new RegExp(r, 'u')),
    nonTargetAfter: m.non_target_after.map((r) => new RegExp(r, 'u')),
    nonTargetUnits: new Set(m.non_target_units),
    recurring: new RegExp(alternation(m.recurring), 'u'),
    floor: new RegExp(`(?:${alternation(m.floor_comparators)})$`, 'u'),
    milestone: new RegExp(alternation(m.milestones), 'u'),
    switchTo: new RegExp(alternation(m.switch), 'u'),
    afterEvent: new RegExp(alternation(m.after_event), 'u'),
    refersBack: new RegExp(alternation(m.refers_back), 'u'),
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
