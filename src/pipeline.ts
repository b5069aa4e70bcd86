/**
 * The library entry point: bytes → text → document → tokens → items → result.
 * The CLI and the tests call this; every stage below is a pure function over
 * plain data.
 */
import { readFile } from 'node:fs/promises';
import { decodeBytes, type DecodedText } from './io/decode.js';
import { parseDocument } from './document/parse.js';
import { tokenizeDocument } from './segment/tokens.js';
import { extractNumbers } from './extract/numbers.js';
import { extractTargets } from './extract/targets.js';
import { extractProjects } from './extract/projects.js';
import { toOutputSpans } from './report/spans.js';
import { JieduError } from './errors.js';
import { restoreSourceStrings } from './text/restore.js';
import type { ParsedDocument, Result, Token } from './types.js';

export interface AnalyzeOptions {
  /** A nodejieba user dictionary (word [freq] [tag] per line). */
  userDict?: string;
}

export interface AnalyzeInput {
  /** As given on the command line; recorded in source.path and used in errors. */
  path: string;
  bytes: Uint8Array;
}

/** Everything one run of the pipeline produced, before offsets are converted. */
export interface Analysis {
  doc: ParsedDocument;
  tokens: Token[];
  result: Result;
}

/** A decoded and parsed input, ready to be tokenised (see `prepareInput`). */
export interface PreparedInput {
  path: string;
  decoded: DecodedText;
  doc: ParsedDocument;
  /** The document read on its folded text (same offsets): what tokens and extractors see. */
  view: ParsedDocument;
}

/** bytes → text → document: the stages before segmentation. */
export function prepareInput(input: AnalyzeInput): PreparedInput {
  const decoded = decodeBytes(input.bytes, input.path);
  const doc = parseDocument(decoded.text);
  const view: ParsedDocument = doc.folded === doc.text ? doc : { ...doc, text: doc.folded };
  return { path: input.path, decoded, doc, view };
}

/**
 * tokens → items → result: the stages after segmentation. `tokens` are those
 * of `tokenizeDocument(prepared.view)`, made here or elsewhere (a batch
 * worker gets them from the segmenter its process shares).
 */
export function finishAnalysis(prepared: PreparedInput, tokens: Token[]): Analysis {
  const { decoded, doc, view } = prepared;
  const numbers = extractNumbers(view, tokens);
  const items = restoreSourceStrings(
    { numbers, targets: extractTargets(view, numbers, tokens), projects: extractProjects(view, numbers, tokens) },
    doc.text,
    doc.folded,
  );
  const internal: Result = {
    schema: 'jiedu/v1',
    source: { path: prepared.path, sha256: decoded.sha256, encoding: decoded.encoding, format: decoded.format },
    document: doc.info,
    ...items,
  };
  return { doc, tokens, result: toOutputSpans(internal, doc.text) };
}

/** Runs every stage; spans in `result` are code points, the rest UTF-16. */
export function analyzeDetailed(input: AnalyzeInput, options: AnalyzeOptions = {}): Analysis {
  const prepared = prepareInput(input);
  return finishAnalysis(prepared, tokenizeDocument(prepared.view, options));
}

/** bytes → jiedu/v1 result (spans in code points). */
export function analyze(input: AnalyzeInput, options: AnalyzeOptions = {}): Result {
  return analyzeDetailed(input, options).result;
}

/** Decoded text → jiedu/v1 result, for callers that already hold a string. */
export function analyzeText(text: string, path = '<text>', options: AnalyzeOptions = {}): Result {
  return analyze({ path, bytes: new TextEncoder().encode(text) }, options);
}

/** Reads one file (or `-` for standard input) into an AnalyzeInput. */
export async function readInput(path: string): Promise<AnalyzeInput> {
  try {
    const bytes = path === '-' ? await readStdin() : await readFile(path);
    return { path, bytes };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' :
      code === 'EISDIR' ? 'is a directory' :
      code === 'EACCES' ? 'permission denied' :
      (err as Error).message;
    throw new JieduError(reason, 2, path);
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
