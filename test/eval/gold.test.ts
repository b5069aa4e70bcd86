import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { parseGold } from '../../src/eval/gold.js';
import { JieduError } from '../../src/errors.js';

const seedPath = 'fixtures/yueqing-2022-09-16.gold.yaml';
const seedText = readFileSync(seedPath, 'utf8');

function errorOf(text: string, file = 'x.gold.yaml'): JieduError {
  try {
    parseGold(text, file);
  } catch (err) {
    if (err instanceof JieduError) return err;
    throw err;
  }
  throw new Error('no error');
}

describe('gold schema', () => {
  it('accepts the fixture golds with their optional, note and aliases fields', () => {
    for (const file of ['fixtures/yueqing-2022-09-16.gold.yaml', 'fixtures/yueqing-2022-09-16-page.gold.yaml']) {
      const gold = parseGold(readFileSync(file, 'utf8'), file);
      expect(gold.numbers.length).toBeGreaterThan(50);
      expect(gold.numbers.some((n) => n.optional)).toBe(true);
      expect(gold.projects.some((p) => (p.aliases ?? []).length > 0)).toBe(true);
    }
  });

  it('names the file, the path inside it (with the item id) and what is wrong', () => {
    const data = parse(seedText) as { numbers: Record<string, unknown>[] };
    data.numbers[3]!.span = 'oops';
    const err = errorOf(stringify(data), 'fixtures/bad.gold.yaml');
    expect(err.file).toBe('fixtures/bad.gold.yaml');
    expect(err.exitCode).toBe(2);
    expect(err.message).toMatch(/^numbers\[3\] \(n4\)\.span: expected array, got string/);
  });

  it('reports an unknown enum value and a reversed span', () => {
    const data = parse(seedText) as { projects: Record<string, unknown>[]; targets: Record<string, unknown>[] };
    data.projects[1]!.status = 'done';
    expect(errorOf(stringify(data)).message).toMatch(/^projects\[1\] \(p2\)\.status: 'done' is not one of completed, in_progress, planned, unknown/);
    const data2 = parse(seedText) as { targets: Record<string, unknown>[] };
    data2.targets[0]!.span = [10, 5];
    expect(errorOf(stringify(data2)).message).toMatch(/^targets\[0\] \(t1\)\.span: span start is after its end/);
  });

  it('reports a missing list and counts further problems', () => {
    expect(errorOf('numbers: []\ntargets: []\n').message).toBe('projects: missing (expected array)');
    expect(errorOf('numbers: [{}]\ntargets: []\nprojects: []\n').message).toMatch(/^numbers\[0\]\.text: missing \(expected string\) \(and \d+ more problems\)$/);
  });

  it('reports YAML syntax errors with line and column, and non-mappings', () => {
    expect(errorOf('numbers: [\n  - a: b\n').message).toMatch(/^line \d+, column \d+: invalid YAML/);
    expect(errorOf('- 1\n- 2\n').message).toMatch(/^not a gold file/);
  });

  it('allows extra fields anywhere', () => {
    const gold = parseGold('numbers: []\ntargets: []\nprojects: []\nreviewer: 张三\n', 'x');
    expect((gold as Record<string, unknown>).reviewer).toBe('张三');
  });
});
