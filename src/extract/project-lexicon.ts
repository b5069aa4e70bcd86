/** Project lexicons (suffixes, qualifiers, boundaries, generic words, status verbs), read once from data/. */
import { loadLexicon } from '../lexicon.js';
import type { ProjectCategory } from '../types.js';

type SuffixEntry =
  | ProjectCategory
  | { category: ProjectCategory; after?: 'code' | 'numeral'; quoted?: ProjectCategory; needs?: 'quote'; final?: boolean; designation?: boolean };

export interface Suffix {
  word: string;
  category: ProjectCategory;
  after: 'code' | 'numeral' | null;
  quoted: ProjectCategory | null;
  /** only in or right after a quoted / book-title name */
  needsQuote: boolean;
  /** only where the name ends (not before a verb or a preposition) */
  final: boolean;
  /** also a conferred title: with a level word in the modifier, an honour (省级…示范区) */
  designation: boolean;
}

export interface ProjectLexicon {
  /** longest first */
  suffixes: Suffix[];
  qualifiers: string[];
  section: RegExp;
  boundary: Set<string>;
  /** longest first */
  generic: string[];
  placePrepositions: Set<string>;
  /** phrases before a name that use it as where someone lives or goes (家门口的) */
  placePhrases: string[];
  followers: Set<string>;
  /** words that give a category inside a name but never end one alone (港) */
  inner: Suffix[];
  organisations: string[];
  labelWords: Set<string>;
  notBefore: string[];
  /** followers that begin with a notBefore word (规划面积): after a name they are no document */
  notBeforeFollowers: string[];
  routeJoiners: Set<string>;
  /** boundary words that may sit inside a name after a noun (服务, 提升) */
  innerVerbs: Set<string>;
  /** road grades read as numerals (二级) */
  grades: Set<string>;
  /** level words of a conferred title (省级) */
  levels: string[];
  /** words before 项目/工程 that make a kind of projects (重大项目) */
  kindBeforeWork: string[];
  /** administrative levels that come in many (街道, 乡镇): a name opening with one is a type */
  kindLevels: Set<string>;
  /** distributive words before a name (各区): a facility in each, a type */
  distributive: Set<string>;
  /** words opening a comparison (比, 较): never the start of a name, also when glued to the next word */
  comparisonOpeners: string[];
  /** qualifiers naming an extension of one road (北延): the name is specific */
  extensions: string[];
  /** heads of works a company may name (产业园, 基地): then the company's works, category other */
  companyHeads: string[];
  /** what follows a place's name when written as a place (市, 县, 区 …) */
  placeMarks: string[];
  /** back-references to the work named last (该工程): their status counts for it */
  backReferences: string[];
  /** how far back (characters) a back-reference looks for its name */
  backReferenceReach: number;
  /** a final-suffix name (计划) matching this is a year's list of works (2025年…改造计划) */
  yearlyList: RegExp | null;
}

export interface StatusLexicon {
  planned: string[];
  /** the start of works on site (进场): in progress when said plainly, planned ahead */
  starts: string[];
  in_progress: string[];
  future: string[];
  completed: string[];
  acts: string[];
  weak_in_progress: string[];
  weak_completed: string[];
  /** parts of a project's works (主体工程): done, they leave the whole in progress */
  parts: string[];
  /** words that hold a status verb but say no status (规划面积): blanked before judging */
  not_status: string[];
  /** right before a name, the work is in use (通过…平台申报) */
  in_use_before: string[];
  /** a completion said with one of these is done, whatever date stands beside it (已于…建成) */
  past_markers: string[];
}

let cached: ProjectLexicon | null = null;

