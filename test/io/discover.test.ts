/**
 * Input discovery: folders, files and globs; .jieduignore; and the paths that
 * cannot be inputs (loops, folders named like files) reported, never thrown.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { discoverInputs, fsReason } from '../../src/io/discover.js';
import { globToRegExp, splitGlob } from '../../src/io/glob.js';
import { IgnoreRules, parseIgnore } from '../../src/io/ignore.js';

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'jiedu-discover-'));
  const file = (p: string, content = '问:一\n答:二\n'): void => {
    mkdirSync(join(root, p, '..'), { recursive: true });
    writeFileSync(join(root, p), content);
  };
  file('archive/a.txt');
  file('archive/b.HTML');
  file('archive/notes.md');
  file('archive/.hidden.txt');
  file('archive/2022/c.htm');
  file('archive/2022/draft.bak.txt');
  file('archive/tmp/d.txt');
  file('archive/2023/e.txt');
  mkdirSync(join(root, 'archive/folder.txt'));
  file('archive/folder.txt/inside.txt');
  symlinkSync('loop.txt', join(root, 'archive/loop.txt'));
  symlinkSync('..', join(root, 'archive/2023/up'));
  file('archive/.jieduignore', '# drafts and scratch\n*.bak.txt\ntmp/\n');
  file('out/previous.txt');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('discoverInputs', () => {
  it('walks folders in name order for .txt .html .htm, honours .jieduignore, reports what cannot be read', async () => {
    const found = await discoverInputs(['archive'], { cwd: root });
    expect(found).toEqual([
      { path: 'archive/2022/c.htm', rel: '2022/c.htm' },
      { path: 'archive/2023/e.txt', rel: '2023/e.txt' },
      { path: 'archive/2023/up', rel: '2023/up', error: 'symlink loop (leads back to archive)' },
      { path: 'archive/a.txt', rel: 'a.txt' },
      { path: 'archive/b.HTML', rel: 'b.HTML' },
      { path: 'archive/folder.txt', rel: 'folder.txt', error: 'is a directory' },
      { path: 'archive/folder.txt/inside.txt', rel: 'folder.txt/inside.txt' },
      { path: 'archive/loop.txt', rel: 'loop.txt', error: 'symlink loop (too many levels of symbolic links)' },
    ]);
  });

  it('expands globs from their fixed prefix', async () => {
    const found = await discoverInputs(['archive/**/*.htm'], { cwd: root });
    expect(found.map((f) => [f.path, f.rel])).toEqual([['archive/2022/c.htm', '2022/c.htm']]);
    const top = await discoverInputs(['archive/*.{txt,HTML}'], { cwd: root });
    expect(top.map((f) => f.path)).toEqual(['archive/a.txt', 'archive/b.HTML', 'archive/folder.txt', 'archive/loop.txt']);
  });

  it('takes named files whatever their extension, once, and reports missing ones', async () => {
    const found = await discoverInputs(['archive/notes.md', 'archive/a.txt', 'archive', 'missing.txt'], { cwd: root });
    expect(found[0]).toEqual({ path: 'archive/notes.md', rel: 'notes.md' });
    expect(found.filter((f) => f.path === 'archive/a.txt')).toHaveLength(1);
    expect(found.at(-1)).toEqual({ path: 'missing.txt', rel: 'missing.txt', error: 'no such file or directory' });
  });

  it('never walks into the excluded (output) folder', async () => {
    const found = await discoverInputs(['.'], { cwd: root, exclude: ['out'] });
    expect(found.some((f) => f.path.startsWith('out'))).toBe(false);
    expect(found.some((f) => f.path === 'archive/a.txt')).toBe(true);
  });

  it('names file-system errors in one line', () => {
    const err = (code: string): Error => Object.assign(new Error(`${code}: long message\nwith more`), { code });
    expect(fsReason(err('EACCES'))).toBe('permission denied');
    expect(fsReason(err('ELOOP'))).toMatch(/^symlink loop/);
    expect(fsReason(err('EIO'))).toBe('EIO: long message');
  });
});

describe('globs and ignore rules', () => {
  it('compiles globs', () => {
    const re = globToRegExp('**/20[0-9][0-9]/*.{txt,htm?}');
    expect(re.test('2022/a.txt')).toBe(true);
    expect(re.test('x/y/2023/b.html')).toBe(true);
    expect(re.test('2022/sub/a.txt')).toBe(false);
    expect(globToRegExp('a?.txt').test('ab.txt')).toBe(true);
    expect(globToRegExp('a?.txt').test('a/.txt')).toBe(false);
    expect(globToRegExp('[!a]*.txt').test('b.txt')).toBe(true);
    expect(splitGlob('archive/2022/**/*.txt')).toEqual({ base: 'archive/2022', rest: '**/*.txt' });
    expect(splitGlob('*.txt')).toEqual({ base: '.', rest: '*.txt' });
  });

  it('follows gitignore rules: anchoring, folders, negation, last match wins', () => {
    const rules = new IgnoreRules();
    rules.add('# comment\n\n*.bak.txt\n/top.txt\nbuild/\n!keep.bak.txt\ndocs/**/draft*\n', '/r');
    expect(rules.ignores('/r/x/y.bak.txt', false)).toBe(true);
    expect(rules.ignores('/r/x/keep.bak.txt', false)).toBe(false);
    expect(rules.ignores('/r/top.txt', false)).toBe(true);
    expect(rules.ignores('/r/sub/top.txt', false)).toBe(false);
    expect(rules.ignores('/r/a/build', true)).toBe(true);
    expect(rules.ignores('/r/a/build', false)).toBe(false);
    expect(rules.ignores('/r/a/build/x.txt', false)).toBe(true);
    expect(rules.ignores('/r/docs/2022/draft1.txt', false)).toBe(true);
    expect(rules.ignores('/elsewhere/y.bak.txt', false)).toBe(false);
    expect(parseIgnore('\n# only comments\n', '/r')).toEqual([]);
  });
});
