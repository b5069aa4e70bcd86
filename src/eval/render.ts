/**
 * What `jiedu eval` prints: P/R/F1 per kind, attribute accuracies, a per-file
 * table, threshold verdicts, and with --verbose every missed and spurious
 * item with its sentence. Pure: report in, string out. Also the JSON form.
 */
import { relative } from 'node:path';
import { prf, ATTRIBUTES, KINDS, type Kind, type Span } from './score.js';
import type { EvaluationReport, FileEvaluation } from './run.js';
import type { ThresholdCheck } from './thresholds.js';
import { heading, renderTable, truncate, type TableOptions } from '../report/table.js';

const f4 = (x: number | null): string => (x === null ? '–' : x.toFixed(4));

function ratio(t: { correct: number; total: number; accuracy: number | null }): string {
  return t.total === 0 ? '– (0/0)' : `${f4(t.accuracy)} (${t.correct}/${t.total})`;
}

function displayPath(p: string): string {
  const rel = relative(process.cwd(), p);
  return rel.startsWith('..') || rel === '' ? p : rel;
}

/** The sentence around a code-point span: back to the previous 。！？；!?; or line break, on to the next. */
export function sentenceAround(chars: string[], span: Span): string {
  const stop = /[。！？；!?;\n]/u;
  let s = Math.max(0, Math.min(span[0], chars.length));
  while (s > 0 && !stop.test(chars[s - 1]!)) s--;
  let e = Math.min(chars.length, Math.max(span[1], s));
  while (e < chars.length && !stop.test(chars[e - 1] ?? '')) e++;
  return chars.slice(s, e).join('').trim();
}

type AnyItem = { text?: string; name?: string; span?: Span; value?: number | null; unit?: string; deadline?: string | null; sentence?: Span; mentions?: { span: Span }[] };

function describeItem(kind: Kind, item: AnyItem): string {
  if (kind === 'projects') return item.name ?? '';
  const at = item.span ? ` [${item.span[0]},${item.span[1]})` : '';
  if (kind === 'numbers') return `${item.text}${at} = ${item.value} ${item.unit ?? ''}`.trimEnd();
  return `${item.text}${at} value=${item.value ?? 'null'} deadline=${item.deadline ?? 'null'}`;
}

function contextOf(item: AnyItem, chars: string[] | null): string | null {
  if (!chars) return null;
  const span = item.sentence ?? item.span ?? item.mentions?.[0]?.span;
  if (!span) return null;
  if (item.sentence) return chars.slice(item.sentence[0], item.sentence[1]).join('').trim();
  return sentenceAround(chars, span);
}

const SINGULAR: Record<Kind, string> = { numbers: 'number', targets: 'target', projects: 'project' };

/** --verbose: one line per missed or spurious item, its sentence on the next. */
export function renderVerbose(file: FileEvaluation, options: TableOptions): string {
  const chars = file.text === null ? null : [...file.text];
  const out: string[] = [heading(displayPath(file.gold), options)];
  const { chalk } = options;
  for (const kind of KINDS) {
    const detail = file.score.details[kind];
    const groups: [string, AnyItem[], (s: string) => string][] = [
      ['missed', detail.missed as AnyItem[], chalk.red],
      ['spurious', detail.spurious as AnyItem[], chalk.yellow],
    ];
    for (const [label, items, paint] of groups) {
      for (const item of items) {
        out.push(`  ${paint(`${label} ${SINGULAR[kind]}`)}  ${describeItem(kind, item)}`);
        const context = contextOf(item, chars);
        if (context) out.push(chalk.dim(`      ${context}`));
      }
    }
  }
  for (const error of file.score.fieldErrors) out.push(`  ${chalk.magenta('field')}  ${error}`);
  if (out.length === 1) out.push('  nothing missed, nothing spurious');
  return out.join('\n');
}

