import { loadLexicon } from '../lexicon.js';
import type { Meta } from '../types.js';

export interface DocumentLexicon {
  info_keys: Record<string, keyof Meta | null>;
  date_key_order: string[];
  info_brackets: [string, string][];
  date_key_suffixes: string[];
  date_key_max_prefix: number;
  date_key_max_line: number;
  breadcrumb_markers: string[];
  breadcrumb_separators: string[];
  question_labels: { exact: string[]; numbered_prefixes: string[]; suffixes: string[]; prefixes: string[] };
  answer_labels: { exact: string[]; suffixes: string[] };
  host_labels: string[];
  roster_labels: string[];
  reply_unit_keys: string[];
  stage_labels: string[];
  boundary_labels: string[];
  host_request_words: string[];
  turn_marks: string;
  turn_timestamp: string;
  turn_brackets: [string, string][];
  debris_lines: string[];
  debris_prefixes: string[];
  credit_words: string[];
  speaker_prefixes: string[];
  intro_verbs: string[];
  spokesperson_roles: string[];
  spokesperson_verbs: string[];
  role_words: string[];
  surnames: string;
}

export function documentLexicon(): DocumentLexicon {
  return loadLexicon<DocumentLexicon>('document.yaml');
}
