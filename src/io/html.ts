/**
 * Saved HTML pages → the page's text, laid out the way the document stage
 * reads a scraped .txt: one block (paragraph, heading, table cell, list item)
 * per line, entities decoded, white space collapsed as a browser would.
 *
 * Kept: the body's text — the title, breadcrumb lines, the info table, the
 * article. Dropped: <head>, scripts, styles, forms, hidden elements, and
 * site furniture (navigation menus, headers and footers outside the article,
 * share bars, sidebars), recognised by tag and by class/id words (the
 * words are in data/html.yaml). The breadcrumb is kept even when it sits in a navigation container.
 *
 * Pages from CMSs that mark nothing (table layouts of the 2000s, WeChat
 * exports) are cleaned by what their blocks hold: a block made of links (menus, link lists), a block under a furniture
 * heading (相关链接, 附件, 往期推荐 …), lines made only of tool words
 * (打印本页, 关闭窗口, 分享到 …), prev/next lines and the site footer
 * (ICP备案, 网站标识码, 版权所有 and the 主办单位 lines beside them).
 */
import { createRequire } from 'node:module';
import { htmlLexicon } from './html-lexicon.js';

type Htmlparser2 = typeof import('htmlparser2');
let htmlparser2: Htmlparser2 | null = null;

/** htmlparser2, loaded on the first HTML page: plain-text runs never pay for it. */
function parserModule(): Htmlparser2 {
  htmlparser2 ??= createRequire(import.meta.url)('htmlparser2') as Htmlparser2;
  return htmlparser2;
}

/** Elements whose whole subtree is never text of the page. */
const SKIP_TAGS = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas',
  'select', 'option', 'button', 'textarea', 'input', 'form', 'map', 'audio', 'video',
]);

/** Site furniture by tag (header/footer only outside an article). */
const FURNITURE_TAGS = new Set(['nav', 'aside']);
const FURNITURE_OUTSIDE_ARTICLE = new Set(['header', 'footer']);

/** Blocks that end a line. */
const LINE_TAGS = new Set([
  'address', 'article', 'aside', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'header', 'html', 'legend', 'li', 'main', 'nav', 'section', 'summary', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'tr', 'time',
]);
/** Blocks set off by a blank line, like paragraphs in a scraped text. */
const PARAGRAPH_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'ul', 'ol', 'dl', 'hr']);

const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Separators and bullets between menu links and around tool words. */
const SEPARATOR_CHARS = /[\s\u00a0\u3000|｜/／·•・、,，;；:：\-–—_()（）[\]【】「」<>《》]/gu;
const BREADCRUMB_SEPARATOR = /[>＞»›→]/;
/** A block holding a line longer than this, or a full stop, is article text, never dropped as a link list or under a heading. */
const LONG_LINE = 100;
const isProse = (l: OutLine): boolean => l.text.length > LONG_LINE || l.text.includes('。');

const WS = /[ \t\n\r\f]+/g;

/** True when the text reads as an HTML document rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 1024).replace(/^[\ufeff\s]+/, '').toLowerCase();
  if (/^<!doctype\s+html/.test(head) || /^<html[\s>]/.test(head)) return true;
  if (/^<\?xml[^>]*>\s*(<!doctype\s+html|<html[\s>])/.test(head)) return true;
  return /^<(head|body|meta)[\s>]/.test(head) && /<\/(head|body|p|div)>/.test(text.slice(0, 65536).toLowerCase());
}

/**
 * The charset a page declares in its first bytes (`<meta charset="gbk">`,
 * `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`), lower-cased.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const m = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

function classWords(attribs: Record<string, string>): string[] {
  return `${attribs.class ?? ''} ${attribs.id ?? ''}`
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

function isHidden(attribs: Record<string, string>, words: string[]): boolean {
  if ('hidden' in attribs) return true;
  if (attribs['aria-hidden'] === 'true') return true;
  const style = (attribs.style ?? '').replace(/\s+/g, '').toLowerCase();
  if (style.includes('display:none')) return true;
  // an article body hidden until a script reveals it is still the article
  return style.includes('visibility:hidden') && !words.some((w) => htmlLexicon().contentWords.test(w));
}

function isFurnitureByName(words: string[]): boolean {
  return words.some((w) => {
    if (htmlLexicon().siteHeaderIds.test(w)) return true;
    const lower = w.toLowerCase();
    if (htmlLexicon().furnitureWords.has(lower.replace(/[-_]+/g, '')) || htmlLexicon().furnitureSuffix.test(lower)) return true;
    return lower.split(/[-_]+/).some((part) => htmlLexicon().furnitureWords.has(part));
  });
}

/** An output line: its text and how much of it sits inside links. */
interface OutLine {
  text: string;
  /** Line breaks before it: 1, or 2 for a blank line (ignored on the first line). */
  breaks: number;
  links: number;
  linkChars: number;
}

