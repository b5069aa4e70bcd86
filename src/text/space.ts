/** White space as found in scraped pages: ASCII, no-break, full-width and zero-width spaces, and a stray BOM. */
const SPACE = /[\s\u00a0\u3000\u200b\ufeff]/;

export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && SPACE.test(ch);
}
