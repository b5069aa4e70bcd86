import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findConfig, loadConfig, userDictFor } from '../../src/config.js';
import { JieduError } from '../../src/errors.js';

function tree(config: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'jiedu-config-'));
  mkdirSync(join(dir, 'a/b'), { recursive: true });
  mkdirSync(join(dir, 'dict'));
  writeFileSync(join(dir, 'dict/local.txt'), '瓯江北口大桥 10 nz\n');
  writeFileSync(join(dir, 'jiedu.config.yaml'), config);
  return dir;
}

describe('jiedu.config.yaml', () => {
  it('is found upward from the working directory, with dictionaries relative to it', () => {
    const dir = tree('dictionaries: [dict/local.txt]\noutput: {width: 100, color: never}\n');
    expect(findConfig(join(dir, 'a/b'))).toBe(join(dir, 'jiedu.config.yaml'));
    const loaded = loadConfig(undefined, join(dir, 'a/b'));
    expect(loaded.dictionaries).toEqual([join(dir, 'dict/local.txt')]);
    expect(loaded.config.output?.width).toBe(100);
    expect(userDictFor(undefined, loaded)).toBe(join(dir, 'dict/local.txt'));
    expect(userDictFor('mine.txt', loaded)).toBe('mine.txt');
  });

  it('rejects unknown keys in its own sections and names the path inside the file', () => {
    const dir = tree('eval:\n  min_f1: {numbers: 1.5}\n');
    expect(() => loadConfig(undefined, dir)).toThrowError(/^eval\.min_f1\.numbers: number must be less than or equal to 1/);
    const dir2 = tree('output:\n  colour: never\n');
    expect(() => loadConfig(undefined, dir2)).toThrowError(/^output: unrecognized key\(s\) in object: 'colour'/);
  });

  it('a missing dictionary or a missing --config file is an input error (exit 2)', () => {
    const dir = tree('dictionaries: [dict/none.txt]\n');
    let err: unknown;
    try {
      loadConfig(undefined, dir);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(JieduError);
    expect((err as JieduError).exitCode).toBe(2);
    expect((err as JieduError).file).toBe(join(dir, 'jiedu.config.yaml'));
    expect(() => loadConfig(join(dir, 'nope.yaml'))).toThrowError(/no such config file/);
  });

  it('an empty config file is allowed', () => {
    const dir = tree('');
    expect(loadConfig(undefined, dir).config).toEqual({});
  });
});
