#!/usr/bin/env node
/**
 * `npm run bench`: throughput and start-up of jiedu on this machine.
 *
 *   (a) nodejieba cut alone over the corpus text (in process, after load)
 *   (b) `jiedu batch --jobs 1` over the corpus (wall clock, whole command)
 *   (c) `jiedu batch` with all cores
 *   (d) as many separate `batch --jobs 1` processes as cores, one shard each:
 *       the parallel speed-up this machine gives this work with nothing shared
 *   ratios b/a and c/b; cold start of `jiedu extract` on one file against a
 *   bare `node -e "require('nodejieba').load()"`; `jiedu --help`; peak RSS.
 *
 * Options: --quick (5 MB corpus), --size MB, --runs N (start-up runs, default 3).
 * Figures are wall clock: other load on the machine (shown as the load
 * average at start and end) lowers them, most of all c/b.
 * Targets (issue 6): b/a >= 0.5, c/b >= 1.7 on 2 cores, cold start <= 1.3x
 * the bare load, --help < 150 ms, peak RSS of a 20 MB batch < 600 MB.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { buildCorpus, corpusFiles } from './corpus.js';

const here = dirname(fileURLToPath(import.meta.url));
const projectRoot = join(here, '..');
const require = createRequire(import.meta.url);

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const value = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : fallback;
};
const quick = flag('--quick');
const sizeMb = value('--size', quick ? 5 : 20);
const runs = value('--runs', 3);
const cores = availableParallelism();

const bin = join(projectRoot, 'bin/jiedu.js');
const rssHook = join(here, 'rss-hook.cjs');
const outRoot = join(here, 'out');
const log = (s) => process.stderr.write(`${s}\n`);

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs a command, returns wall ms and the peak RSS (KB) it reported through the hook. */
function timed(argv, { cwd = projectRoot, rss = false, allowFail = false } = {}) {
  const rssFile = join(outRoot, `rss-${process.pid}-${Math.random().toString(36).slice(2)}.txt`);
  const env = { ...process.env };
  const nodeArgs = [];
  if (rss) {
    env.JIEDU_BENCH_RSS_FILE = rssFile;
    nodeArgs.push('--require', rssHook);
  }
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [...nodeArgs, ...argv], { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - t0;
  if (r.status !== 0 && !allowFail) throw new Error(`${argv.join(' ')} exited ${r.status}\n${r.stderr}`);
  let rssKb = null;
  if (rss) {
    try {
      rssKb = Math.max(...readFileSync(rssFile, 'utf8').trim().split('\n').map(Number));
    } catch {
      rssKb = null;
    }
    rmSync(rssFile, { force: true });
  }
  return { ms, rssKb, status: r.status, stderr: r.stderr };
}

function readIndex(out) {
  return readFileSync(join(out, 'index.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
}

async function main() {
  rmSync(outRoot, { recursive: true, force: true });
  mkdirSync(outRoot, { recursive: true });
  const loadAtStart = loadavg()[0];
  log(`jiedu bench: ${cpus()[0]?.model ?? 'cpu'} × ${cores}, Node ${process.version}${quick ? ', --quick' : ''}, load average ${loadAtStart.toFixed(2)}`);

  // the corpus
  const corpus = buildCorpus({
    root: join(here, 'corpus'),
    fixturesDir: join(projectRoot, 'fixtures'),
    name: `${sizeMb}mb`,
    targetBytes: sizeMb * 1e6,
  });
  const files = corpusFiles(corpus.dir);
  const mb = corpus.bytes / 1e6;
  log(`corpus: ${relative(projectRoot, corpus.dir)} — ${files.length} files, ${mb.toFixed(1)} MB (${Object.entries(corpus.encodings).map(([k, v]) => `${k} ${v}`).join(', ')})${corpus.reused ? ', reused' : ''}`);

  // (a) nodejieba alone over the same decoded text
  const { decodeBytes } = await import('../dist/io/decode.js');
  const texts = files.map((f) => decodeBytes(readFileSync(f), f).text);
  const nodejieba = require('nodejieba');
  nodejieba.load();
  let t0 = performance.now();
  let words = 0;
  for (const t of texts) words += nodejieba.cut(t, true).length;
  const cutMs = performance.now() - t0;
  t0 = performance.now();
  for (const t of texts) nodejieba.tag(t);
  const tagMs = performance.now() - t0;
  const a = mb / (cutMs / 1000);
  const aTag = mb / (tagMs / 1000);
  log(`(a) nodejieba cut: ${(cutMs / 1000).toFixed(2)} s, ${words} words — ${a.toFixed(2)} MB/s (tag: ${aTag.toFixed(2)} MB/s)`);

  // (b) and (c): the whole command, wall clock, fresh output folder, --force
  const batch = (jobs) => {
    const out = join(outRoot, `jobs${jobs}`);
    const r = timed([bin, '-q', 'batch', corpus.dir, '--out', out, '--jobs', String(jobs), '--force'], { rss: true, allowFail: true });
    const rows = readIndex(out);
    const failed = rows.filter((x) => x.status === 'error');
    if (r.status !== 0 && r.status !== 1) throw new Error(`jiedu batch exited ${r.status}\n${r.stderr}`);
    const busyMs = rows.reduce((s, x) => s + (x.ms ?? 0), 0);
    return { ...r, rows: rows.length, failed: failed.length, firstError: failed[0]?.error ?? null, busyMs, mbps: mb / (r.ms / 1000) };
  };
  const b = batch(1);
  log(`(b) jiedu batch --jobs 1: ${(b.ms / 1000).toFixed(2)} s — ${b.mbps.toFixed(2)} MB/s, ${b.rows} rows, ${b.failed} errors${b.firstError ? ` (${b.firstError})` : ''}; peak RSS ${(b.rssKb / 1024).toFixed(0)} MB`);
  const c = batch(cores);
  log(`(c) jiedu batch --jobs ${cores}: ${(c.ms / 1000).toFixed(2)} s — ${c.mbps.toFixed(2)} MB/s; peak RSS ${(c.rssKb / 1024).toFixed(0)} MB`);
  // (d) the machine's own ceiling for this work: separate processes, one shard each, nothing shared
  const shards = await Promise.all(
    Array.from({ length: cores }, (_, k) => {
      const out = join(outRoot, `shard${k + 1}`);
      const argv = [bin, '-q', 'batch', corpus.dir, '--out', out, '--jobs', '1', '--shard', `${k + 1}/${cores}`, '--force'];
      return new Promise((resolve) => {
        const t = performance.now();
        spawn(process.execPath, argv, { cwd: projectRoot, stdio: 'ignore' }).on('exit', () => resolve(performance.now() - t));
      });
    }),
  );
  const d = { ms: Math.max(...shards) };
  d.mbps = mb / (d.ms / 1000);
  log(`(d) ${cores} separate processes, one shard each: ${(d.ms / 1000).toFixed(2)} s — ${d.mbps.toFixed(2)} MB/s`);

  // cold start: one-file extract vs the bare dictionary load; --help
  const one = join(projectRoot, 'fixtures/yueqing-2022-09-16.txt');
  const bare = [];
  const extract = [];
  const help = [];
  for (let i = 0; i < runs; i++) {
    bare.push(timed(['-e', "require('nodejieba').load()"]).ms);
    extract.push(timed([bin, 'extract', one]).ms);
  }
  // --help in a loop of its own (not right after a dictionary load), beside node's own start-up
  const node = [];
  for (let i = 0; i < Math.max(runs, 7); i++) {
    node.push(timed(['-e', '0']).ms);
    help.push(timed([bin, '--help']).ms);
  }
  const bareMs = median(bare);
  const extractMs = median(extract);
  const helpMs = median(help);
  const nodeMs = median(node);
  log(`cold start (median of ${runs}): jiedu extract ${extractMs.toFixed(0)} ms, bare nodejieba load ${bareMs.toFixed(0)} ms; jiedu --help ${helpMs.toFixed(0)} ms (node -e 0: ${nodeMs.toFixed(0)} ms)`);

  // the report
  const rows = [
    ['(a) nodejieba cut alone', `${a.toFixed(2)} MB/s`, ''],
    ['    (nodejieba tag alone)', `${aTag.toFixed(2)} MB/s`, ''],
    ['(b) jiedu batch --jobs 1', `${b.mbps.toFixed(2)} MB/s`, `${(b.ms / 1000).toFixed(1)} s wall, ${(mb / (b.busyMs / 1000)).toFixed(2)} MB/s in files`],
    [`(c) jiedu batch --jobs ${cores}`, `${c.mbps.toFixed(2)} MB/s`, `${(c.ms / 1000).toFixed(1)} s wall`],
    ['b/a', (b.mbps / a).toFixed(2), 'target >= 0.5'],
    [`(d) ${cores} processes, a shard each`, `${d.mbps.toFixed(2)} MB/s`, `${(d.ms / 1000).toFixed(1)} s wall: what this machine gives ${cores} independent jobs`],
    ['c/b', (c.mbps / b.mbps).toFixed(2), `target >= 1.7 (2 workers on 2 cores); d/b = ${(d.mbps / b.mbps).toFixed(2)} is the machine's ceiling`],
    ['cold start: jiedu extract (1 file)', `${extractMs.toFixed(0)} ms`, `${(extractMs / bareMs).toFixed(2)}x bare load, target <= 1.3x`],
    ['cold start: bare nodejieba load', `${bareMs.toFixed(0)} ms`, ''],
    ['jiedu --help', `${helpMs.toFixed(0)} ms`, `target < 150 ms (node -e 0 alone: ${nodeMs.toFixed(0)} ms)`],
    ['peak RSS, batch --jobs 1', `${(b.rssKb / 1024).toFixed(0)} MB`, ''],
    [`peak RSS, batch --jobs ${cores}`, `${(c.rssKb / 1024).toFixed(0)} MB`, `target < 600 MB for ${mb.toFixed(0)} MB`],
  ];
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  process.stdout.write(`\njiedu bench — corpus ${files.length} files, ${mb.toFixed(1)} MB, ${cores} cores, load average ${loadAtStart.toFixed(2)} at start, ${loadavg()[0].toFixed(2)} at end\n`);
  for (const [k, v, note] of rows) process.stdout.write(`  ${k.padEnd(w0)}  ${v.padStart(w1)}  ${note}\n`);
  if (b.failed > 0) process.stdout.write(`  note: ${b.failed} corpus files failed in the batch (first: ${b.firstError})\n`);
}

main().catch((err) => {
  process.stderr.write(`bench: ${err.stack ?? err}\n`);
  process.exit(1);
});