export function renderEvaluation(report: EvaluationReport, checks: ThresholdCheck[], options: TableOptions & { verbose?: boolean }): string {
  const { chalk } = options;
  const parts: string[] = [];
  const { total } = report;
  const minOf = new Map(checks.map((c) => [c.kind, c]));

  parts.push(heading(`Scores over ${total.files} gold file${total.files === 1 ? '' : 's'} (micro-averaged)`, options));
  parts.push(
    renderTable(
      [
        { header: 'kind' }, { header: 'TP', align: 'right' }, { header: 'FP', align: 'right' }, { header: 'FN', align: 'right' },
        { header: 'P', align: 'right' }, { header: 'R', align: 'right' }, { header: 'F1', align: 'right' }, { header: 'min', align: 'right' },
      ],
      KINDS.map((kind) => {
        const c = total.counts[kind];
        const s = total.scores[kind];
        const check = minOf.get(kind);
        const min = check ? (check.ok ? chalk.green(`${check.min} ok`) : chalk.red(`${check.min} FAIL`)) : '';
        return [kind, String(c.tp), String(c.fp), String(c.fn), f4(s.precision), f4(s.recall), f4(s.f1), min];
      }),
      options,
    ),
  );

  parts.push(heading('Attribute accuracy (over matched items)', options));
  parts.push(
    renderTable(
      [{ header: 'attribute' }, { header: 'over', }, { header: 'accuracy', align: 'right' }],
      [
        ...ATTRIBUTES.map((a) => [a, a === 'status' || a === 'category' ? 'projects' : 'numbers', ratio(total.attributes[a])]),
        ['meta fields', 'document', ratio(total.meta)],
        ['exchange fields', 'document', ratio(total.exchanges)],
      ],
      options,
    ),
  );

  parts.push(heading('Per file (F1)', options));
  parts.push(
    renderTable(
      [
        { header: 'gold (.gold.yaml)', min: 12 },
        { header: 'num', align: 'right' }, { header: 'tgt', align: 'right' }, { header: 'prj', align: 'right' },
        { header: 'meta', align: 'right' }, { header: 'exch', align: 'right' },
      ],
      report.files.map((f) => {
        const acc = (t: { correct: number; total: number }) => (t.total === 0 ? '–' : (t.correct / t.total).toFixed(3));
        return [
          displayPath(f.gold).replace(/\.gold\.ya?ml$/, ''),
          ...KINDS.map((k) => prf(f.score.counts[k]).f1.toFixed(3)),
          acc(f.score.meta),
          acc(f.score.exchanges),
        ];
      }),
      options,
    ),
  );

  if (options.verbose) for (const file of report.files) parts.push(renderVerbose(file, options));

  if (checks.length > 0) {
    for (const c of checks) {
      parts.push(
        c.ok
          ? chalk.green(truncate(`ok    ${c.kind} F1 ${f4(c.f1)} ≥ ${c.min}`, options.width))
          : chalk.red(truncate(`FAIL  ${c.kind} F1 ${f4(c.f1)} < ${c.min}`, options.width)),
      );
    }
  }
  return `${parts.join('\n')}\n`;
}

/** `--format json`: everything, for machines. */
export function evaluationJson(report: EvaluationReport, checks: ThresholdCheck[]): string {
  const files = report.files.map((f) => ({
    gold: f.gold,
    source: f.source,
    prediction: f.prediction,
    counts: f.score.counts,
    scores: Object.fromEntries(KINDS.map((k) => [k, prf(f.score.counts[k])])),
    attributes: f.score.attributes,
    meta: f.score.meta,
    exchanges: f.score.exchanges,
    missed: Object.fromEntries(KINDS.map((k) => [k, f.score.details[k].missed])),
    spurious: Object.fromEntries(KINDS.map((k) => [k, f.score.details[k].spurious])),
    field_errors: f.score.fieldErrors,
    warnings: f.warnings,
  }));
  const ok = checks.every((c) => c.ok);
  return `${JSON.stringify({ files, total: report.total, thresholds: checks, ok }, null, 2)}\n`;
}
