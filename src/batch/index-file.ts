/**
 * `index.jsonl` in the output folder: one row per input of the runs so far
 * (path, sha256, status, counts, error, jiedu version). Rows are appended to
 * a journal (`index.jsonl.partial`) as files finish, so even a killed run
 * leaves what it did; the index itself is rewritten atomically at the end.
 * Shards' indexes merge by concatenation.
 */
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../io/atomic.js';

export const INDEX_FILE = 'index.jsonl';
export const JOURNAL_FILE = 'index.jsonl.partial';

export type RowStatus = 'ok' | 'error' | 'skipped';

export interface RowCounts {
  exchanges: number;
  numbers: number;
  targets: number;
  projects: number;
}

export interface IndexRow {
  path: string;
  /** Output file, relative to the output folder; null when none was written. */
  output: string | null;
  sha256: string | null;
  status: RowStatus;
  encoding: string | null;
  format: string | null;
  counts: RowCounts | null;
  error: string | null;
  version: string;
  /** Milliseconds spent on this input (0 for skipped). */
  ms: number;
}

function parseRows(content: string): IndexRow[] {
  const rows: IndexRow[] = [];
  for (const line of content.split('\n')) {
    if (line.trim().length === 0) continue;
    try {
      const row = JSON.parse(line) as IndexRow;
      if (typeof row.path === 'string' && typeof row.status === 'string') rows.push(row);
    } catch {
      // a line cut short by a killed run: ignore it
    }
  }
  return rows;
}

function readRows(path: string): IndexRow[] {
  try {
    return parseRows(readFileSync(path, 'utf8'));
  } catch {
    return [];
  }
}

/** The rows a previous run left: the index, then the journal of a run that did not finish (later rows win). */
export function readPreviousRows(outDir: string): Map<string, IndexRow> {
  const rows = new Map<string, IndexRow>();
  for (const row of [...readRows(join(outDir, INDEX_FILE)), ...readRows(join(outDir, JOURNAL_FILE))]) rows.set(row.path, row);
  return rows;
}

export class IndexJournal {
  private readonly path: string;

  constructor(outDir: string) {
    this.path = join(outDir, JOURNAL_FILE);
  }

  append(row: IndexRow): void {
    appendFileSync(this.path, `${JSON.stringify(row)}\n`);
  }

  remove(): void {
    rmSync(this.path, { force: true });
  }
}

export async function writeIndex(outDir: string, rows: IndexRow[]): Promise<void> {
  await writeFileAtomic(join(outDir, INDEX_FILE), rows.map((r) => `${JSON.stringify(r)}\n`).join(''));
}
