/**
 * Builds the benchmark corpus in bench/corpus/<name>/ (git-ignored): the
 * fixtures (transcripts and saved pages) repeated and varied — numbers
 * changed, some copies in GB18030, UTF-16 or with CRLF line ends — until the
 * corpus reaches the target size. Deterministic: the same fixtures and size
 * give the same bytes, so a built corpus is reused.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const iconv = require('iconv-lite');

const BUILDER_VERSION = 2;

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Changes every digit run's digits (same length, no leading zero), so no two copies are the same text. */
function varyNumbers(text, random) {
  return text.replace(/\d+/g, (run) =>
    [...run].map((_, i) => String(i === 0 && run.length > 1 ? 1 + Math.floor(random() * 9) : Math.floor(random() * 10))).join(''),
  );
}

/** The sources: fixture transcripts and pages (not gold files). */
function sources(fixturesDir) {
  return readdirSync(fixturesDir)
    .filter((f) => /\.(txt|html?)$/i.test(f))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(fixturesDir, name), 'utf8') }));
}

/**
 * Builds (or reuses) a corpus of at least `targetBytes`.
 * Returns { dir, files, bytes, encodings }.
 */
export function buildCorpus({ root, fixturesDir, name, targetBytes }) {
  const srcs = sources(fixturesDir);
  if (srcs.length === 0) throw new Error(`no fixtures in ${fixturesDir}`);
  const key = createHash('sha256')
    .update(JSON.stringify({ BUILDER_VERSION, targetBytes, srcs: srcs.map((s) => [s.name, createHash('sha256').update(s.text).digest('hex')]) }))
    .digest('hex');
  const dir = join(root, name);
  const manifestPath = join(dir, 'manifest.json');
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (manifest.key === key) return { dir, ...manifest, reused: true };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const random = mulberry32(20220916);
  const encodings = {};
  let bytes = 0;
  let files = 0;
  while (bytes < targetBytes) {
    const src = srcs[files % srcs.length];
    const html = /\.html?$/i.test(src.name);
    let text = varyNumbers(src.text, random);
    const roll = random();
    let encoding = 'utf-8';
    let data;
    if (html) {
      data = Buffer.from(text, 'utf8');
    } else if (roll < 0.15) {
      encoding = 'gb18030';
      data = iconv.encode(text, 'gb18030');
    } else if (roll < 0.2) {
      encoding = 'utf-16le';
      data = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    } else if (roll < 0.3) {
      encoding = 'utf-8 crlf';
      text = text.replace(/\r?\n/g, '\r\n');
      data = Buffer.from(text, 'utf8');
    } else {
      data = Buffer.from(text, 'utf8');
    }
    const sub = join(dir, String(Math.floor(files / 200)).padStart(3, '0'));
    if (files % 200 === 0) mkdirSync(sub, { recursive: true });
    const ext = src.name.slice(src.name.lastIndexOf('.'));
    writeFileSync(join(sub, `${String(files).padStart(5, '0')}-${src.name.slice(0, -ext.length)}${ext}`), data);
    encodings[encoding] = (encodings[encoding] ?? 0) + 1;
    bytes += data.length;
    files++;
  }
  const manifest = { key, files, bytes, encodings };
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return { dir, ...manifest, reused: false };
}

/** Every corpus file, in a stable order. */
export function corpusFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(txt|html?)$/i.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
