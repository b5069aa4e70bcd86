/**
 * `jiedu summary`: the analyst's view of one jiedu/v1 result, as tables that
 * fit the terminal width. Pure: a Result (plus keywords, computed by the
 * caller with the segmenter) in, a string out.
 */
import type { ChalkInstance } from 'chalk';
import type { NumberItem, ProjectStatus, Quantity, Result } from '../types.js';
import { heading, renderTable, truncate, wrap, type TableOptions } from './table.js';
import { amount, comparatorMark, numberCell, periodCell, yi } from './summary-format.js';

export interface SummaryOptions extends TableOptions {
  /** Rows per table before "… N more"; 0 shows all. */
  rows?: number;
  /** Top keywords per exchange id (`null`: the whole document when it has no exchanges). */
  keywords?: Map<string | null, string[]>;
}

const QUANTITY_ORDER: Quantity[] = ['money', 'area', 'count', 'percent', 'length', 'mass', 'volume', 'duration', 'speed', 'rank', 'multiple', 'other'];
/** Quantities whose numbers are listed largest first; the others in reading order. */
const BY_SIZE = new Set<Quantity>(['money', 'area', 'length', 'mass', 'volume']);
/** Quantities whose numbers add up meaningfully (per unit). */
const ADDITIVE = new Set<Quantity>(['money', 'area', 'count', 'length', 'mass', 'volume']);

export function statusColor(chalk: ChalkInstance, status: ProjectStatus): string {
  switch (status) {
    case 'completed':
      return chalk.green(status);
    case 'in_progress':
      return chalk.yellow(status);
    case 'planned':
      return chalk.cyan(status);
    default:
      return chalk.dim(status);
  }
}

/** Keeps `limit` rows and adds a "… N more" row, its text in column `at`. */
export function limitRows(rows: string[][], limit: number | undefined, columns: number, what: string, at = 0): string[][] {
  if (!limit || rows.length <= limit) return rows;
  const more = new Array<string>(columns).fill('');
  more[at] = `… ${rows.length - limit} more ${what} (--rows 0 shows all)`;
  return [...rows.slice(0, limit), more];
}

function speakers(result: Result): string {
  const seen = new Set<string>();
  for (const ex of result.document.exchanges) {
    if (!ex.speaker?.name && !ex.speaker?.role) continue;
    seen.add(ex.speaker.name && ex.speaker.role ? `${ex.speaker.name} (${ex.speaker.role})` : (ex.speaker.name ?? ex.speaker.role)!);
  }
  return [...seen].join('; ');
}

function headerBlock(result: Result, options: SummaryOptions): string {
  const { document: doc } = result;
  const rows: string[][] = [
    ['title', doc.title ?? '(no title)'],
    ['date', doc.meta.date ?? '–'],
    ['publisher', doc.meta.publisher ?? '–'],
    ['speaker', speakers(result) || '–'],
    ['source', `${result.source.path} (${result.source.format}, ${result.source.encoding})`],
    [
      'found',
      `${doc.exchanges.length} exchanges · ${result.numbers.length} numbers · ${result.targets.length} targets · ${result.projects.length} projects`,
    ],
  ];
  return renderTable([{ header: 'document', min: 9 }, { header: '', wrap: true }], rows, { ...options, head: false });
}

function projectsIn(result: Result, exchange: string): number {
  return result.projects.filter((p) => p.mentions.some((m) => m.exchange === exchange)).length;
}

function exchangesBlock(result: Result, options: SummaryOptions): string | null {
  const exchanges = result.document.exchanges;
  if (exchanges.length === 0) return null;
  const rows = exchanges.map((ex) => [
    ex.label ?? ex.id,
    ex.question?.text.replace(/\s+/g, ' ') ?? '–',
    String(result.numbers.filter((n) => n.exchange === ex.id).length),
    String(result.targets.filter((t) => t.exchange === ex.id).length),
    String(projectsIn(result, ex.id)),
  ]);
  return [
    heading('Exchanges', options),
    renderTable(
      [
        { header: 'Q', max: 8 },
        { header: 'question', min: 10 },
        { header: 'num', align: 'right' },
        { header: 'tgt', align: 'right' },
        { header: 'prj', align: 'right' },
      ],
      rows,
      options,
    ),
  ].join('\n');
}

/** "12.3亿元" for money; "1200亩 + 3平方公里" for other additive quantities (per unit). */
export function groupTotal(quantity: Quantity, numbers: NumberItem[]): string {
  if (!ADDITIVE.has(quantity)) return '';
  const byUnit = new Map<string, number>();
  for (const n of numbers) byUnit.set(n.unit, (byUnit.get(n.unit) ?? 0) + n.value);
  return [...byUnit].map(([unit, sum]) => (quantity === 'money' && unit === '元' ? yi(sum) : amount(sum, unit))).join(' + ');
}

