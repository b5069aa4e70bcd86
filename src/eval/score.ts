/**
 * Scoring, exactly as annotation.md "Scoring" says. Pure functions over plain
 * data: a gold file against one predicted jiedu/v1 result.
 *
 * - numbers match when spans overlap and values are equal (relative difference
 *   under 1e-9); identical spans are paired first; each gold item matches at
 *   most one prediction.
 * - targets match when spans overlap, values are equal (or both null) and
 *   deadlines are equal (or both null).
 * - projects match by normalised name (any alias): exact matches first, then
 *   containment where the shorter is at least 60% of the longer.
 * - an `optional: true` gold item is never missed, and a prediction matching
 *   it is not counted at all.
 * - attribute accuracies over matched (non-optional) pairs; meta and exchanges
 *   as field accuracy.
 */
import { matchItems, type Pairing } from './match.js';
import { normaliseName, projectNamesMatch } from './names.js';

export type Span = readonly [number, number];

/** What scoring reads of a predicted number; `Result['numbers'][number]` fits. */
export interface NumberLike {
  id?: string;
  text: string;
  span: Span;
  value: number;
  unit: string;
  quantity: string;
  approx: string | null;
  sentence?: Span;
  optional?: boolean;
}
export interface TargetLike {
  id?: string;
  text: string;
  span: Span;
  value: number | null;
  deadline: string | null;
  metric?: string | null;
  optional?: boolean;
}
export interface ProjectLike {
  id?: string;
  name: string;
  aliases?: string[];
  category: string;
  status: string;
  mentions?: { span: Span }[];
  optional?: boolean;
}
export interface MetaLike {
  index_no?: string | null;
  topic?: string | null;
  publisher?: string | null;
  date?: string | null;
  validity?: string | null;
}
export interface ExchangeLike {
  id: string;
  label?: string | null;
  question?: { span: Span; text: string } | null;
  speaker?: { name?: string | null; role?: string | null } | null;
  answer?: { span: Span };
  sections?: { label: string; heading: string; span?: Span; heading_span?: Span }[];
}
export interface Scorable {
  document?: { meta?: MetaLike; exchanges?: ExchangeLike[] };
  numbers: NumberLike[];
  targets: TargetLike[];
  projects: ProjectLike[];
}

export const KINDS = ['numbers', 'targets', 'projects'] as const;
export type Kind = (typeof KINDS)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Tally {
  correct: number;
  total: number;
}
export const ATTRIBUTES = ['unit', 'quantity', 'approx', 'status', 'category'] as const;
export type Attribute = (typeof ATTRIBUTES)[number];

export interface KindDetail<G, P> {
  matched: { gold: G; predicted: P }[];
  missed: G[];
  spurious: P[];
}

