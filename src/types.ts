/**
 * The jiedu/v1 shapes: one source of truth for every stage.
 *
 * Offsets. Inside the pipeline every span is a pair of UTF-16 code-unit
 * indices into `ParsedDocument.text` (what `String.prototype.slice` takes).
 * `analyze()` converts them once, at the end, into Unicode code-point
 * offsets, which is what the jiedu/v1 output promises
 * (`[...text].slice(start, end).join('') === item.text`).
 */

/** Half-open `[start, end)`. */
export type Span = [number, number];

export type SourceFormat = 'text' | 'html';

export interface SourceInfo {
  path: string;
  sha256: string;
  encoding: string;
  format: SourceFormat;
}

export interface Meta {
  index_no: string | null;
  topic: string | null;
  publisher: string | null;
  /** ISO 8601 date (YYYY-MM-DD), or null. */
  date: string | null;
  validity: string | null;
}

export interface Speaker {
  name: string | null;
  role: string | null;
}

export interface Section {
  /** The enumerator without its punctuation: 一, 二 … */
  label: string;
  heading: string;
  /** The whole section paragraph, from the enumerator to the paragraph end. */
  span: Span;
  /** The heading alone (after `一、`, up to the first 。 or the paragraph end). */
  heading_span: Span;
}

export interface Exchange {
  id: string;
  /** `问题一`, `问`, `记者`, or the reporter's outlet; null when the page gave none. */
  label: string | null;
  question: { span: Span; text: string } | null;
  speaker: Speaker | null;
  answer: { span: Span };
  sections: Section[];
}

export interface DocumentInfo {
  title: string | null;
  breadcrumb: string[];
  meta: Meta;
  exchanges: Exchange[];
}

export type SentenceKind = 'title' | 'question' | 'answer' | 'body';

/** A sentence of content: the only text that numbers, targets and projects are taken from. */
export interface Sentence {
  span: Span;
  kind: SentenceKind;
  /** id of the exchange it sits in, null outside any. */
  exchange: string | null;
}

/** text → document: what the document stage hands to the extractors. */
export interface ParsedDocument {
  /** The decoded source text, unchanged (no normalisation: offsets point into it). */
  text: string;
  /**
   * The text folded for matching (src/text/fold.ts): same length, full-width
   * forms as ASCII, traditional characters simplified. Equal to `text` when
   * nothing needed folding. Match on `folded`; take output strings from `text`.
   */
  folded: string;
  info: DocumentInfo;
  titleSpan: Span | null;
  /** Spans of page furniture: breadcrumb, info block, debris, enumerator labels. Never extracted from. */
  excluded: Span[];
  sentences: Sentence[];
}

export type Quantity =
  | 'money'
  | 'percent'
  | 'count'
  | 'area'
  | 'length'
  | 'mass'
  | 'volume'
  | 'duration'
  | 'speed'
  | 'rank'
  | 'multiple'
  | 'other';

export type Approx = 'over' | 'under' | 'about' | 'nearly' | null;

export interface Period {
  text: string;
  span: Span;
  from: number | null;
  to: number | null;
}

export interface NumberItem {
  id: string;
  /** Exact surface, without approx words before the numeral. */
  text: string;
  span: Span;
  value: number;
  unit: string;
  quantity: Quantity;
  approx: Approx;
  subject: string | null;
  period: Period | null;
  exchange: string | null;
  sentence: Span;
}

export type Comparator = '>=' | '<=' | '=' | null;

export interface TargetItem {
  id: string;
  text: string;
  span: Span;
  metric: string | null;
  value: number | null;
  unit: string | null;
  comparator: Comparator;
  /** "2022", "2023-08" or "2023-08-31"; null if none. */
  deadline: string | null;
  number: string | null;
  exchange: string | null;
}

export type ProjectCategory =
  | 'road'
  | 'rail'
  | 'bridge'
  | 'tunnel'
  | 'port'
  | 'airport'
  | 'utility'
  | 'platform'
  | 'park'
  | 'fund'
  | 'policy'
  | 'district'
  | 'facility'
  | 'other';

export type ProjectStatus = 'completed' | 'in_progress' | 'planned' | 'unknown';

export interface ProjectMention {
  span: Span;
  exchange: string | null;
  text: string;
}

export interface ProjectItem {
  id: string;
  name: string;
  category: ProjectCategory;
  status: ProjectStatus;
  mentions: ProjectMention[];
  attributes: { number: string; role: string }[];
}

/** A token from the segmenter, with its span into the text it was cut from. */
export interface Token {
  word: string;
  /** POS tag (jieba's ICTCLAS-style tags); '' when not tagged. */
  tag: string;
  span: Span;
}

/** The jiedu/v1 document for one input. */
export interface Result {
  schema: 'jiedu/v1';
  source: SourceInfo;
  document: DocumentInfo;
  numbers: NumberItem[];
  targets: TargetItem[];
  projects: ProjectItem[];
}
