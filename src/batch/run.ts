/**
 * A batch run: discover inputs, keep this shard's share, skip what the index
 * says is done, process the rest on worker threads, and account for every
 * input in index.jsonl. The CLI (src/cli/command-batch.ts) is a shell over this.
 */
import { mkdir, readFile, readdir, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { discoverInputs, type DiscoveredInput } from '../io/discover.js';
import { sha256 } from '../io/decode.js';
import { TEMP_MARK } from '../io/atomic.js';
import { extensionOf, type OutputFormat } from '../report/serialize.js';
import { assignOutputNames } from './outputs.js';
import { inShard, type Shard } from './shard.js';
import { IndexJournal, INDEX_FILE, JOURNAL_FILE, readPreviousRows, writeIndex, type IndexRow } from './index-file.js';
import { WorkerPool } from './pool.js';
import { jieduVersion } from './version.js';
import type { BatchTask, TaskOutcome } from './task.js';
import type { ProgressReporter } from './progress.js';
import type { RunStats } from './summary.js';

export interface BatchOptions {
  inputs: string[];
  out: string;
  jobs: number;
  format: OutputFormat;
  force: boolean;
  shard: Shard | null;
  /** Per-file time limit in milliseconds (0: none). */
  timeoutMs: number;
  userDict?: string;
  cwd?: string;
  /**
   * With several jobs, whether the workers share segmenters (default: about
   * 240 MB less per worker) or each loads its own.
   */
  segmenter?: 'shared' | 'per-worker';
}

/**
 * Interrupting a run: `stop()` lets the files in flight finish and starts no
 * more; `discard()` drops the files in flight too. Either way the index is written.
 */
export class BatchControl {
  stopped = false;
  discarded = false;
  private readonly listeners: (() => void)[] = [];

  stop(): void {
    this.stopped = true;
    this.notify();
  }

  discard(): void {
    this.stopped = true;
    this.discarded = true;
    this.notify();
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  private notify(): void {
    for (const l of this.listeners) l();
  }
}

export interface BatchResult {
  /** This run's rows, in discovery order. */
  rows: IndexRow[];
  stats: RunStats;
  exitCode: 0 | 1 | 130;
}

const quietProgress: ProgressReporter = { tick: () => undefined, stop: () => undefined };

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}

/** Removes temporary files a discarded write may have left beside `target`. */
async function removeTemps(target: string): Promise<void> {
  const dir = dirname(target);
  const prefix = `.${basename(target)}${TEMP_MARK}`;
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => n.startsWith(prefix)).map((n) => unlink(join(dir, n)).catch(() => undefined)));
}

export async function runBatch(
  options: BatchOptions,
  control: BatchControl = new BatchControl(),
  makeProgress: (total: number) => ProgressReporter = () => quietProgress,
): Promise<BatchResult> {
  const started = performance.now();
  const cwd = options.cwd ?? process.cwd();
  const version = jieduVersion();
  const outDir = resolve(cwd, options.out);
  await mkdir(outDir, { recursive: true });

  const discovered = await discoverInputs(options.inputs, { cwd, exclude: [outDir] });
  const names = assignOutputNames(
    discovered.map((d) => d.rel),
    extensionOf(options.format),
    [INDEX_FILE, JOURNAL_FILE],
  );
  const entries = discovered
    .map((input, i) => ({ input, output: names[i]! }))
    .filter(({ input }) => inShard(input.path, options.shard));
  const previous = readPreviousRows(outDir);
  const journal = new IndexJournal(outDir);
  const progress = makeProgress(entries.length);

  const rows: (IndexRow | null)[] = entries.map(() => null);
  let bytesRead = 0;
  const record = (index: number, row: IndexRow): void => {
    rows[index] = row;
    journal.append(row);
    progress.tick(row.status === 'error');
  };
  const baseRow = (input: DiscoveredInput, output: string | null): IndexRow => ({
    path: input.path,
    output,
    sha256: null,
    status: 'error',
    encoding: null,
    format: null,
    counts: null,
    error: null,
    version,
    ms: 0,
  });

  let pool: WorkerPool | null = null;
  let fatal: Error | null = null;
  const pending: Promise<void>[] = [];
  const inFlightOutputs = new Map<number, string>();
  control.onChange(() => {
    if (!pool) return;
    if (control.discarded) void pool.abort();
    else pool.dropQueued();
  });

  for (let i = 0; i < entries.length && !control.stopped && !fatal; i++) {
    const { input, output } = entries[i]!;
    if (input.error) {
      record(i, { ...baseRow(input, null), error: input.error });
      continue;
    }
    const outputAbs = join(outDir, output);
    const prev = previous.get(input.path);
    if (!options.force && prev && (prev.status === 'ok' || prev.status === 'skipped') && prev.version === version && prev.output === output && prev.sha256 && (await exists(outputAbs))) {
      const bytes = await readFile(resolve(cwd, input.path)).catch(() => null);
      if (bytes && sha256(bytes) === prev.sha256) {
        record(i, { ...prev, status: 'skipped', error: null, ms: 0 });
        continue;
      }
    }
    if (!pool) {
      const size = Math.max(1, Math.min(options.jobs, entries.length - i));
      pool = new WorkerPool({
        size,
        sharedSegmenter: size > 1 && options.segmenter !== 'per-worker',
        workerData: { analyze: options.userDict ? { userDict: options.userDict } : {} },
        timeoutMs: options.timeoutMs,
      });
      pool.onFatal((err) => {
        fatal = err;
      });
      if (control.discarded) void pool.abort();
    }
    const task: BatchTask = { id: i, path: input.path, file: resolve(cwd, input.path), output: outputAbs, format: options.format };
    inFlightOutputs.set(i, outputAbs);
    pending.push(
      pool.run(task).then((outcome: TaskOutcome | null) => {
        if (outcome === null) return; // dropped or discarded: not processed
        inFlightOutputs.delete(i);
        bytesRead += outcome.bytes;
        record(i, {
          ...baseRow(input, outcome.status === 'ok' ? output : null),
          sha256: outcome.sha256,
          status: outcome.status,
          encoding: outcome.encoding,
          format: outcome.format,
          counts: outcome.counts,
          error: outcome.error,
          ms: outcome.ms,
        });
      }),
    );
  }
  await Promise.all(pending);
  const usedPool = pool as WorkerPool | null;
  const jobs = usedPool?.size ?? 0;
  if (usedPool) await usedPool.close();
  progress.stop();
  if (fatal) throw fatal;
  if (control.discarded) await Promise.all([...inFlightOutputs.values()].map(removeTemps));

  // the index: this run's rows, then what earlier runs recorded for other inputs (or inputs not reached now)
  const done = rows.filter((r): r is IndexRow => r !== null);
  const seen = new Set(done.map((r) => r.path));
  const kept = [...previous.values()].filter((r) => !seen.has(r.path));
  await writeIndex(outDir, [...done, ...kept]);
  journal.remove();

  const interrupted = control.stopped && done.length < entries.length;
  const stats: RunStats = {
    rows: done,
    notProcessed: entries.length - done.length,
    otherShards: discovered.length - entries.length,
    bytesRead,
    seconds: (performance.now() - started) / 1000,
    jobs,
    interrupted,
  };
  const exitCode = interrupted || control.stopped ? 130 : done.some((r) => r.status === 'error') ? 1 : 0;
  return { rows: done, stats, exitCode };
}
