import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { Token, Span } from '../types.js';

/**
 * nodejieba behind one small interface. The dictionary is loaded lazily, once
 * per process (about a second), on the first call that needs it: `--help` and
 * commands that never segment pay nothing.
 */
interface NodeJieba {
  load(options?: { userDict?: string; idfDict?: string; stopWordDict?: string }): void;
  cut(text: string, hmm?: boolean): string[];
  tag(text: string): { word: string; tag: string }[];
  extract(text: string, topN: number): { word: string; weight: number }[];
  insertWord(word: string, tag?: string): boolean;
}

let jieba: NodeJieba | null = null;
let loadedUserDict: string | undefined;
/** Loaded with the full IDF and stop-word lists (what `keywords` needs). */
let loadedKeywords = false;

export interface SegmenterOptions {
  /** A user dictionary in nodejieba's format (`word [freq] [tag]` per line). */
  userDict?: string;
  /**
   * Load the IDF and stop-word lists (default true). Only `keywords` (jiedu
   * summary) reads them; without them the load takes ~15% less time and
   * ~20 MB less memory, and cut and tag give the same words and tags.
   */
  keywords?: boolean;
}

/** One-line IDF and stop-word files: cppjieba insists on non-empty ones. */
function minimalKeywordFiles(): { idfDict: string; stopWordDict: string } {
  const dir = join(tmpdir(), 'jiedu-segmenter');
  const idfDict = join(dir, 'idf-minimal.utf8');
  const stopWordDict = join(dir, 'stop-minimal.utf8');
  const ensure = (path: string, content: string): void => {
    try {
      if (readFileSync(path, 'utf8') === content) return;
    } catch {
      // not there yet
    }
    mkdirSync(dir, { recursive: true });
    const temp = `${path}.${process.pid}.${threadId}.tmp`;
    writeFileSync(temp, content);
    renameSync(temp, path);
  };
  ensure(idfDict, '的 1.0\n');
  ensure(stopWordDict, '的\n');
  return { idfDict, stopWordDict };
}

function loadInto(lib: NodeJieba, userDict: string | undefined, keywords: boolean): void {
  let lean: { idfDict: string; stopWordDict: string } | null = null;
  if (!keywords) {
    try {
      lean = minimalKeywordFiles();
    } catch {
      lean = null; // no writable temp folder: load the full lists
    }
  }
  lib.load({ ...(userDict ? { userDict } : {}), ...(lean ?? {}) });
  loadedKeywords = lean === null;
}

function instance(options: SegmenterOptions = {}): NodeJieba {
  if (jieba === null) {
    const require = createRequire(import.meta.url);
    const lib = require('nodejieba') as NodeJieba;
    loadInto(lib, options.userDict, options.keywords ?? true);
    loadedUserDict = options.userDict;
    jieba = lib;
  } else if (options.userDict && options.userDict !== loadedUserDict) {
    throw new Error(`segmenter already loaded with ${loadedUserDict ?? 'the default dictionary'}; one user dictionary per process`);
  }
  return jieba;
}

/** Loads the dictionary now (workers call this once at start-up). */
export function loadSegmenter(options: SegmenterOptions = {}): void {
  instance(options);
}

/** Adds words at run time (e.g. from a config file), without reloading. */
export function addWords(words: { word: string; tag?: string }[]): void {
  const lib = instance();
  for (const w of words) lib.insertWord(w.word, w.tag);
  tagCache.clear();
}

/**
 * Part-of-speech tags by word. cppjieba's `tag` is `cut` (same words) followed
 * by a lookup of each word alone (its dictionary tag, else m/eng/x by its
 * characters): a word's tag never depends on its context. So `tag` below cuts,
 * takes tags from this cache, and asks the segmenter only for words it has not
 * seen; `tag` costs about twice `cut`, mostly in building its result objects.
 */
const tagCache = new Map<string, string>();
/** Distinct words kept; beyond it the cache starts over (memory stays bounded on huge archives). */
const TAG_CACHE_MAX = 200_000;

function remember(word: string, tag: string): void {
  if (tagCache.size >= TAG_CACHE_MAX) tagCache.clear();
  tagCache.set(word, tag);
}

/**
 * Tags of words not in the cache, from one segmenter call over the words
 * joined by newlines (a separator for cppjieba). False when a word does not
 * come back whole on its own (a word found by the HMM in context): the
 * caller then tags the passage itself.
 */
function lookUpTags(lib: NodeJieba, words: string[]): boolean {
  const unique = [...new Set(words)];
  if (unique.some((w) => w.includes('\n'))) return false;
  const pieces = lib.tag(unique.join('\n'));
  if (pieces.length !== 2 * unique.length - 1) return false;
  for (let k = 0; k < unique.length; k++) {
    if (pieces[2 * k]!.word !== unique[k] || (k > 0 && pieces[2 * k - 1]!.word !== '\n')) return false;
  }
  for (let k = 0; k < unique.length; k++) remember(unique[k]!, pieces[2 * k]!.tag);
  return true;
}

/**
 * Aligns segmenter output to the source: each word is searched for from the
 * cursor, so characters the segmenter drops or rewrites never shift a span.
 * `tagOf` gives each word's tag.
 */
function align<P>(text: string, offset: number, pieces: readonly P[], wordOf: (p: P) => string, tagOf: (p: P) => string): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  for (const piece of pieces) {
    const word = wordOf(piece);
    if (word.length === 0) continue;
    const at = text.startsWith(word, cursor) ? cursor : text.indexOf(word, cursor);
    if (at < 0) continue;
    const span: Span = [offset + at, offset + at + word.length];
    tokens.push({ word, tag: tagOf(piece), span });
    cursor = at + word.length;
  }
  return tokens;
}

const pieceWord = (p: { word: string }): string => p.word;
const pieceTag = (p: { tag: string }): string => p.tag;
const itself = (w: string): string => w;
const noTag = (): string => '';
const cachedTag = (w: string): string => tagCache.get(w)!;

/** Cuts `text` (spans are offsets into it, shifted by `offset`). */
export function cut(text: string, offset = 0, options: SegmenterOptions = {}): Token[] {
  const lib = instance(options);
  return align(text, offset, lib.cut(text, true), itself, noTag);
}

/** Cuts and tags with parts of speech (what nodejieba's `tag` gives, see tagCache). */
export function tag(text: string, offset = 0, options: SegmenterOptions = {}): Token[] {
  const lib = instance(options);
  const words = lib.cut(text, true);
  let missing: string[] | null = null;
  for (const w of words) if (!tagCache.has(w)) (missing ??= []).push(w);
  if (missing !== null && !lookUpTags(lib, missing)) {
    const pieces = lib.tag(text);
    for (const p of pieces) remember(p.word, p.tag);
    return align(text, offset, pieces, pieceWord, pieceTag);
  }
  return align(text, offset, words, itself, cachedTag);
}

/** TF-IDF keywords of a passage. */
export function keywords(text: string, topN: number, options: SegmenterOptions = {}): { word: string; weight: number }[] {
  const lib = instance(options);
  if (!loadedKeywords) {
    // loaded without the IDF list: load again with it (words added at run time are lost)
    loadInto(lib, loadedUserDict, true);
    tagCache.clear();
  }
  return lib.extract(text, topN);
}
