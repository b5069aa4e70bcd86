import { createRequire } from 'node:module';
import type { Token, Span } from '../types.js';

/**
 * nodejieba behind one small interface. The dictionary is loaded lazily, once
 * per process (about a second), on the first call that needs it: `--help` and
 * commands that never segment pay nothing.
 */
interface NodeJieba {
  load(options?: { userDict?: string }): void;
  cut(text: string, hmm?: boolean): string[];
  tag(text: string): { word: string; tag: string }[];
  extract(text: string, topN: number): { word: string; weight: number }[];
  insertWord(word: string, tag?: string): boolean;
}

let jieba: NodeJieba | null = null;
let loadedUserDict: string | undefined;

export interface SegmenterOptions {
  /** A user dictionary in nodejieba's format (`word [freq] [tag]` per line). */
  userDict?: string;
}

function instance(options: SegmenterOptions = {}): NodeJieba {
  if (jieba === null) {
    const require = createRequire(import.meta.url);
    const lib = require('nodejieba') as NodeJieba;
    lib.load(options.userDict ? { userDict: options.userDict } : undefined);
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
}

/**
 * Aligns segmenter output to the source: each word is searched for from the
 * cursor, so characters the segmenter drops or rewrites never shift a span.
 */
function align(text: string, offset: number, pieces: { word: string; tag: string }[]): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  for (const piece of pieces) {
    if (piece.word.length === 0) continue;
    const at = text.startsWith(piece.word, cursor) ? cursor : text.indexOf(piece.word, cursor);
    if (at < 0) continue;
    const span: Span = [offset + at, offset + at + piece.word.length];
    tokens.push({ word: piece.word, tag: piece.tag, span });
    cursor = at + piece.word.length;
  }
  return tokens;
}

/** Cuts `text` (spans are offsets into it, shifted by `offset`). */
export function cut(text: string, offset = 0, options: SegmenterOptions = {}): Token[] {
  const lib = instance(options);
  return align(text, offset, lib.cut(text, true).map((word) => ({ word, tag: '' })));
}

/** Cuts and tags with parts of speech. */
export function tag(text: string, offset = 0, options: SegmenterOptions = {}): Token[] {
  const lib = instance(options);
  return align(text, offset, lib.tag(text));
}

/** TF-IDF keywords of a passage. */
export function keywords(text: string, topN: number, options: SegmenterOptions = {}): { word: string; weight: number }[] {
  return instance(options).extract(text, topN);
}
