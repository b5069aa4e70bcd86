/**
 * The command line as a contract: exit codes (0 ok, 1 thresholds, 2 usage or
 * input), one-line errors, help with examples, colour rules, config file.
 * Runs the built CLI (`node bin/jiedu.js`), as users and CI do.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';

const root = new URL('../..', import.meta.url).pathname;
const bin = join(root, 'bin/jiedu.js');
const seed = join(root, 'fixtures/yueqing-2022-09-16.txt');
const seedGold = join(root, 'fixtures/yueqing-2022-09-16.gold.yaml');

function jiedu(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: options.cwd ?? root, env: env as NodeJS.ProcessEnv, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A folder with a copy of the seed, its gold, and predictions in pred/. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jiedu-cli-'));
  cpSync(seed, join(dir, 'seed.txt'));
  cpSync(seedGold, join(dir, 'seed.gold.yaml'));
  return dir;
}

beforeAll(() => {
  try {
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: root, stdio: 'pipe' });
  } catch {
    // type errors elsewhere still emit; the checks below need only dist/
  }
  expect(existsSync(join(root, 'dist/cli/main.js'))).toBe(true);
});

describe('help and version', () => {
  it('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    const r = jiedu(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('every command has --help with an example, exit 0', () => {
    for (const args of [['--help'], ...['extract', 'segment', 'summary', 'eval', 'batch'].map((c) => [c, '--help'])]) {
      const r = jiedu(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout, args.join(' ')).toMatch(/Examples?:\n\s+\$ jiedu /);
    }
  });

  it('a reader that stops early (| head -1) ends the output quietly, exit 0', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" batch --help | head -1`], { cwd: root, encoding: 'utf8' });
    expect(r.stdout).toBe('Usage: jiedu batch [options] <inputs...>\n');
    expect(r.stderr).toBe('');
  });

  it('--help does not load nodejieba; running a summary does', () => {
    const script = (argv: string[]) => `
      import { createRequire } from 'node:module';
      const { main } = await import(${JSON.stringify(join(root, 'dist/cli/main.js'))});
      const code = await main(${JSON.stringify(['node', 'jiedu', ...argv])});
      const cache = createRequire(import.meta.url).cache;
      process.stderr.write('jieba=' + Object.keys(cache).some((k) => k.includes('nodejieba')) + ' code=' + code + '\\n');`;
    const run = (argv: string[]) => spawnSync(process.execPath, ['--input-type=module', '-e', script(argv)], { cwd: root, encoding: 'utf8' }).stderr;
    expect(run(['--help'])).toContain('jieba=false code=0');
    expect(run(['summary', '--keywords', '0', seed])).toContain('jieba=true code=0');
  });
});

describe('exit codes and one-line errors', () => {
  it('no arguments: usage on stderr, exit 2', () => {
    const r = jiedu([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: jiedu');
  });

  it('an unknown option is a usage error, exit 2, in the jiedu: form', () => {
    const r = jiedu(['summary', '--frobnicate', seed]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toMatch(/^jiedu: unknown option '--frobnicate'/);
  });

  it('a missing input: one line naming the file, exit 2; a stack only with --debug', () => {
    const r = jiedu(['summary', 'no/such.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('jiedu: no/such.txt: no such file\n');
    const d = jiedu(['--debug', 'summary', 'no/such.txt']);
    expect(d.code).toBe(2);
    expect(d.stderr).toMatch(/^jiedu: no\/such.txt: no such file\n\s*\w*Error[^\n]*\n\s+at /);
  });

  it('a binary input is an input error, exit 2, one line', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'x.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0xff, 0xfe, 0, 1, 2, 3]));
    const r = jiedu(['summary', join(dir, 'x.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^jiedu: .*x\.txt: /);
  });
});

describe('summary', () => {
  it('jiedu <file> is the summary; piped output has no colour and fits 80 columns', () => {
    const r = jiedu([seed]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/\u001b\[/);
    for (const line of r.stdout.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(80);
    expect(r.stdout).toContain('市政府办公室');
    expect(jiedu(['summary', seed]).stdout).toBe(r.stdout);
  });

  it('--width, FORCE_COLOR, NO_COLOR and --no-color', () => {
    const narrow = jiedu(['summary', '--width', '60', seed]);
    for (const line of narrow.stdout.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(60);
    expect(jiedu(['summary', seed], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(/\u001b\[/);
    expect(jiedu(['summary', seed], { env: { NO_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
    expect(jiedu(['--no-color', 'summary', seed], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
    expect(jiedu(['summary', '--width', 'wide', seed]).code).toBe(2);
  });
});

describe('eval', () => {
  it('predictions equal to the gold: F1 1, thresholds hold, exit 0', () => {
    const dir = workspace();
    cpSync(seedGold, join(dir, 'pred/seed.yaml'));
    const r = jiedu(['eval', dir, '--pred', join(dir, 'pred'), '--min-f1', 'numbers=1,targets=1,projects=1', '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { ok: boolean; total: { scores: Record<string, { f1: number }> } };
    expect(report.ok).toBe(true);
    expect(report.total.scores.numbers!.f1).toBe(1);
  });

  it('a threshold not met: exit 1, the failing kind named', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'pred.yaml'), 'numbers: []\ntargets: []\nprojects: []\n');
    cpSync(join(dir, 'pred.yaml'), join(dir, 'pred/seed.yaml'));
    const r = jiedu(['eval', join(dir, 'seed.gold.yaml'), '--pred', join(dir, 'pred'), '--min-f1', 'numbers=0.5']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/FAIL\s+numbers F1 0\.0000 < 0\.5/);
  });

  it('thresholds come from jiedu.config.yaml found upward, and --min-f1 overrides them', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'jiedu.config.yaml'), 'eval:\n  min_f1: {numbers: 0.5}\n');
    writeFileSync(join(dir, 'pred.yaml'), 'numbers: []\ntargets: []\nprojects: []\n');
    cpSync(join(dir, 'pred.yaml'), join(dir, 'pred/seed.yaml'));
    expect(jiedu(['eval', '.', '--pred', 'pred'], { cwd: dir }).code).toBe(1);
    expect(jiedu(['eval', '.', '--pred', 'pred', '--min-f1', 'numbers=0'], { cwd: dir }).code).toBe(0);
  });

  it('a malformed gold: exit 2, one line naming the file and the path inside it', () => {
    const dir = workspace();
    const text = readFileSync(seedGold, 'utf8').replace('value: 560000000', 'value: "5.6亿"');
    writeFileSync(join(dir, 'seed.gold.yaml'), text);
    const r = jiedu(['eval', join(dir, 'seed.gold.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`jiedu: ${join(dir, 'seed.gold.yaml')}: numbers[3] (n4).value: expected number, got string\n`);
  });

  it('usage errors exit 2: a bad --min-f1, a folder without golds, a bad config', () => {
    const dir = workspace();
    expect(jiedu(['eval', dir, '--min-f1', 'numbers=2']).code).toBe(2);
    expect(jiedu(['eval', dir, '--min-f1', 'words=0.5']).stderr).toMatch(/^jiedu: --min-f1: unknown kind 'words'/);
    expect(jiedu(['eval', join(root, 'src')]).stderr).toMatch(/no gold files/);
    writeFileSync(join(dir, 'jiedu.config.yaml'), 'output:\n  width: wide\n');
    const r = jiedu(['eval', '.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`jiedu: ${join(dir, 'jiedu.config.yaml')}: output.width: expected number, received string\n`);
  });
});
