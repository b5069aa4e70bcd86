/**
 * The CI accuracy check: every gold under fixtures/ is scored with the eval
 * library, and each kind's micro-averaged F1 must reach the floor set in ONE
 * place, `eval.min_f1` of the repository's jiedu.config.yaml (the same file
 * `jiedu eval fixtures` reads). A change that lowers accuracy fails here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { evaluate, type EvaluationReport } from '../../src/eval/run.js';
import { checkThresholds } from '../../src/eval/thresholds.js';
import { KINDS } from '../../src/eval/score.js';

const repoRoot = new URL('../..', import.meta.url).pathname;
let report: EvaluationReport;

beforeAll(async () => {
  report = await evaluate(['fixtures']);
});

describe('accuracy on fixtures/', () => {
  const minF1 = loadConfig(`${repoRoot}jiedu.config.yaml`).config.eval?.min_f1 ?? {};

  it('has a floor for every kind in jiedu.config.yaml', () => {
    expect(Object.keys(minF1).sort()).toEqual([...KINDS].sort());
  });

  it('scores every gold file with its source found', () => {
    expect(report.files.length).toBeGreaterThanOrEqual(2);
    for (const f of report.files) expect(f.source).not.toBeNull();
  });

  for (const kind of KINDS) {
    it(`${kind} F1 reaches the floor`, () => {
      const [check] = checkThresholds(report.total, { [kind]: minF1[kind] });
      const c = report.total.counts[kind];
      expect(check!.f1, `${kind}: tp ${c.tp}, fp ${c.fp}, fn ${c.fn} (floor: eval.min_f1 in jiedu.config.yaml; see node bin/jiedu.js eval fixtures --verbose)`).toBeGreaterThanOrEqual(check!.min - 1e-12);
    });
  }
});
