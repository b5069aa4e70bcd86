/**
 * The number lexicons, read once: units (data/units.yaml), approximation words
 * (data/approx.yaml), exclusions (data/number-exclusions.yaml) and implied units
 * (data/number-implied-units.yaml), with the lookups built from them.
 */
import { loadLexicon } from '../lexicon.js';
import type { Approx, Quantity } from '../types.js';

export interface UnitInfo {
  surface: string;
  unit: string;
  quantity: Quantity;
  /** Power of ten the surface carries (万元 → 4). */
  exp: number;
}

interface UnitsFile {
  units: Record<string, [string, Quantity, number?]>;
  not_units: string[];
  bare_units: string[];
  year_duration_before: string[];
  year_units: string[];
}

type ApproxKind = Exclude<Approx, null>;
interface ApproxFile {
  before: Record<ApproxKind, string[]>;
  before_bare: Partial<Record<ApproxKind, string[]>>;
  after: Partial<Record<ApproxKind, string[]>>;
  inside: Partial<Record<ApproxKind, string[]>>;
}

export interface ExclusionsFile {
  quote_max: number;
  quote_pairs: [string, string][];
  article_measures: string[];
  count_context: string[];
  vague_before: string[];
  title_before_articles: string[];
  org_units: string[];
  ordinal_blockers: string[];
  rank_units: string[];
  big_min: number;
  big_max: number;
  big_blockers: string[];
  big_names: string[];
  session_after_times: string[];
  bare_blockers: string[];
  slash_fraction_max_denominator: number;
  slash_fraction_blockers: string[];
}

interface ImpliedFile {
  hints: Record<string, [string, Quantity]>;
  after: Record<string, [string, Quantity]>;
  default_yi: [string, Quantity];
}

export interface NumberLexicon {
  /** Longest surface first. */
  units: UnitInfo[];
  notUnits: string[];
  bareUnits: Set<string>;
  approxBefore: { word: string; kind: ApproxKind }[];
  approxBeforeBare: { word: string; kind: ApproxKind }[];
  approxAfter: { word: string; kind: ApproxKind }[];
  /** between numeral and unit, kept in the text (30余家, 四百来家) */
  approxInside: { word: string; kind: ApproxKind }[];
  exclusions: ExclusionsFile;
  implied: { hints: { word: string; unit: string; quantity: Quantity }[]; after: { word: string; unit: string; quantity: Quantity }[]; defaultYi: { unit: string; quantity: Quantity } };
  yearDurationBefore: string[];
  yearUnits: string[];
}

let cached: NumberLexicon | null = null;

const byLength = <T extends { word: string }>(xs: T[]): T[] => xs.sort((a, b) => b.word.length - a.word.length);

function flatten(rec: Partial<Record<ApproxKind, string[]>>): { word: string; kind: ApproxKind }[] {
  const out: { word: string; kind: ApproxKind }[] = [];
  for (const [kind, words] of Object.entries(rec) as [ApproxKind, string[]][]) {
    for (const word of words) out.push({ word, kind });
  }
  return byLength(out);
}

export function numberLexicon(): NumberLexicon {
  if (cached) return cached;
  const u = loadLexicon<UnitsFile>('units.yaml');
  const a = loadLexicon<ApproxFile>('approx.yaml');
  const x = loadLexicon<ExclusionsFile>('number-exclusions.yaml');
  const im = loadLexicon<ImpliedFile>('number-implied-units.yaml');
  const units: UnitInfo[] = Object.entries(u.units).map(([surface, [unit, quantity, mult]]) => ({
    surface,
    unit,
    quantity,
    exp: mult ? Math.round(Math.log10(mult)) : 0,
  }));
  units.sort((p, q) => q.surface.length - p.surface.length);
  cached = {
    units,
    notUnits: [...u.not_units].sort((p, q) => q.length - p.length),
    bareUnits: new Set(u.bare_units),
    approxBefore: flatten(a.before),
    approxBeforeBare: flatten(a.before_bare),
    approxAfter: flatten(a.after),
    approxInside: flatten(a.inside),
    exclusions: x,
    implied: {
      hints: byLength(Object.entries(im.hints).map(([word, [unit, quantity]]) => ({ word, unit, quantity }))),
      after: byLength(Object.entries(im.after).map(([word, [unit, quantity]]) => ({ word, unit, quantity }))),
      defaultYi: { unit: im.default_yi[0], quantity: im.default_yi[1] },
    },
    yearDurationBefore: [...u.year_duration_before].sort((p, q) => q.length - p.length),
    yearUnits: u.year_units,
  };
  return cached;
}

/** Words grouped by their first character, in list order ('' under ''): a lookup at a position tries only these. */
function byFirst<T>(xs: T[], word: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = word(x).charAt(0);
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  }
  return m;
}

const NONE: never[] = [];
let unitIndex: { lex: NumberLexicon; units: Map<string, UnitInfo[]>; notUnits: Map<string, string[]>; empty: boolean } | null = null;

function indexOf(): NonNullable<typeof unitIndex> {
  const lex = numberLexicon();
  if (unitIndex === null || unitIndex.lex !== lex) {
    unitIndex = {
      lex,
      units: byFirst(lex.units, (u) => u.surface),
      notUnits: byFirst(lex.notUnits, (w) => w),
      empty: lex.units.some((u) => u.surface === '') || lex.notUnits.includes(''),
    };
  }
  return unitIndex;
}

/** Every unit whose surface starts at `i`, longest first. */
export function unitsAt(text: string, i: number): UnitInfo[] {
  const ix = indexOf();
  if (ix.empty) return ix.lex.units.filter((u) => text.startsWith(u.surface, i));
  const list = ix.units.get(text.charAt(i));
  return list ? list.filter((u) => text.startsWith(u.surface, i)) : NONE;
}

/** True when a date or time-span word (年, 月, 个月 …) starts at `i`. */
export function notUnitAt(text: string, i: number): boolean {
  const ix = indexOf();
  if (ix.empty) return ix.lex.notUnits.some((w) => text.startsWith(w, i));
  const list = ix.notUnits.get(text.charAt(i));
  return list !== undefined && list.some((w) => text.startsWith(w, i));
}

/** The approximation word ending at `end` (before a numeral), longest first. */
export function approxEndingAt(text: string, end: number, list: { word: string; kind: ApproxKind }[]): { word: string; kind: ApproxKind } | null {
  for (const w of list) if (end - w.word.length >= 0 && text.startsWith(w.word, end - w.word.length)) return w;
  return null;
}

/** The approximation word starting at `i` (after a number). */
export function approxStartingAt(text: string, i: number, list: { word: string; kind: ApproxKind }[]): { word: string; kind: ApproxKind } | null {
  for (const w of list) if (text.startsWith(w.word, i)) return w;
  return null;
}
