/**
 * F1 thresholds: `--min-f1 numbers=0.97,targets=0.9,projects=0.9` on the
 * command line, or `eval.min_f1` in jiedu.config.yaml (the command line wins
 * kind by kind).
 */
import { JieduError } from '../errors.js';
import { KINDS, type CombinedScore, type Kind } from './score.js';

export type Thresholds = Partial<Record<Kind, number>>;

export function parseThresholds(spec: string): Thresholds {
  const out: Thresholds = {};
  for (const part of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
    const m = /^([a-z]+)\s*=\s*([0-9]*\.?[0-9]+)$/.exec(part);
    if (!m) throw new JieduError(`--min-f1: '${part}' is not KIND=VALUE (e.g. numbers=0.97)`, 2);
    const kind = m[1] as Kind;
    if (!KINDS.includes(kind)) throw new JieduError(`--min-f1: unknown kind '${m[1]}' (numbers, targets, projects)`, 2);
    const value = Number(m[2]);
    if (!(value >= 0 && value <= 1)) throw new JieduError(`--min-f1: ${kind}=${m[2]} is not between 0 and 1`, 2);
    out[kind] = value;
  }
  if (Object.keys(out).length === 0) throw new JieduError('--min-f1: no thresholds given (e.g. numbers=0.97,targets=0.9)', 2);
  return out;
}

export interface ThresholdCheck {
  kind: Kind;
  min: number;
  f1: number;
  ok: boolean;
}

/** One check per threshold set (a tolerance of 1e-12 absorbs float noise). */
export function checkThresholds(total: CombinedScore, thresholds: Thresholds): ThresholdCheck[] {
  return KINDS.filter((k) => thresholds[k] !== undefined).map((kind) => {
    const min = thresholds[kind]!;
    const f1 = total.scores[kind].f1;
    return { kind, min, f1, ok: f1 + 1e-12 >= min };
  });
}
