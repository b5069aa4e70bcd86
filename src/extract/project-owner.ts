/**
 * Parks and bases named by a company (瑞丰智能农机产业园, 华棠生物医药产业化基地)
 * are the company's works: category `other` (fixtures convention 10), while
 * one named by a place (岚溪智能装备产业园, 临港石化基地) keeps its category.
 *
 * A name opens with a company's name when its first word is a proper word
 * jieba does not know as a place (北辰/nr, 瑞丰/x) and the document never
 * writes that word as a place (岚溪区, 安榆县, 河西市 …).
 */
import type { ProjectLexicon } from './project-lexicon.js';
import type { Unit } from './project-units.js';
import type { ProjectCategory } from '../types.js';

/** Tags of proper words that may be a company's name (never ns: a place jieba knows). */
const NAME_TAGS = new Set(['x', 'nr', 'nrfg', 'nrt', 'nz', 'nt', 'j']);
const HAN2 = /^\p{Script=Han}{2,4}$/u;

/** Words seen as places in the last document asked about (its text and the answers). */
let placesOf: { text: string; known: Map<string, boolean> } | null = null;

/** Does the document write `word` as a place (word + 市/县/区/镇 …)? */
function writtenAsPlace(lex: ProjectLexicon, text: string, word: string): boolean {
  if (placesOf?.text !== text) placesOf = { text, known: new Map() };
  let known = placesOf.known.get(word);
  if (known === undefined) {
    known = false;
    for (let at = text.indexOf(word); at >= 0 && !known; at = text.indexOf(word, at + 1)) {
      const after = at + word.length;
      known = lex.placeMarks.some((m) => text.startsWith(m, after));
    }
    placesOf.known.set(word, known);
  }
  return known;
}

/**
 * The category of a name from `units[first]` to `end` whose head gave
 * `category`: `other` for a company's park or base, else `category`.
 */
export function ownerCategory(lex: ProjectLexicon, text: string, units: Unit[], first: number, end: number, category: ProjectCategory): ProjectCategory {
  if (category !== 'park' && category !== 'platform') return category;
  const opening = openingName(units, first);
  if (!opening) return category;
  const rest = text.slice(opening.end, end);
  if (!lex.companyHeads.some((h) => rest.includes(h))) return category;
  return writtenAsPlace(lex, text, opening.word) ? category : 'other';
}

const HAN1 = /^\p{Script=Han}$/u;

/**
 * The proper word a name opens with, when it may be a company's: a word jieba
 * tags as a name but not as a place (瑞丰/x, 北辰/nr), or an unknown name jieba
 * split into single characters (华/ns 棠/n), whatever their tags.
 */
function openingName(units: Unit[], first: number): { word: string; end: number } | null {
  const u = units[first]!;
  if (u.quote || u.number) return null;
  if (u.word.length >= 2) return NAME_TAGS.has(u.tag) && HAN2.test(u.word) ? { word: u.word, end: u.span[1] } : null;
  let k = first;
  let word = '';
  while (k < units.length && k < first + 3 && !units[k]!.quote && !units[k]!.number && HAN1.test(units[k]!.word)) word += units[k++]!.word;
  return word.length >= 2 ? { word, end: units[k - 1]!.span[1] } : null;
}