/** Accumulates text with browser-like white space and block breaks, line by line. */
class TextSink {
  readonly lines: OutLine[] = [];
  private lineOpen = false;
  private pendingSpace = false;
  private pendingBreaks = 0;
  /** Depth of open links; text inside counts as link text. */
  linkDepth = 0;
  /** A link has been opened since its text started: counted once. */
  private linkStarted = false;

  text(raw: string, preformatted: boolean): void {
    if (preformatted) {
      const lines = raw.split(/\r\n|\r|\n/);
      lines.forEach((line, i) => {
        if (i > 0) this.newline(1);
        if (line.length > 0) this.emit(line);
      });
      return;
    }
    const collapsed = raw.replace(WS, ' ');
    if (collapsed === ' ') {
      if (this.lineOpen) this.pendingSpace = true;
      return;
    }
    if (collapsed.length === 0) return;
    const leading = collapsed.startsWith(' ');
    const trailing = collapsed.endsWith(' ');
    if (leading && this.lineOpen) this.pendingSpace = true;
    this.emit(collapsed.slice(leading ? 1 : 0, trailing ? -1 : undefined));
    if (trailing) this.pendingSpace = true;
  }

  /** Ends the current line; `n = 2` asks for a blank line after it. */
  newline(n: 1 | 2): void {
    if (this.lines.length === 0) return;
    this.pendingBreaks = Math.max(this.pendingBreaks, n);
    this.pendingSpace = false;
    this.lineOpen = false;
  }

  /** `<br>`: ends the line; a second one in a row leaves a blank line, as a browser shows it. */
  lineBreak(): void {
    if (this.lines.length === 0) return;
    this.newline(this.lineOpen ? 1 : 2);
  }

  openLink(): void {
    this.linkDepth++;
    this.linkStarted = true;
  }

  closeLink(): void {
    this.linkDepth = Math.max(0, this.linkDepth - 1);
  }

  /** The index the next line of text will get: where a block element's text starts. */
  mark(): number {
    return this.lineOpen ? this.lines.length - 1 : this.lines.length;
  }

  /** Drops the lines from `mark` on (a furniture block); the break before them stays for what follows. */
  truncate(mark: number): void {
    if (mark >= this.lines.length) return;
    const removed = this.lines.splice(mark);
    this.pendingBreaks = Math.max(this.pendingBreaks, removed[0]!.breaks);
    this.lineOpen = false;
    this.pendingSpace = false;
  }

  private emit(s: string): void {
    if (s.length === 0) return;
    let line = this.lineOpen ? this.lines[this.lines.length - 1]! : null;
    if (line === null) {
      line = { text: '', breaks: Math.min(Math.max(this.pendingBreaks, 1), 2), links: 0, linkChars: 0 };
      this.lines.push(line);
      this.pendingBreaks = 0;
    } else if (this.pendingSpace) {
      line.text += ' ';
    }
    this.pendingSpace = false;
    line.text += s;
    if (this.linkDepth > 0) {
      line.linkChars += [...s.replace(SEPARATOR_CHARS, '')].length;
      if (this.linkStarted) line.links++;
    }
    this.linkStarted = false;
    this.lineOpen = true;
  }

  result(): string {
    const kept = dropFurnitureLines(this.lines);
    if (kept.length === 0) return '';
    return `${kept.map((l, i) => (i === 0 ? '' : '\n'.repeat(l.breaks)) + l.text).join('')}\n`;
  }
}

