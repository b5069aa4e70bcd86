#!/usr/bin/env node
/**
 * `npm run bench:stages`: where the time of one file goes, stage by stage, in
 * one process (no workers, no file writes), over the bench corpus.
 *
 * Each file runs the pipeline's stages in order — decode, parse, tag
 * (segmentation with parts of speech), numbers, targets, projects, result
 * (source strings and code-point spans), YAML — and each stage's time is
 * added up; figures are ms per MB of input. A separate pass times nodejieba
 * `cut` alone over the same decoded text: (a) of `npm run bench`. The last
 * line is the budget issue 6's b/a >= 0.5 leaves for everything that is not
 * `cut`, against what these stages take.
 *
 * Options: --size MB (corpus size, default 5), --passes N (default 2; the
 * first pass warms the JIT up and is not counted when N > 1).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { buildCorpus, corpusFiles } from './corpus.js';

const here = dirname(fileURLToPath(import.meta.url));
const projectRoot = join(here, '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : fallback;
};
const sizeMb = option('--size', 5);
const passes = Math.max(1, option('--passes', 2));

const { decodeBytes } = await import('../dist/io/decode.js');
const { parseDocument } = await import('../dist/document/parse.js');
const { tokenizeDocument } = await import('../dist/segment/tokens.js');
const { loadSegmenter } = await import('../dist/segment/jieba.js');
const { extractNumbers } = await import('../dist/extract/numbers.js');
const { extractTargets } = await import('../dist/extract/targets.js');
const { extractProjects } = await import('../dist/extract/projects.js');
const { restoreSourceStrings } = await import('../dist/text/restore.js');
const { toOutputSpans } = await import('../dist/report/spans.js');
const { serialize } = await import('../dist/report/serialize.js');

const corpus = buildCorpus({ root: join(here, 'corpus'), fixturesDir: join(projectRoot, 'fixtures'), name: `${sizeMb}mb`, targetBytes: sizeMb * 1e6 });
const files = corpusFiles(corpus.dir).map((path) => ({ path, bytes: readFileSync(path) }));
const mb = files.reduce((s, f) => s + f.bytes.length, 0) / 1e6;
loadSegmenter({ keywords: false });

const STAGES = ['decode', 'parse', 'tag', 'numbers', 'targets', 'projects', 'result', 'yaml'];

function onePass() {
  const ms = Object.fromEntries(STAGES.map((s) => [s, 0]));
  let t = performance.now();
  const lap = (stage) => {
    const now = performance.now();
    ms[stage] += now - t;
    t = now;
  };
  for (const f of files) {
    t = performance.now();
    const decoded = decodeBytes(f.bytes, f.path);
    lap('decode');
    const doc = parseDocument(decoded.text);
    const view = doc.folded === doc.text ? doc : { ...doc, text: doc.folded };
    lap('parse');
    const tokens = tokenizeDocument(view);
    lap('tag');
    const numbers = extractNumbers(view, tokens);
    lap('numbers');
    const targets = extractTargets(view, numbers, tokens);
    lap('targets');
    const projects = extractProjects(view, numbers, tokens);
    lap('projects');
    const items = restoreSourceStrings({ numbers, targets, projects }, doc.text, doc.folded);
    const source = { path: f.path, sha256: decoded.sha256, encoding: decoded.encoding, format: decoded.format };
    const result = toOutputSpans({ schema: 'jiedu/v1', source, document: doc.info, ...items }, doc.text);
    lap('result');
    serialize(result, 'yaml');
    lap('yaml');
  }
  return ms;
}

let ms = onePass();
for (let p = 1; p < passes; p++) ms = onePass();

const nodejieba = require('nodejieba');
const texts = files.map((f) => decodeBytes(f.bytes, f.path).text);
for (const text of texts.slice(0, 50)) nodejieba.cut(text, true);
const t0 = performance.now();
for (const text of texts) nodejieba.cut(text, true);
const cutPerMb = (performance.now() - t0) / mb;

const perMb = (x) => x / mb;
const total = STAGES.reduce((s, k) => s + ms[k], 0);
console.log(`corpus: ${files.length} files, ${mb.toFixed(1)} MB; ${passes > 1 ? `pass ${passes} of ${passes} (earlier passes warm up)` : 'one pass'}`);
for (const k of STAGES) console.log(`  ${k.padEnd(9)} ${perMb(ms[k]).toFixed(0).padStart(6)} ms/MB  ${((100 * ms[k]) / total).toFixed(1).padStart(5)}%`);
console.log(`  ${'all'.padEnd(9)} ${perMb(total).toFixed(0).padStart(6)} ms/MB`);
console.log(`nodejieba cut alone: ${cutPerMb.toFixed(0)} ms/MB`);
const rest = perMb(total - ms.tag);
console.log(
  `b/a >= 0.5 leaves ${cutPerMb.toFixed(0)} ms/MB beside cut for tagging's extra, the stages above, file I/O and the dictionary load; ` +
    `tag's extra over cut is ${(perMb(ms.tag) - cutPerMb).toFixed(0)} ms/MB and the other stages take ${rest.toFixed(0)} ms/MB (${(rest / cutPerMb).toFixed(1)}× the budget).`,
);
