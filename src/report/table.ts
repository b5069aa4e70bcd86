/**
 * Terminal tables (cli-table3) that fit a given width, measured with
 * string-width so CJK characters count two columns. Cells are fitted here,
 * before cli-table3 sees them: wrapped onto several lines or cut with an
 * ellipsis, so every line of the result is at most `width` columns.
 * Pure: strings in, a string out.
 */
import Table from 'cli-table3';
import stringWidth from 'string-width';
import type { ChalkInstance } from 'chalk';

export interface Column {
  header: string;
  align?: 'left' | 'right';
  /** Wrap long cells onto several lines (default: cut with …). */
  wrap?: boolean;
  /** Never narrower than this (content columns, without padding). */
  min?: number;
  /** Never wider than this. */
  max?: number;
}

export interface TableOptions {
  width: number;
  chalk: ChalkInstance;
  /** Print the header row (default true). */
  head?: boolean;
  /** Lines between rows (default false: rows follow each other). */
  separators?: boolean;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function graphemes(s: string): string[] {
  return Array.from(segmenter.segment(s), (g) => g.segment);
}

export function displayWidth(s: string): number {
  return stringWidth(s);
}

/** Cuts `s` to at most `width` columns, ending with … when something was cut. */
export function truncate(s: string, width: number): string {
  const line = s.replace(/\s*\n\s*/g, ' ');
  if (stringWidth(line) <= width) return line;
  if (width <= 0) return '';
  let out = '';
  let used = 0;
  for (const g of graphemes(line)) {
    const w = stringWidth(g);
    if (used + w > width - 1) break;
    out += g;
    used += w;
  }
  return `${out}…`;
}

/** Breaks `s` into lines of at most `width` columns (at spaces when a line has them, else anywhere). */
export function wrap(s: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of s.split('\n')) {
    let line = '';
    let used = 0;
    let lastSpace = -1;
    for (const g of graphemes(paragraph)) {
      const w = stringWidth(g);
      if (used + w > width && line !== '') {
        if (lastSpace > 0 && g !== ' ') {
          lines.push(line.slice(0, lastSpace).trimEnd());
          line = line.slice(lastSpace + 1);
        } else {
          lines.push(line.trimEnd());
          line = '';
        }
        used = stringWidth(line);
        lastSpace = -1;
        if (g === ' ') continue;
      }
      if (g === ' ') lastSpace = line.length;
      line += g;
      used += w;
    }
    lines.push(line);
  }
  return lines;
}

/** Content widths (without padding) so that the whole table fits `width`. */
export function columnWidths(columns: Column[], rows: string[][], width: number, head = true): number[] {
  const natural = columns.map((c, i) => {
    const cells = [head ? c.header : '', ...rows.map((r) => r[i] ?? '')];
    const widest = Math.max(...cells.flatMap((cell) => cell.split("\n").map((l) => stringWidth(l))));
    return Math.max(c.min ?? 1, Math.min(widest, c.max ?? Infinity));
  });
  // borders: one per column plus one; padding: one space each side
  const available = Math.max(columns.length, width - (columns.length + 1) - 2 * columns.length);
  const widths = [...natural];
  let excess = widths.reduce((a, b) => a + b, 0) - available;
  while (excess > 0) {
    // shrink the widest column that may still shrink; past the minimums, any column above 1
    let pick = -1;
    for (let i = 0; i < widths.length; i++) {
      if (widths[i]! > (columns[i]!.min ?? 1) && (pick < 0 || widths[i]! > widths[pick]!)) pick = i;
    }
    if (pick < 0) {
      for (let i = 0; i < widths.length; i++) if (widths[i]! > 1 && (pick < 0 || widths[i]! > widths[pick]!)) pick = i;
    }
    if (pick < 0) break;
    widths[pick]!--;
    excess--;
  }
  return widths;
}

/** A boxed table whose every line is at most `options.width` columns wide. */
export function renderTable(columns: Column[], rows: string[][], options: TableOptions): string {
  const widths = columnWidths(columns, rows, options.width, options.head !== false);
  const fit = (cell: string, i: number): string => {
    const w = widths[i]!;
    return columns[i]!.wrap ? wrap(cell, w).join('\n') : truncate(cell, w);
  };
  const table = new Table({
    head: options.head === false ? [] : columns.map((c, i) => options.chalk.bold(truncate(c.header, widths[i]!))),
    colWidths: widths.map((w) => w + 2),
    colAligns: columns.map((c) => c.align ?? 'left'),
    wordWrap: false,
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1, compact: !options.separators },
  });
  for (const row of rows) table.push(columns.map((_, i) => fit(row[i] ?? '', i)));
  return table.toString();
}

/** A section heading, cut to the width. */
export function heading(text: string, options: TableOptions): string {
  return options.chalk.bold.cyan(truncate(text, options.width));
}
