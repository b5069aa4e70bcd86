/**
 * Batch runs end to end on worker threads (the built worker in dist/): every
 * input gets exactly one row, bad files are error rows, runs resume, shards
 * split the inputs, interruption keeps what was done.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import iconv from 'iconv-lite';
import { parse } from 'yaml';
import { BatchControl, runBatch, type BatchOptions } from '../../src/batch/run.js';
import type { IndexRow } from '../../src/batch/index-file.js';
import type { Result } from '../../src/types.js';

const fixtures = new URL('../../fixtures/', import.meta.url);
const seed = readFileSync(new URL('yueqing-2022-09-16.txt', fixtures));
let root: string;
let n = 0;

const options = (extra: Partial<BatchOptions> = {}): BatchOptions => ({
  inputs: ['in'],
  out: `out${n++}`,
  jobs: 2,
  format: 'yaml',
  force: false,
  shard: null,
  timeoutMs: 60_000,
  cwd: root,
  ...extra,
});

const readIndex = (out: string): IndexRow[] =>
  readFileSync(join(root, out, 'index.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as IndexRow);

const allFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'jiedu-batch-'));
  const put = (p: string, data: string | Uint8Array): void => {
    mkdirSync(join(root, p, '..'), { recursive: true });
    writeFileSync(join(root, p), data);
  };
  copyFileSync(new URL('yueqing-2022-09-16.txt', fixtures), (put('in/seed.txt', ''), join(root, 'in/seed.txt')));
  put('in/pages/page.html', readFileSync(new URL('yueqing-2022-09-16-page.html', fixtures)));
  const gb = iconv.encode(seed.toString('utf8'), 'gb18030');
  put('in/pages/gbk.txt', gb);
  put('in/pages/utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed.toString('utf8').replace(/\n/g, '\r\n'), 'utf16le')]));
  put('in/bad/empty.txt', '');
  put('in/bad/binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  put('in/bad/truncated-gb.txt', gb.subarray(0, gb.length - 7));
  mkdirSync(join(root, 'in/bad/folder.txt'));
  symlinkSync('loop.txt', join(root, 'in/bad/loop.txt'));
  put('in/.jieduignore', 'skip/\n');
  put('in/skip/ignored.txt', seed);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('runBatch', () => {
  it('accounts for every input: outputs for good files, one error row for each bad one', async () => {
    const opts = options();
    const { rows, exitCode, stats } = await runBatch(opts);
    expect(exitCode).toBe(1);
    const byPath = new Map(rows.map((r) => [r.path, r]));
    expect([...byPath.keys()].sort()).toEqual(
      ['bad/binary.txt', 'bad/empty.txt', 'bad/folder.txt', 'bad/loop.txt', 'bad/truncated-gb.txt', 'pages/gbk.txt', 'pages/page.html', 'pages/utf16.txt', 'seed.txt'].map((p) => `in/${p}`),
    );
    expect(byPath.get('in/bad/empty.txt')?.error).toBe('empty file');
    expect(byPath.get('in/bad/binary.txt')?.error).toBe('not a text file (binary data at byte 8)');
    expect(byPath.get('in/bad/truncated-gb.txt')?.error).toMatch(/^truncated GB18030 text at byte \d+$/);
    expect(byPath.get('in/bad/folder.txt')?.error).toBe('is a directory');
    expect(byPath.get('in/bad/loop.txt')?.error).toMatch(/^symlink loop/);
    for (const r of rows.filter((x) => x.path.startsWith('in/bad/'))) expect(r).toMatchObject({ status: 'error', output: null });

    const good = rows.filter((r) => r.status === 'ok');
    expect(good).toHaveLength(4);
    expect(byPath.get('in/pages/gbk.txt')).toMatchObject({ encoding: 'gb18030', format: 'text' });
    expect(byPath.get('in/pages/utf16.txt')).toMatchObject({ encoding: 'utf-16le', format: 'text' });
    expect(byPath.get('in/pages/page.html')).toMatchObject({ format: 'html', output: 'pages/page.yaml' });
    // the same transcript in any encoding gives the same counts
    expect(new Set(good.map((r) => JSON.stringify(r.counts))).size).toBe(1);
    for (const r of good) {
      const result = parse(readFileSync(join(root, opts.out, r.output!), 'utf8')) as Result;
      expect(result.schema).toBe('jiedu/v1');
      expect(result.source.path).toBe(r.path);
      expect(result.source.sha256).toBe(r.sha256);
    }
    expect(readIndex(opts.out)).toEqual(rows);
    expect(stats.notProcessed).toBe(0);
    // no temporary files or journal left behind
    expect(allFiles(join(root, opts.out)).filter((f) => /jiedu-tmp|partial/.test(f))).toEqual([]);
  });

  it('resumes: unchanged inputs are skipped, changed and failed ones redone, --force redoes all', async () => {
    const opts = options({ format: 'json' });
    await runBatch(opts);
    writeFileSync(join(root, 'in/pages/gbk.txt'), iconv.encode(`${seed.toString('utf8')}\n补充一段。\n`, 'gb18030'));
    const second = await runBatch(opts);
    const status = (rows: IndexRow[]): Record<string, string> => Object.fromEntries(rows.map((r) => [r.path.replace('in/', ''), r.status]));
    expect(status(second.rows)).toMatchObject({
      'seed.txt': 'skipped',
      'pages/page.html': 'skipped',
      'pages/utf16.txt': 'skipped',
      'pages/gbk.txt': 'ok',
      'bad/empty.txt': 'error',
    });
    expect(second.rows.find((r) => r.path === 'in/seed.txt')?.counts).not.toBeNull();
    const forced = await runBatch({ ...opts, force: true });
    expect(forced.rows.filter((r) => r.status === 'skipped')).toEqual([]);
    expect(readIndex(opts.out)).toHaveLength(9);
  });

  it('gives the same outputs with workers sharing segmenters (--jobs 2: one; --jobs 6: two) as with workers each with its own', async () => {
    const outputs = async (jobs: number, segmenter: 'shared' | 'per-worker' = 'shared'): Promise<Record<string, string>> => {
      const opts = options({ jobs, segmenter });
      const { rows } = await runBatch(opts);
      return Object.fromEntries(rows.filter((r) => r.status === 'ok').map((r) => [r.path, readFileSync(join(root, opts.out, r.output!), 'utf8')]));
    };
    const own = await outputs(1);
    expect(Object.keys(own)).toHaveLength(4);
    expect(await outputs(2)).toEqual(own);
    expect(await outputs(6)).toEqual(own);
    expect(await outputs(2, 'per-worker')).toEqual(own);
    const sharedOutputs = own;
    const seedResult = parse(sharedOutputs['in/seed.txt']!) as Result;
    expect(seedResult.numbers.length).toBeGreaterThan(50);
    expect(seedResult.projects.length).toBeGreaterThan(10);
  });

  it('gives every input one row when workers are killed for overrunning the time limit', async () => {
    // a limit no file can meet: each worker is killed on its first file; the file it held beside it goes back once
    const { rows, exitCode } = await runBatch(options({ jobs: 2, timeoutMs: 1 }));
    expect(exitCode).toBe(1);
    expect(new Set(rows.map((r) => r.path)).size).toBe(rows.length);
    expect(rows).toHaveLength(9);
    for (const r of rows.filter((x) => !x.path.startsWith('in/bad/'))) {
      expect(r.status === 'ok' || /^timed out after/.test(r.error ?? ''), `${r.path}: ${r.error}`).toBe(true);
    }
  });

  it('splits inputs over shards with no overlap and no gap', async () => {
    const out = `shards${n++}`;
    const paths: string[] = [];
    for (let k = 1; k <= 3; k++) {
      const { rows, stats } = await runBatch(options({ out: `${out}/${k}`, shard: { index: k, count: 3 }, jobs: 1 }));
      paths.push(...rows.map((r) => r.path));
      expect(stats.otherShards).toBe(9 - rows.length);
    }
    expect(paths.sort()).toHaveLength(9);
    expect(new Set(paths).size).toBe(9);
  });

  it('when stopped, keeps the finished files in the index and exits 130; the next run does the rest', async () => {
    const opts = options({ jobs: 1 });
    const control = new BatchControl();
    const first = await runBatch(opts, control, () => ({ tick: () => control.stop(), stop: () => undefined }));
    expect(first.exitCode).toBe(130);
    expect(first.stats.notProcessed).toBeGreaterThan(0);
    expect(readIndex(opts.out)).toHaveLength(first.rows.length);
    const second = await runBatch(opts);
    expect(second.rows).toHaveLength(9);
    expect(second.rows.filter((r) => r.status === 'skipped').length).toBe(first.rows.filter((r) => r.status === 'ok').length);
  });
});

describe('jiedu batch (CLI)', () => {
  const bin = new URL('../../bin/jiedu.js', import.meta.url).pathname;

  it('exits 1 with one line per failed input and the summary, 0 when all pass', () => {
    const failing = spawnSync(process.execPath, [bin, 'batch', 'in', '--out', 'cli-out', '--jobs', '1'], { cwd: root, encoding: 'utf8' });
    expect(failing.status).toBe(1);
    expect(failing.stdout).toBe('');
    expect(failing.stderr).toContain('jiedu: in/bad/empty.txt: empty file\n');
    expect(failing.stderr).toMatch(/errors\s+│ 5 /);
    const passing = spawnSync(process.execPath, [bin, '-q', 'batch', 'in/pages', 'in/seed.txt', '--out', 'cli-out-2', '--format', 'jsonl'], { cwd: root, encoding: 'utf8' });
    expect(passing.stderr).toBe('');
    expect(passing.status).toBe(0);
    expect(readIndex('cli-out-2').map((r) => r.output)).toEqual(['gbk.jsonl', 'page.jsonl', 'utf16.jsonl', 'seed.jsonl']);
  });

  it('refuses a bad --shard or --jobs with exit 2', () => {
    const r = spawnSync(process.execPath, [bin, 'batch', 'in', '--out', 'x', '--shard', '4/3'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--shard takes K/N');
  });
});