/** What a run of lines holds: links, link text and the text outside links. */
function linkStats(lines: OutLine[]): { links: number; linkChars: number; otherChars: number; breadcrumb: boolean; longest: number } {
  let links = 0;
  let linkChars = 0;
  let chars = 0;
  let breadcrumb = false;
  let longest = 0;
  for (const l of lines) {
    links += l.links;
    linkChars += l.linkChars;
    chars += [...l.text.replace(SEPARATOR_CHARS, '')].length;
    breadcrumb ||= BREADCRUMB_SEPARATOR.test(l.text);
    longest = Math.max(longest, l.text.length);
  }
  return { links, linkChars, otherChars: Math.max(0, chars - linkChars), breadcrumb, longest };
}

/** Menus and link lists: three links or more, next to nothing but separators, a short heading or dates. */
function isLinkList(lines: OutLine[]): boolean {
  const s = linkStats(lines);
  if (s.links < 3 || s.breadcrumb || s.longest > LONG_LINE) return false;
  return s.otherChars <= Math.max(6, s.linkChars * 0.3);
}

/** A line reduced to its words, separators gone: `【打印本页】 【关闭窗口】` → 打印本页, 关闭窗口. */
function lineWords(text: string): string[] {
  return text
    .split(SEPARATOR_CHARS)
    .map((w) => w.trim())
    .filter((w) => w.length > 0);
}

function isHeadingOfFurniture(text: string): boolean {
  return htmlLexicon().furnitureHeadings.has(text.replace(SEPARATOR_CHARS, ''));
}

function isToolLine(text: string): boolean {
  const words = lineWords(text);
  // counters next to the tool words (阅读 1.2万, 在看 86) go with them
  const counters = words.filter((w) => /^[\d.]+[万千]?$/.test(w)).length;
  const tools = words.filter((w) => htmlLexicon().toolWords.has(w)).length;
  return tools > 0 && tools + counters === words.length;
}

/** Line-level furniture: tool bars, menu lines, prev/next links and the site footer. */
function dropFurnitureLines(lines: OutLine[]): OutLine[] {
  // a sentence (with a 。) is article text, whatever marks it holds
  const footerLike = (t: string): boolean => t.length <= 200 && !t.includes('。');
  const strong = lines.map((l) => footerLike(l.text) && htmlLexicon().footerStrong.test(l.text));
  const weak = lines.map((l) => {
    const t = l.text.replace(/^[\s\u00a0\u3000]+/, '');
    return footerLike(t) && htmlLexicon().footerWeak.test(t);
  });
  const footer = strong.slice();
  // weak footer lines count when they touch a strong one (through other footer lines), or hold two marks
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < lines.length; i++) {
      if (footer[i] || !weak[i]) continue;
      const twoMarks = (lines[i]!.text.match(/主办|承办|技术支持|联系电话|地址/g) ?? []).length >= 2;
      if (twoMarks || footer[i - 1] || footer[i + 1]) footer[i] = true;
    }
    for (let i = lines.length - 1; i >= 0; i--) if (!footer[i] && weak[i] && (footer[i - 1] || footer[i + 1])) footer[i] = true;
  }
  const kept: OutLine[] = [];
  let carry = 0;
  lines.forEach((l, i) => {
    const t = l.text.replace(/^[\s\u00a0\u3000]+/, '');
    const drop = footer[i] || isToolLine(t) || htmlLexicon().prevNext.test(t) || isLinkList([l]);
    if (drop) {
      carry = Math.max(carry, l.breaks);
      return;
    }
    kept.push(carry > l.breaks ? { ...l, breaks: carry } : l);
    carry = 0;
  });
  return kept;
}

interface Frame {
  tag: string;
  /** This element starts a skipped subtree. */
  skips: boolean;
  /** …and is skipped whatever it holds (script, hidden), not as site furniture. */
  hard: boolean;
  /** This element is a breadcrumb container (text kept inside furniture). */
  keeps: boolean;
  /** A block element: its text starts on a line of its own, at `mark`. */
  block: boolean;
  mark: number;
}

