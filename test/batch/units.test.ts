/** Output names, shards and the index journal: the pieces a batch run is made of. */
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assignOutputNames } from '../../src/batch/outputs.js';
import { inShard, parseShard, shardOf } from '../../src/batch/shard.js';
import { IndexJournal, INDEX_FILE, JOURNAL_FILE, readPreviousRows, writeIndex, type IndexRow } from '../../src/batch/index-file.js';
import { JieduError } from '../../src/errors.js';

describe('assignOutputNames', () => {
  it('mirrors relative paths with the format extension', () => {
    expect(assignOutputNames(['2022/a.txt', 'b.html', 'noext'], '.yaml')).toEqual(['2022/a.yaml', 'b.yaml', 'noext.yaml']);
  });

  it('keeps names apart when stems collide, case-insensitively, and never takes reserved names', () => {
    expect(assignOutputNames(['a.txt', 'a.html', 'A.htm', 'a.txt'], '.json')).toEqual(['a.json', 'a.html.json', 'A.htm.json', 'a.txt.json']);
    expect(assignOutputNames(['index.txt'], '.jsonl', ['index.jsonl'])).toEqual(['index.txt.jsonl']);
  });

  it('never leaves the output folder', () => {
    expect(assignOutputNames(['../../etc/x.txt', '/abs/y.txt', './z.txt'], '.yaml')).toEqual(['__/__/etc/x.yaml', 'abs/y.yaml', 'z.yaml']);
  });

  it('gives distinct names to any set of paths', () => {
    const seg = fc.constantFrom('a', 'A', 'b', '..', '.', 'x.txt', 'x.html', 'x.htm', 'x.txt.yaml', 'x.txt~2');
    const path = fc.array(seg, { minLength: 1, maxLength: 4 }).map((p) => p.join('/'));
    fc.assert(
      fc.property(fc.array(path, { maxLength: 30 }), (rels) => {
        const names = assignOutputNames(rels, '.yaml', ['index.jsonl']);
        expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(rels.length);
        for (const n of names) expect(n.split('/')).not.toContain('..');
      }),
    );
  });
});

describe('shards', () => {
  it('parses K/N and refuses the rest', () => {
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
    for (const bad of ['0/3', '4/3', '1/0', 'a/b', '1', '1/2/3']) expect(() => parseShard(bad)).toThrow(JieduError);
  });

  it('puts every path in exactly one share, the same on every call', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1 }), { maxLength: 50 }), fc.integer({ min: 1, max: 9 }), (paths, n) => {
        for (const p of paths) {
          const shares = Array.from({ length: n }, (_, k) => inShard(p, { index: k + 1, count: n }));
          expect(shares.filter(Boolean)).toHaveLength(1);
          expect(shardOf(p, n)).toBe(shardOf(`./${p}`, n));
        }
      }),
    );
  });

  it('spreads paths roughly evenly', () => {
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) counts[shardOf(`archive/2022/page-${i}.html`, 4) - 1]!++;
    for (const c of counts) expect(c).toBeGreaterThan(800);
  });
});

describe('index journal', () => {
  let dir: string | null = null;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = null;
  });
  const row = (path: string, status: IndexRow['status']): IndexRow => ({
    path,
    output: null,
    sha256: 'ab',
    status,
    encoding: null,
    format: null,
    counts: null,
    error: null,
    version: '0',
    ms: 0,
  });

  it('reads the index, then the journal of a run that did not finish, and skips torn lines', async () => {
    dir = mkdtempSync(join(tmpdir(), 'jiedu-index-'));
    await writeIndex(dir, [row('a', 'ok'), row('b', 'error')]);
    const journal = new IndexJournal(dir);
    journal.append(row('b', 'ok'));
    writeFileSync(join(dir, JOURNAL_FILE), `${readFileSync(join(dir, JOURNAL_FILE), 'utf8')}{"path":"c","sta`);
    const rows = readPreviousRows(dir);
    expect([...rows.keys()]).toEqual(['a', 'b']);
    expect(rows.get('b')?.status).toBe('ok');
    journal.remove();
    expect(readPreviousRows(dir).get('b')?.status).toBe('error');
    expect(readFileSync(join(dir, INDEX_FILE), 'utf8').split('\n')).toHaveLength(3);
  });
});
