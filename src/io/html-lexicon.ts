/**
 * The words of data/html.yaml (site furniture, article body, tool bars,
 * footers) as the sets and patterns src/io/html.ts tests against. Built once.
 */
import { loadLexicon } from '../lexicon.js';
import { escapeRegExp } from '../text/regex.js';

interface HtmlFile {
  furniture_words: string[];
  furniture_suffixes: string[];
  site_header_patterns: string[];
  breadcrumb_patterns: string[];
  content_patterns: string[];
  time_patterns: string[];
  furniture_headings: string[];
  tool_words: string[];
  footer_strong_patterns: string[];
  footer_weak_starts: string[];
  footer_weak_anywhere: string[];
  prev_next: string[];
}

export interface HtmlLexicon {
  furnitureWords: Set<string>;
  /** class/id words ending like a menu: mainnav, topnav … */
  furnitureSuffix: RegExp;
  siteHeaderIds: RegExp;
  breadcrumb: RegExp;
  contentWords: RegExp;
  timeWords: RegExp;
  furnitureHeadings: Set<string>;
  toolWords: Set<string>;
  footerStrong: RegExp;
  footerWeak: RegExp;
  prevNext: RegExp;
}

const anyOf = (patterns: string[], flags = 'i'): RegExp => new RegExp(patterns.map((p) => `(?:${p})`).join('|'), flags);

let built: HtmlLexicon | null = null;

export function htmlLexicon(): HtmlLexicon {
  if (built) return built;
  const lex = loadLexicon<HtmlFile>('html.yaml');
  built = {
    furnitureWords: new Set(lex.furniture_words),
    furnitureSuffix: new RegExp(`^[a-z]{2,8}(?:${lex.furniture_suffixes.map(escapeRegExp).join('|')})$`),
    siteHeaderIds: anyOf(lex.site_header_patterns),
    breadcrumb: anyOf(lex.breadcrumb_patterns),
    contentWords: anyOf(lex.content_patterns),
    timeWords: anyOf(lex.time_patterns),
    furnitureHeadings: new Set(lex.furniture_headings),
    toolWords: new Set(lex.tool_words),
    footerStrong: anyOf(lex.footer_strong_patterns),
    footerWeak: new RegExp(`^(?:${lex.footer_weak_starts.map(escapeRegExp).join('|')})|${lex.footer_weak_anywhere.map(escapeRegExp).join('|')}`),
    prevNext: new RegExp(`^(?:${lex.prev_next.map(escapeRegExp).join('|')})[:\\uFF1A\\s]`),
  };
  return built;
}