/** The page's text, one block per line (see the module comment). */
export function extractHtmlText(html: string): string {
  const sink = new TextSink();
  const stack: Frame[] = [];
  let skipDepth = 0; // open elements that skip their subtree
  let keepDepth = 0; // open breadcrumb containers inside skipped furniture
  let furnitureOnly = 0; // of skipDepth, those that are furniture (a breadcrumb inside may still show)
  let articleDepth = 0;
  let preDepth = 0;

  const visible = (): boolean => skipDepth === 0 || (skipDepth === furnitureOnly && keepDepth > 0);

  /** Drops a block that turned out to be furniture by what it holds: a link list, or a block under a furniture heading. */
  const dropByContent = (frame: Frame): void => {
    if (!frame.block || frame.keeps || frame.mark >= sink.lines.length) return;
    const lines = sink.lines.slice(frame.mark);
    if (isHeadingOfFurniture(lines[0]!.text)) {
      // the heading's outermost block: a parent that starts with it too takes the list below with it
      const parent = [...stack].reverse().find((f) => f.block);
      if (parent && parent.mark === frame.mark && !parent.keeps) return;
      if (!lines.some(isProse)) sink.truncate(frame.mark);
      return;
    }
    if (lines.length > 1 && isLinkList(lines)) sink.truncate(frame.mark);
  };

  const close = (frame: Frame): void => {
    if (frame.tag === 'a') sink.closeLink();
    if (visible()) dropByContent(frame);
    if (frame.skips) {
      skipDepth--;
      if (!frame.hard) furnitureOnly--;
    }
    if (frame.keeps) keepDepth--;
    if (frame.tag === 'article' || frame.tag === 'main') articleDepth--;
    if (frame.tag === 'pre') preDepth--;
    if (visible()) {
      if (PARAGRAPH_TAGS.has(frame.tag)) sink.newline(2);
      else if (frame.block) sink.newline(1);
    }
  };

  const parser = new (parserModule().Parser)(
    {
      onopentag(name, attribs) {
        const tag = name.toLowerCase();
        if (tag === 'br') {
          if (visible()) sink.lineBreak();
          return;
        }
        const words = classWords(attribs);
        const block = PARAGRAPH_TAGS.has(tag) || LINE_TAGS.has(tag) || words.some((w) => htmlLexicon().timeWords.test(w));
        if (visible()) {
          if (PARAGRAPH_TAGS.has(tag)) sink.newline(2);
          else if (block) sink.newline(1);
        }
        if (VOID_TAGS.has(tag)) return;
        const hardSkip = SKIP_TAGS.has(tag) || isHidden(attribs, words);
        const furniture =
          !hardSkip &&
          (FURNITURE_TAGS.has(tag) || (FURNITURE_OUTSIDE_ARTICLE.has(tag) && articleDepth === 0) || isFurnitureByName(words));
        const keeps = words.some((w) => htmlLexicon().breadcrumb.test(w));
        const frame: Frame = { tag, skips: hardSkip || (furniture && !keeps), hard: hardSkip, keeps, block, mark: sink.mark() };
        if (frame.skips) {
          skipDepth++;
          if (!hardSkip) furnitureOnly++;
        }
        if (keeps) keepDepth++;
        if (tag === 'article' || tag === 'main') articleDepth++;
        if (tag === 'pre') preDepth++;
        if (tag === 'a') sink.openLink();
        stack.push(frame);
      },
      ontext(data) {
        if (visible()) sink.text(data, preDepth > 0);
      },
      onclosetag(name) {
        const tag = name.toLowerCase();
        if (VOID_TAGS.has(tag)) return;
        // htmlparser2 closes implied elements one by one; a stray close tag with no open match is ignored
        const idx = findOpen(stack, tag);
        if (idx < 0) return;
        while (stack.length > idx) close(stack.pop()!);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  while (stack.length > 0) close(stack.pop()!);
  return sink.result();
}

function findOpen(stack: Frame[], tag: string): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.tag === tag) return i;
  return -1;
}
