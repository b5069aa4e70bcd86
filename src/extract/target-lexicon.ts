/** Target markers and comparators, read from data/ once and compiled into matchers. */
import { loadLexicon } from '../lexicon.js';
import type { Comparator, Token } from '../types.js';
import { escapeRegExp } from '../text/regex.js';

interface MarkerLexicon {
  forward: string[];
  forward_patterns: string[];
  forward_tokens: Record<string, string[]>;
  achieved: string[];
  achieved_patterns: string[];
  respectively: string[];
  attribute_prefixes: string[];
  floor_comparators: string[];
  non_target_before: string[];
  non_target_after: string[];
  non_target_units: string[];
  capacity_before: string[];
  delivery_milestones: string[];
  threshold_before: string[];
  promise_conditions: string[];
  share_before: string[];
  recurring: string[];
  milestones: string[];
  switch: string[];
  after_event: string[];
  refers_back: string[];
  plan_headings: string[];
  review_headings: string[];
  metric_drop: string[];
  target_nouns: string[];
  vague_commitments: string[];
  dated_actions: string[];
  shared_deadline: string[];
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
  /** before a number in its piece: a capacity (可提供…), a target only when a completion dates it */
  capacity: RegExp[];
  /** a completion that delivers a capacity (建成, 投用 …) */
  delivery: RegExp;
  /** before a number followed by 的: a threshold picking out a class (达不到80%的事项) */
  threshold: RegExp;
  /** what may stand before the duration of a response-time promise (遇强降雨) */
  promiseCondition: RegExp[];
  /** before a number in its piece: a share of something (占…的), a target only after a reached level */
  share: RegExp[];
  recurring: RegExp;
  floor: RegExp;
  milestone: RegExp;
  switchTo: RegExp;
  afterEvent: RegExp;
  refersBack: RegExp;
  planHeading: RegExp;
  reviewHeading: RegExp;
  /** marker words taken out of a metric wherever they stand (global) */
  metricDrop: RegExp;
  /** right after a number: it names a target (6%左右的增长目标) */
  namesTarget: RegExp;
  /** a dated clause without a number that only vows to meet the year's goals */
  vague: RegExp;
  /** a planning action that makes a dated clause without a number a target (谋划建设, 评估) */
  datedAction: RegExp;
  /** a dating clause with one of these dates every figure of its list (…，年底前全部建成) */
  sharedDeadline: RegExp;
  /** the target noun at the end of a namesTarget match */
  targetNoun: RegExp;
  /** [word, comparator], longest words first */
  before: [string, Comparator][];
  after: [string, Comparator][];
  approx: Record<string, Comparator>;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  end: boolean;
}

function trieSource(node: TrieNode): string {
  // longer words first, the word ending here last: the longest word wins at a position, as in a sorted alternation
  const parts = [...node.next].map(([ch, child]) => escapeRegExp(ch) + trieSource(child));
  if (parts.length === 0) return '';
  if (parts.length === 1 && !node.end) return parts[0]!;
  return `(?:${parts.join('|')}${node.end ? '|' : ''})`;
}

/**
 * The words as one regex alternative, factored by shared prefixes (提前(?:完成|实现)):
 * it matches what the plain longest-first alternation matches, with fewer steps.
 */
export const alternation = (words: string[]): string => {
  const root: TrieNode = { next: new Map(), end: false };
  for (const w of new Set(words)) {
    let node = root;
    for (const ch of w) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  return trieSource(root);
};

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
    forward: new RegExp([alternation(m.forward), ...m.forward_patterns].join('|'), 'u'),
    forwardTokens: new Map(Object.entries(m.forward_tokens).map(([w, tags]) => [w, new Set(tags)])),
    achieved: new RegExp([alternation(m.achieved), ...m.achieved_patterns].join('|'), 'u'),
    respectively: new RegExp(alternation(m.respectively), 'u'),
    attribute: new RegExp(`(?:${alternation(m.attribute_prefixes)})(?:约|超过|超|近|逾)?$`, 'u'),
    floorAttribute: new RegExp(`(?:${alternation(m.attribute_prefixes)})(?:${alternation(m.floor_comparators)})$`, 'u'),
    nonTargetBefore: m.non_target_before.map((r) => new RegExp(r, 'u')),
    nonTargetAfter: m.non_target_after.map((r) => new RegExp(r, 'u')),
    nonTargetUnits: new Set(m.non_target_units),
    capacity: m.capacity_before.map((r) => new RegExp(r, 'u')),
    delivery: new RegExp(alternation(m.delivery_milestones), 'u'),
    // not a floor or cap of the target itself (不低于, 不超过)
    threshold: new RegExp(`(?<!不)(?:${alternation(m.threshold_before)})$`, 'u'),
    promiseCondition: m.promise_conditions.map((r) => new RegExp(r, 'u')),
    share: m.share_before.map((r) => new RegExp(r, 'u')),
    recurring: new RegExp(alternation(m.recurring), 'u'),
    floor: new RegExp(`(?:${alternation(m.floor_comparators)})$`, 'u'),
    milestone: new RegExp(alternation(m.milestones), 'u'),
    switchTo: new RegExp(alternation(m.switch), 'u'),
    afterEvent: new RegExp(alternation(m.after_event), 'u'),
    refersBack: new RegExp(alternation(m.refers_back), 'u'),
    planHeading: new RegExp(alternation(m.plan_headings), 'u'),
    reviewHeading: new RegExp(alternation(m.review_headings), 'u'),
    metricDrop: new RegExp(alternation(m.metric_drop), 'gu'),
    vague: new RegExp(m.vague_commitments.join('|'), 'u'),
    datedAction: new RegExp(alternation(m.dated_actions), 'u'),
    sharedDeadline: new RegExp(alternation(m.shared_deadline), 'u'),
    targetNoun: new RegExp(`(?:${alternation(m.target_nouns)})$`, 'u'),
    namesTarget: new RegExp(`^(?:左右|以上|以内|上下)?的[^,，;；。]{0,6}?(?:${alternation(m.target_nouns)})`, 'u'),
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
