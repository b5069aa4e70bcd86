import { isSpace } from '../text/space.js';
import type { Span } from '../types.js';

/** A line of the source, with its content span trimmed of surrounding white space. */
export interface Line {
  /** The whole line without its terminator. */
  span: Span;
  /** The line's content: leading/trailing white space, bullets and indentation removed. */
  content: Span;
}

/** List bullets scrapers leave at the head of a line. */
const BULLET = /[•·●○◆◇■□▪▫\-*]/;

/** Splits text into lines (\n, \r\n or \r), spans into the original text. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text.charCodeAt(i); // NaN past the end
    if (i === text.length || c === 10 || c === 13) {
      lines.push({ span: [start, i], content: trimSpan(text, [start, i]) });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  return lines;
}

/** Narrows a span past leading bullets/white space and trailing white space. */
export function trimSpan(text: string, [start, end]: Span): Span {
  let s = start;
  let e = end;
  for (;;) {
    while (s < e && isSpace(text[s])) s++;
    // a bullet only counts when followed by white space ("• 索引号"), not "-乐清"
    if (s + 1 < e && BULLET.test(text[s] ?? '') && isSpace(text[s + 1])) {
      s++;
      continue;
    }
    break;
  }
  while (e > s && isSpace(text[e - 1])) e--;
  return [s, e];
}

export function lineText(text: string, line: Line): string {
  return text.slice(line.content[0], line.content[1]);
}