export function projectLexicon(): ProjectLexicon {
  if (cached) return cached;
  const s = loadLexicon<{
    suffixes: Record<string, SuffixEntry>;
    qualifiers: string[];
    section: string;
    inner: Record<string, ProjectCategory>;
    extensions?: string[];
  }>('project-suffixes.yaml');
  const w = loadLexicon<{
    boundary: string[];
    generic: string[];
    place_prepositions: string[];
    place_phrases?: string[];
    followers: string[];
    organisation_suffixes?: string[];
    kind_suffixes?: string[];
    label_words?: string[];
    not_before?: string[];
    route_joiners?: string[];
    inner_verbs?: string[];
    grades?: string[];
    levels?: string[];
    kind_before_work?: string[];
    kind_levels?: string[];
    distributive?: string[];
    comparison_openers?: string[];
    company_heads?: string[];
    place_marks?: string[];
    back_references?: string[];
    back_reference_reach?: number;
    yearly_list?: string;
  }>('project-stopwords.yaml');
  const suffixes: Suffix[] = Object.entries(s.suffixes).map(([word, e]) =>
    typeof e === 'string'
      ? { word, category: e, after: null, quoted: null, needsQuote: false, final: false, designation: false }
      : {
          word,
          category: e.category,
          after: e.after ?? null,
          quoted: e.quoted ?? null,
          needsQuote: e.needs === 'quote',
          final: e.final === true,
          designation: e.designation === true,
        },
  );
  cached = {
    suffixes: suffixes.sort((a, b) => b.word.length - a.word.length),
    qualifiers: [...s.qualifiers].sort((a, b) => b.length - a.length),
    section: new RegExp(s.section, 'u'),
    boundary: new Set(w.boundary),
    generic: [...w.generic].sort((a, b) => b.length - a.length),
    placePrepositions: new Set(w.place_prepositions),
    placePhrases: w.place_phrases ?? [],
    followers: new Set(w.followers),
    inner: Object.entries(s.inner ?? {}).map(([word, category]) => ({ word, category, after: null, quoted: null, needsQuote: false, final: false, designation: false })),
    organisations: [...(w.organisation_suffixes ?? []), ...(w.kind_suffixes ?? [])],
    labelWords: new Set(w.label_words ?? []),
    notBefore: [...(w.not_before ?? [])].sort((a, b) => b.length - a.length),
    notBeforeFollowers: w.followers.filter((f) => (w.not_before ?? []).some((nb) => f.length > nb.length && f.startsWith(nb))),
    routeJoiners: new Set(w.route_joiners ?? []),
    innerVerbs: new Set(w.inner_verbs ?? []),
    grades: new Set(w.grades ?? []),
    levels: w.levels ?? [],
    kindBeforeWork: w.kind_before_work ?? [],
    kindLevels: new Set(w.kind_levels ?? []),
    distributive: new Set(w.distributive ?? []),
    comparisonOpeners: [...(w.comparison_openers ?? [])].sort((a, b) => b.length - a.length),
    extensions: [...(s.extensions ?? [])].sort((a, b) => b.length - a.length),
    companyHeads: w.company_heads ?? [],
    placeMarks: w.place_marks ?? [],
    backReferences: [...(w.back_references ?? [])].sort((a, b) => b.length - a.length),
    backReferenceReach: w.back_reference_reach ?? 400,
    yearlyList: w.yearly_list ? new RegExp(w.yearly_list, 'u') : null,
  };
  return cached;
}

export function statusLexicon(): StatusLexicon {
  const lex = loadLexicon<StatusLexicon>('status-verbs.yaml');
  lex.parts ??= [];
  lex.starts ??= [];
  lex.not_status ??= [];
  lex.in_use_before ??= [];
  lex.past_markers ??= [];
  return lex;
}

const CATEGORIES = new Set<ProjectCategory>([
  'road', 'rail', 'bridge', 'tunnel', 'port', 'airport', 'utility', 'platform', 'park', 'fund', 'policy', 'district', 'facility', 'other',
]);

/**
 * User-dictionary words become project candidates when tagged `proj`
 * (category from the suffix lexicon, else other) or `proj_<category>`
 * (e.g. `proj_rail`). Returns null for any other tag.
 */
export function userProjectTag(tag: string): { readonly category: ProjectCategory | null } | null {
  let known = userTags.get(tag);
  if (known === undefined) {
    const m = /^proj(?:[_:-]([a-z_]+))?$/i.exec(tag);
    const c = m?.[1]?.toLowerCase() as ProjectCategory | undefined;
    known = m ? { category: c && CATEGORIES.has(c) ? c : null } : null;
    userTags.set(tag, known);
  }
  return known;
}

/** userProjectTag by tag: the segmenter uses few tags, asked about at every token. */
const userTags = new Map<string, { readonly category: ProjectCategory | null } | null>();

/** The suffix a name ends with (longest), honouring `after` conditions. */
const byLastChar = new WeakMap<ProjectLexicon, Map<string, Suffix[]>>();

/** The suffixes ending with each character, longest first (a name can only end with those of its last character). */
function suffixesEndingWith(lex: ProjectLexicon, ch: string): Suffix[] {
  let table = byLastChar.get(lex);
  if (!table) {
    table = new Map();
    for (const s of lex.suffixes) {
      const last = s.word.slice(-1);
      const list = table.get(last);
      if (list) list.push(s);
      else table.set(last, [s]);
    }
    byLastChar.set(lex, table);
  }
  return table.get(ch) ?? [];
}

export function suffixOf(lex: ProjectLexicon, name: string): Suffix | null {
  // an empty suffix would end every name: keep the plain scan then
  const bucket = suffixesEndingWith(lex, name.slice(-1));
  return suffixScan(suffixesEndingWith(lex, '').length > 0 ? lex.suffixes : bucket, name);
}

function suffixScan(suffixes: Suffix[], name: string): Suffix | null {
  for (const s of suffixes) {
    if (!name.endsWith(s.word)) continue;
    const before = name.slice(0, name.length - s.word.length);
    // S2线, 1号线, 西气东输五线 (not 一线: a front line)
    if (s.after === 'code' && !/[A-Za-z0-9号二三四五六七八九]$/u.test(before)) continue;
    if (s.after === 'numeral' && !/[0-9〇零一二三四五六七八九十百两]$/u.test(before)) continue;
    return s;
  }
  return null;
}
