/**
 * One input of a batch: read, analyze, write the output atomically. Runs in a
 * worker thread (src/batch/worker.ts) or in process; never throws for a bad
 * input — every failure becomes an error outcome with a one-line reason.
 */
import { readFile, stat } from 'node:fs/promises';
import { finishAnalysis, prepareInput, type AnalyzeOptions } from '../pipeline.js';
import { tokenizeDocument } from '../segment/tokens.js';
import { sha256 } from '../io/decode.js';
import { writeFileAtomic } from '../io/atomic.js';
import { fsReason } from '../io/discover.js';
import { serialize, type OutputFormat } from '../report/serialize.js';
import { JieduError } from '../errors.js';
import type { RowCounts } from './index-file.js';
import type { ParsedDocument, Result, Token } from '../types.js';

/** Where a task's tokens come from: the thread's own segmenter, or one the process shares. */
export type Tokenizer = (doc: ParsedDocument) => Token[] | Promise<Token[]>;

export interface BatchTask {
  id: number;
  /** Input path, as recorded in source.path and the index. */
  path: string;
  /** The file to read (absolute). */
  file: string;
  /** Absolute path of the output file. */
  output: string;
  format: OutputFormat;
}

export interface TaskOutcome {
  id: number;
  status: 'ok' | 'error';
  sha256: string | null;
  encoding: string | null;
  format: string | null;
  counts: RowCounts | null;
  error: string | null;
  bytes: number;
  ms: number;
}

export function countsOf(result: Result): RowCounts {
  return {
    exchanges: result.document.exchanges.length,
    numbers: result.numbers.length,
    targets: result.targets.length,
    projects: result.projects.length,
  };
}

/** The one-line reason for a failure inside the pipeline (the path is in the row already). */
export function failureReason(err: unknown): string {
  if (err instanceof JieduError) return err.message;
  const message = err instanceof Error ? err.message : String(err);
  const name = err instanceof Error ? err.name : 'Error';
  return `internal error: ${name}: ${message.split('\n')[0] ?? ''}`;
}

export async function processTask(
  task: BatchTask,
  options: AnalyzeOptions = {},
  tokenize: Tokenizer = (doc) => tokenizeDocument(doc, options),
): Promise<TaskOutcome> {
  const started = performance.now();
  const outcome = (fields: Partial<TaskOutcome>): TaskOutcome => ({
    id: task.id,
    status: 'error',
    sha256: null,
    encoding: null,
    format: null,
    counts: null,
    error: null,
    bytes: 0,
    ms: Math.round(performance.now() - started),
    ...fields,
  });

  let bytes: Uint8Array;
  try {
    const info = await stat(task.file);
    if (info.isDirectory()) return outcome({ error: 'is a directory' });
    if (!info.isFile()) return outcome({ error: 'not a regular file' });
    bytes = await readFile(task.file);
  } catch (err) {
    return outcome({ error: fsReason(err) });
  }
  const hash = sha256(bytes);
  let result: Result;
  try {
    const prepared = prepareInput({ path: task.path, bytes });
    result = finishAnalysis(prepared, await tokenize(prepared.view)).result;
  } catch (err) {
    return outcome({ sha256: hash, bytes: bytes.length, error: failureReason(err) });
  }
  try {
    await writeFileAtomic(task.output, serialize(result, task.format));
  } catch (err) {
    return outcome({ sha256: hash, bytes: bytes.length, error: `cannot write output: ${fsReason(err)}` });
  }
  return outcome({
    status: 'ok',
    sha256: hash,
    encoding: result.source.encoding,
    format: result.source.format,
    counts: countsOf(result),
    bytes: bytes.length,
  });
}