function numbersBlock(result: Result, options: SummaryOptions): string | null {
  if (result.numbers.length === 0) return null;
  const groups = QUANTITY_ORDER.map((q) => [q, result.numbers.filter((n) => n.quantity === q)] as const).filter(([, ns]) => ns.length > 0);
  const overview = groups.map(([q, ns]) => [q, String(ns.length), groupTotal(q, ns)]);
  const rows: string[][] = [];
  for (const [q, ns] of groups) {
    const sorted = BY_SIZE.has(q) ? [...ns].sort((a, b) => b.value - a.value) : ns;
    const groupRows = sorted.map((n, i) => [i === 0 ? q : '', numberCell(n), n.subject ?? '', periodCell(n.period), n.exchange ?? '']);
    rows.push(...limitRows(groupRows, options.rows, 5, q, 2));
  }
  return [
    heading('Numbers by quantity (money in 亿元; > over, < under, ~ about, ≈ nearly)', options),
    renderTable([{ header: 'quantity' }, { header: 'n', align: 'right' }, { header: 'sum (per unit)', wrap: true }], overview, options),
    renderTable(
      [{ header: 'quantity', max: 8 }, { header: 'value', max: 14 }, { header: 'subject', wrap: true, min: 10 }, { header: 'period', max: 18 }, { header: 'Q', max: 4 }],
      rows,
      options,
    ),
  ].join('\n');
}

/** Deadline order: "2022" < "2022-08" < "2023"; undated targets last. */
export function compareDeadlines(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

export function targetValue(t: Result['targets'][number]): string {
  return t.value === null ? '–' : `${comparatorMark(t.comparator)}${amount(t.value, t.unit)}`;
}

function targetsBlock(result: Result, options: SummaryOptions): string | null {
  if (result.targets.length === 0) return null;
  const sorted = [...result.targets].sort((a, b) => compareDeadlines(a.deadline, b.deadline));
  const rows = sorted.map((t) => [t.deadline ?? '–', t.metric ?? '', targetValue(t), t.text.replace(/\s+/g, ' '), t.exchange ?? '']);
  return [
    heading('Targets by deadline', options),
    renderTable(
      [{ header: 'deadline', max: 10 }, { header: 'metric', wrap: true, min: 8, max: 16 }, { header: 'target', max: 14 }, { header: 'clause', min: 10 }, { header: 'Q', max: 4 }],
      limitRows(rows, options.rows, 5, 'targets', 3),
      options,
    ),
  ].join('\n');
}

function projectsBlock(result: Result, options: SummaryOptions): string | null {
  if (result.projects.length === 0) return null;
  const byId = new Map(result.numbers.map((n) => [n.id, n]));
  const rows = result.projects.map((p) => {
    const figures = p.attributes
      .map((a) => {
        const n = byId.get(a.number);
        return n ? `${a.role} ${numberCell(n)}` : null;
      })
      .filter((x): x is string => x !== null)
      .join(', ');
    const exchanges = [...new Set(p.mentions.map((m) => m.exchange).filter((e): e is string => e !== null))].join(' ');
    return [p.name, p.category, statusColor(options.chalk, p.status), figures, `${p.mentions.length}${exchanges ? ` ${exchanges}` : ''}`];
  });
  return [
    heading('Projects', options),
    renderTable(
      [{ header: 'project', wrap: true, min: 10 }, { header: 'category', max: 9 }, { header: 'status', max: 11 }, { header: 'numbers', wrap: true, min: 8 }, { header: 'seen', max: 12 }],
      limitRows(rows, options.rows, 5, 'projects'),
      options,
    ),
  ].join('\n');
}

function keywordsBlock(result: Result, options: SummaryOptions): string | null {
  const kw = options.keywords;
  if (!kw || kw.size === 0) return null;
  const rows = [...kw].map(([id, words]) => {
    const ex = result.document.exchanges.find((e) => e.id === id);
    return [id === null ? 'all' : (ex?.label ?? id), words.join(' ')];
  });
  return [heading('Keywords (TF-IDF)', options), renderTable([{ header: 'Q', max: 8 }, { header: 'keywords', wrap: true }], rows, options)].join('\n');
}

/** The whole summary of one document. */
export function renderSummary(result: Result, options: SummaryOptions): string {
  const title = options.chalk.bold(wrap(result.document.title ?? result.source.path, options.width).map((l) => truncate(l, options.width)).join('\n'));
  const blocks = [
    title,
    headerBlock(result, options),
    exchangesBlock(result, options),
    numbersBlock(result, options),
    targetsBlock(result, options),
    projectsBlock(result, options),
    keywordsBlock(result, options),
  ].filter((b): b is string => b !== null);
  return `${blocks.join('\n')}\n`;
}
