/** The run summary table (cli-table3), for people; index.jsonl is the record. */
import Table from 'cli-table3';
import type { IndexRow } from './index-file.js';

export interface RunStats {
  rows: IndexRow[];
  /** Inputs of this run not processed (interrupted). */
  notProcessed: number;
  /** Inputs outside this shard. */
  otherShards: number;
  bytesRead: number;
  seconds: number;
  jobs: number;
  interrupted: boolean;
}

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(2);
}

export function summaryTable(stats: RunStats): string {
  const count = (status: IndexRow['status']): number => stats.rows.filter((r) => r.status === status).length;
  const processed = count('ok') + count('error');
  const totals = { numbers: 0, targets: 0, projects: 0 };
  for (const r of stats.rows) {
    if (r.status === 'error' || !r.counts) continue;
    totals.numbers += r.counts.numbers;
    totals.targets += r.counts.targets;
    totals.projects += r.counts.projects;
  }
  const table = new Table({
    head: ['batch', ''],
    style: { head: [], border: [] },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  table.push(
    ['inputs', String(stats.rows.length + stats.notProcessed)],
    ['ok', String(count('ok'))],
    ['skipped (unchanged)', String(count('skipped'))],
    ['errors', String(count('error'))],
  );
  if (stats.notProcessed > 0) table.push(['not processed (interrupted)', String(stats.notProcessed)]);
  if (stats.otherShards > 0) table.push(['left to other shards', String(stats.otherShards)]);
  table.push(
    ['numbers / targets / projects', `${totals.numbers} / ${totals.targets} / ${totals.projects}`],
    ['read', `${mb(stats.bytesRead)} MB`],
    ['time', `${stats.seconds.toFixed(1)} s on ${stats.jobs} worker${stats.jobs === 1 ? '' : 's'}`],
    ['throughput', `${(processed / Math.max(stats.seconds, 1e-3)).toFixed(1)} files/s, ${(stats.bytesRead / 1e6 / Math.max(stats.seconds, 1e-3)).toFixed(2)} MB/s`],
  );
  return `${table.toString()}\n`;
}

/** The error rows, one line each (at most `limit`). */
export function errorLines(rows: IndexRow[], limit = 20): string {
  const errors = rows.filter((r) => r.status === 'error');
  const lines = errors.slice(0, limit).map((r) => `jiedu: ${r.path}: ${r.error ?? 'error'}\n`);
  if (errors.length > limit) lines.push(`jiedu: … and ${errors.length - limit} more errors (see index.jsonl)\n`);
  return lines.join('');
}
