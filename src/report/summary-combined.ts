/**
 * The table across several documents: projects seen in more than one, and
 * targets by deadline year. Projects are matched by the scorer's normalised
 * name (quotes, brackets and white space dropped). Pure.
 */
import { basename } from 'node:path';
import type { Result } from '../types.js';
import { normaliseName } from '../eval/names.js';
import { heading, renderTable } from './table.js';
import { compareDeadlines, limitRows, statusColor, targetValue, type SummaryOptions } from './summary.js';

/** A short name for a document: its date and file name. */
export function documentLabel(result: Result): string {
  const name = basename(result.source.path);
  return result.document.meta.date ? `${result.document.meta.date} ${name}` : name;
}

/** Projects by normalised name, with the documents (in date order) that mention them. */
export function sharedProjects(results: Result[]): { name: string; seen: { doc: Result; status: Result['projects'][number]['status'] }[] }[] {
  const byName = new Map<string, { name: string; seen: { doc: Result; status: Result['projects'][number]['status'] }[] }>();
  for (const doc of results) {
    for (const p of doc.projects) {
      const key = normaliseName(p.name);
      const entry = byName.get(key) ?? { name: p.name, seen: [] };
      if (!entry.seen.some((s) => s.doc === doc)) entry.seen.push({ doc, status: p.status });
      byName.set(key, entry);
    }
  }
  const date = (r: Result) => r.document.meta.date ?? '';
  return [...byName.values()]
    .filter((e) => e.seen.length > 1)
    .map((e) => ({ ...e, seen: [...e.seen].sort((a, b) => date(a.doc).localeCompare(date(b.doc))) }))
    .sort((a, b) => b.seen.length - a.seen.length);
}

export function renderCombined(results: Result[], options: SummaryOptions): string {
  const parts: string[] = [heading(`Across ${results.length} documents`, options)];
  const shared = sharedProjects(results);
  parts.push(heading('Projects seen in several documents', options));
  parts.push(
    shared.length === 0
      ? '  (none)'
      : renderTable(
          [{ header: 'project', wrap: true, min: 10 }, { header: 'docs', align: 'right' }, { header: 'status by document date', wrap: true, min: 16 }],
          limitRows(
            shared.map((e) => [
              e.name,
              String(e.seen.length),
              e.seen.map((s) => `${s.doc.document.meta.date ?? '?'} ${statusColor(options.chalk, s.status)}`).join('\n'),
            ]),
            options.rows,
            3,
            'projects',
          ),
          options,
        ),
  );
  const targets = results
    .flatMap((doc) => doc.targets.map((t) => ({ doc, t })))
    .sort((a, b) => compareDeadlines(a.t.deadline?.slice(0, 4) ?? null, b.t.deadline?.slice(0, 4) ?? null));
  parts.push(heading('Targets by deadline year', options));
  let lastYear: string | undefined;
  const rows = targets.map(({ doc, t }) => {
    const year = t.deadline?.slice(0, 4) ?? '–';
    const shown = year === lastYear ? '' : year;
    lastYear = year;
    return [shown, t.metric ?? t.text, targetValue(t), documentLabel(doc)];
  });
  parts.push(
    rows.length === 0
      ? '  (none)'
      : renderTable(
          [{ header: 'year', max: 4 }, { header: 'metric', wrap: true, min: 10 }, { header: 'target', max: 14 }, { header: 'document', min: 10 }],
          limitRows(rows, options.rows, 4, 'targets', 1),
          options,
        ),
  );
  return `${parts.join('\n')}\n`;
}