export interface DocumentScore {
  counts: Record<Kind, Counts>;
  attributes: Record<Attribute, Tally>;
  meta: Tally;
  exchanges: Tally;
  /** Fields that differ, as `path: gold ≠ predicted`, for --verbose. */
  fieldErrors: string[];
  details: {
    numbers: KindDetail<NumberLike, NumberLike>;
    targets: KindDetail<TargetLike, TargetLike>;
    projects: KindDetail<ProjectLike, ProjectLike>;
  };
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface CombinedScore {
  files: number;
  counts: Record<Kind, Counts>;
  scores: Record<Kind, Prf>;
  attributes: Record<Attribute, Tally & { accuracy: number | null }>;
  meta: Tally & { accuracy: number | null };
  exchanges: Tally & { accuracy: number | null };
}

export function overlaps(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

export function valuesEqual(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  if (a === b) return true;
  return Math.abs(a - b) < 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

function sameSpan(a: Span, b: Span): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

function overlapSize(a: Span, b: Span): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

/** Counts and detail from a pairing, leaving optional gold items (and their matches) out. */
function tallyPairing<G extends { optional?: boolean }, P>(gold: G[], predicted: P[], pairing: Pairing): { counts: Counts; detail: KindDetail<G, P> } {
  const detail: KindDetail<G, P> = { matched: [], missed: [], spurious: [] };
  const predOfGold = new Map(pairing.map(([g, p]) => [g, p]));
  const matchedPreds = new Set(pairing.map(([, p]) => p));
  gold.forEach((g, i) => {
    const p = predOfGold.get(i);
    if (g.optional) return;
    if (p === undefined) detail.missed.push(g);
    else detail.matched.push({ gold: g, predicted: predicted[p]! });
  });
  predicted.forEach((p, j) => {
    if (!matchedPreds.has(j)) detail.spurious.push(p);
  });
  return { counts: { tp: detail.matched.length, fp: detail.spurious.length, fn: detail.missed.length }, detail };
}

/** Span-anchored kinds: identical spans first, then the largest overlap. */
function matchBySpan<G extends { span: Span }, P extends { span: Span }>(gold: G[], predicted: P[], compatible: (g: G, p: P) => boolean): Pairing {
  return matchItems(gold.length, predicted.length, [
    (i, j) => (sameSpan(gold[i]!.span, predicted[j]!.span) && compatible(gold[i]!, predicted[j]!) ? 1 : null),
    (i, j) => (overlaps(gold[i]!.span, predicted[j]!.span) && compatible(gold[i]!, predicted[j]!) ? overlapSize(gold[i]!.span, predicted[j]!.span) : null),
  ]);
}

function matchProjects(gold: ProjectLike[], predicted: ProjectLike[]): Pairing {
  const goldNames = gold.map((g) => [g.name, ...(g.aliases ?? [])].map(normaliseName));
  const predNames = predicted.map((p) => normaliseName(p.name));
  return matchItems(gold.length, predicted.length, [
    (i, j) => (goldNames[i]!.includes(predNames[j]!) ? 1 : null),
    (i, j) => {
      let best: number | null = null;
      for (const name of goldNames[i]!) {
        const ratio = projectNamesMatch(name, predNames[j]!);
        if (ratio !== null && (best === null || ratio > best)) best = ratio;
      }
      return best;
    },
  ]);
}

function tally(pairs: [unknown, unknown][]): Tally {
  return { correct: pairs.filter(([a, b]) => a === b).length, total: pairs.length };
}

const META_FIELDS = ['index_no', 'topic', 'publisher', 'date', 'validity'] as const;

function spanText(s: Span | undefined): string | undefined {
  return s ? `[${s[0]}, ${s[1]}]` : undefined;
}

/** Field-by-field comparison of the exchanges: every field the gold states. */
function exchangeFields(gold: ExchangeLike[], predicted: ExchangeLike[]): { pairs: [string, unknown, unknown][] } {
  const pairs: [string, unknown, unknown][] = [['exchanges.length', gold.length, predicted.length]];
  gold.forEach((g, i) => {
    const p: ExchangeLike | undefined = predicted.find((x) => x.id === g.id) ?? predicted[i];
    const at = `exchanges[${i}]`;
    pairs.push([`${at}.id`, g.id, p?.id]);
    if (g.label !== undefined) pairs.push([`${at}.label`, g.label, p?.label ?? null]);
    if (g.question !== undefined) {
      pairs.push([`${at}.question.text`, g.question?.text ?? null, p?.question?.text ?? null]);
      pairs.push([`${at}.question.span`, spanText(g.question?.span), spanText(p?.question?.span ?? undefined)]);
    }
    if (g.speaker !== undefined) {
      pairs.push([`${at}.speaker.name`, g.speaker?.name ?? null, p?.speaker?.name ?? null]);
      pairs.push([`${at}.speaker.role`, g.speaker?.role ?? null, p?.speaker?.role ?? null]);
    }
    if (g.answer !== undefined) pairs.push([`${at}.answer.span`, spanText(g.answer.span), spanText(p?.answer?.span)]);
    if (g.sections !== undefined) {
      pairs.push([`${at}.sections.length`, g.sections.length, p?.sections?.length ?? 0]);
      g.sections.forEach((s, k) => {
        const q = p?.sections?.[k];
        const sat = `${at}.sections[${k}]`;
        pairs.push([`${sat}.label`, s.label, q?.label]);
        pairs.push([`${sat}.heading`, s.heading, q?.heading]);
        if (s.span) pairs.push([`${sat}.span`, spanText(s.span), spanText(q?.span)]);
        if (s.heading_span) pairs.push([`${sat}.heading_span`, spanText(s.heading_span), spanText(q?.heading_span)]);
      });
    }
  });
  return { pairs };
}

/** Scores one document: the gold against what was predicted for its source. */
export function scoreDocument(gold: Scorable, predicted: Scorable): DocumentScore {
  const numberPairing = matchBySpan(gold.numbers, predicted.numbers, (g, p) => valuesEqual(g.value, p.value));
  const targetPairing = matchBySpan(
    gold.targets,
    predicted.targets,
    (g, p) => valuesEqual(g.value, p.value) && (g.deadline ?? null) === (p.deadline ?? null),
  );
  const projectPairing = matchProjects(gold.projects, predicted.projects);

  const numbers = tallyPairing(gold.numbers, predicted.numbers, numberPairing);
  const targets = tallyPairing(gold.targets, predicted.targets, targetPairing);
  const projects = tallyPairing(gold.projects, predicted.projects, projectPairing);

  const nm = numbers.detail.matched;
  const pm = projects.detail.matched;
  const attributes: Record<Attribute, Tally> = {
    unit: tally(nm.map((m) => [m.gold.unit, m.predicted.unit])),
    quantity: tally(nm.map((m) => [m.gold.quantity, m.predicted.quantity])),
    approx: tally(nm.map((m) => [m.gold.approx ?? null, m.predicted.approx ?? null])),
    status: tally(pm.map((m) => [m.gold.status, m.predicted.status])),
    category: tally(pm.map((m) => [m.gold.category, m.predicted.category])),
  };

  const fieldErrors: string[] = [];
  const metaPairs: [string, unknown, unknown][] = [];
  const goldMeta = gold.document?.meta;
  if (goldMeta) {
    for (const field of META_FIELDS) {
      if (goldMeta[field] !== undefined) metaPairs.push([`meta.${field}`, goldMeta[field], predicted.document?.meta?.[field] ?? null]);
    }
  }
  const exchangePairs = gold.document?.exchanges ? exchangeFields(gold.document.exchanges, predicted.document?.exchanges ?? []).pairs : [];
  for (const [path, g, p] of [...metaPairs, ...exchangePairs]) {
    if (g !== p) fieldErrors.push(`${path}: ${JSON.stringify(g)} ≠ ${JSON.stringify(p ?? null)}`);
  }

  return {
    counts: { numbers: numbers.counts, targets: targets.counts, projects: projects.counts },
    attributes,
    meta: tally(metaPairs.map(([, g, p]) => [g, p])),
    exchanges: tally(exchangePairs.map(([, g, p]) => [g, p])),
    fieldErrors,
    details: { numbers: numbers.detail, targets: targets.detail, projects: projects.detail },
  };
}

/**
 * Precision, recall and F1 from counts. With nothing predicted precision is 1
 * only when nothing was to be found (and likewise recall): an empty gold met
 * by an empty prediction scores 1, an empty prediction against a real gold 0.
 */
export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : c.fn === 0 ? 1 : 0;
  const recall = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : c.fp === 0 ? 1 : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function withAccuracy(t: Tally): Tally & { accuracy: number | null } {
  return { ...t, accuracy: t.total > 0 ? t.correct / t.total : null };
}

function addTally(a: Tally, b: Tally): Tally {
  return { correct: a.correct + b.correct, total: a.total + b.total };
}

/** Micro-average: counts summed over every file, then P/R/F1 from the sums. */
export function combineScores(scores: readonly DocumentScore[]): CombinedScore {
  const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
  const counts: Record<Kind, Counts> = { numbers: zero(), targets: zero(), projects: zero() };
  const none = (): Tally => ({ correct: 0, total: 0 });
  const attributes = Object.fromEntries(ATTRIBUTES.map((a) => [a, none()])) as Record<Attribute, Tally>;
  let meta = none();
  let exchanges = none();
  for (const s of scores) {
    for (const kind of KINDS) {
      counts[kind].tp += s.counts[kind].tp;
      counts[kind].fp += s.counts[kind].fp;
      counts[kind].fn += s.counts[kind].fn;
    }
    for (const a of ATTRIBUTES) attributes[a] = addTally(attributes[a], s.attributes[a]);
    meta = addTally(meta, s.meta);
    exchanges = addTally(exchanges, s.exchanges);
  }
  return {
    files: scores.length,
    counts,
    scores: { numbers: prf(counts.numbers), targets: prf(counts.targets), projects: prf(counts.projects) },
    attributes: Object.fromEntries(ATTRIBUTES.map((a) => [a, withAccuracy(attributes[a])])) as CombinedScore['attributes'],
    meta: withAccuracy(meta),
    exchanges: withAccuracy(exchanges),
  };
}
