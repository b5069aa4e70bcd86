/**
 * decodeBytes: the text offsets point into (the file for .txt, the extracted
 * text for HTML), and the saved-page fixture against its gold.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { parse } from 'yaml';
import { decodeBytes, sha256 } from '../../src/io/decode.js';
import { sliceCodePoints } from '../../src/text/offsets.js';
import type { Span } from '../../src/types.js';

const fixture = (name: string): Buffer => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url));
const PAGE = 'yueqing-2022-09-16-page.html';

interface Gold {
  source: { sha256: string; format: string; encoding: string };
  document: { exchanges: { question: { span: Span; text: string } | null; sections: { heading: string; heading_span: Span }[] }[] };
  numbers: { text: string; span: Span; period: { text: string; span?: Span } | null }[];
  targets: { text: string; span: Span }[];
  projects: { mentions: { span: Span; text?: string }[] }[];
}

describe('decodeBytes', () => {
  it('keeps plain text unchanged and records its encoding and digest', () => {
    const bytes = fixture('yueqing-2022-09-16.txt');
    const decoded = decodeBytes(bytes, 'a.txt');
    expect(decoded.text).toBe(bytes.toString('utf8'));
    expect(decoded).toMatchObject({ encoding: 'utf-8', format: 'text', sha256: sha256(bytes) });
  });

  it('extracts the text of saved pages, by extension or by content', () => {
    const bytes = fixture(PAGE);
    const byName = decodeBytes(bytes, 'page.htm');
    expect(byName.format).toBe('html');
    expect(byName.text).not.toMatch(/<p|&ldquo;|_hmt|版权所有|欢迎访问/);
    expect(decodeBytes(bytes, 'saved-without-extension')).toEqual(byName);
  });

  it('honours <meta charset> pages saved as GB2312/GBK', () => {
    const html = fixture(PAGE).toString('utf8').replace('charset=utf-8', 'charset=gb2312');
    const gbk = decodeBytes(iconv.encode(html, 'gb18030'), 'page.html');
    expect(gbk.encoding).toBe('gb18030');
    expect(gbk.text).toBe(decodeBytes(fixture(PAGE), 'page.html').text);
  });

  it('refuses a page with no text', () => {
    expect(() => decodeBytes(Buffer.from('<html><head><title>x</title></head><body><script>1</script></body></html>'), 'x.html')).toThrow(
      'no text in the HTML page',
    );
  });

  it('the saved page keeps the seed transcript lines, so it parses like the .txt', () => {
    const page = decodeBytes(fixture(PAGE), PAGE).text;
    const seed = fixture('yueqing-2022-09-16.txt').toString('utf8');
    const paragraphs = seed.split('\n').slice(14).map((l) => l.trim()).filter((l) => l.length > 1);
    let from = 0;
    for (const p of paragraphs) {
      const at = page.indexOf(`${p}\n`, from);
      expect(at, p.slice(0, 20)).toBeGreaterThanOrEqual(from);
      expect(at === 0 || page[at - 1] === '\n').toBe(true);
      from = at + p.length;
    }
  });

  it('the saved page\'s gold spans point into the extracted text', () => {
    const bytes = fixture(PAGE);
    const text = decodeBytes(bytes, PAGE).text;
    const gold = parse(fixture(PAGE.replace('.html', '.gold.yaml')).toString('utf8')) as Gold;
    expect(gold.source).toMatchObject({ sha256: sha256(bytes), format: 'html', encoding: 'utf-8' });
    const items: { span: Span; text: string }[] = [
      ...gold.document.exchanges.flatMap((e) => [
        ...(e.question ? [e.question] : []),
        ...e.sections.map((s) => ({ span: s.heading_span, text: s.heading })),
      ]),
      ...gold.numbers.flatMap((n) => [n, ...(n.period?.span ? [{ span: n.period.span, text: n.period.text }] : [])]),
      ...gold.targets,
      ...gold.projects.flatMap((p) => p.mentions.flatMap((m) => (m.text ? [{ span: m.span, text: m.text }] : []))),
    ];
    expect(items.length).toBeGreaterThan(100);
    for (const item of items) expect(sliceCodePoints(text, item.span)).toBe(item.text);
  });
});
