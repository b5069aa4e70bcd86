/**
 * Saved HTML pages → the page's text, laid out the way the document stage
 * reads a scraped .txt: one block (paragraph, heading, table cell, list item)
 * per line, entities decoded, white space collapsed as a browser would.
 *
 * Kept: the body's text — the title, breadcrumb lines, the info table, the
 * article. Dropped: <head>, scripts, styles, forms, hidden elements, and
 * site furniture (navigation menus, headers and footers outside the article,
 * share bars, sidebars), recognised by tag and by class/id words. The
 * breadcrumb is kept even when it sits in a navigation container.
 */
import { createRequire } from 'node:module';

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
  'td', 'tfoot', 'th', 'thead', 'tr',
]);
/** Blocks set off by a blank line, like paragraphs in a scraped text. */
const PARAGRAPH_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'ul', 'ol', 'dl', 'hr']);

const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** class/id words that mark site furniture. */
const FURNITURE_WORDS = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'menubar', 'submenu', 'topbar', 'footer', 'foot', 'copyright', 'share',
  'sharebar', 'bdsharebuttonbox', 'sidebar', 'banner', 'toolbar', 'search', 'login', 'friendlink', 'friendlinks',
  'links', 'skip', 'qrcode', 'ewm', 'print',
]);
/** class/id words of containers that look like `header` but hold the article's title. */
const SITE_HEADER_IDS = /^(header|site-?header|top-?header|page-?header|head-?top|top)$/i;
/** class/id words of the breadcrumb, kept even inside furniture. */
const BREADCRUMB = /bread|crumb|position|location|weizhi|dqwz|curpos|current-?path|path-?nav/i;

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

function isHidden(attribs: Record<string, string>): boolean {
  if ('hidden' in attribs) return true;
  if (attribs['aria-hidden'] === 'true') return true;
  const style = (attribs.style ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

function isFurnitureByName(words: string[]): boolean {
  return words.some((w) => {
    if (SITE_HEADER_IDS.test(w)) return true;
    const lower = w.toLowerCase();
    return FURNITURE_WORDS.has(lower.replace(/[-_]+/g, '')) || lower.split(/[-_]+/).some((part) => FURNITURE_WORDS.has(part));
  });
}

/** Accumulates text with browser-like white space and block breaks. */
class TextSink {
  private readonly out: string[] = [];
  private lineHasText = false;
  private pendingSpace = false;
  private pendingBreaks = 0;
  private any = false;

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
      if (this.lineHasText) this.pendingSpace = true;
      return;
    }
    if (collapsed.length === 0) return;
    const leading = collapsed.startsWith(' ');
    const trailing = collapsed.endsWith(' ');
    if (leading && this.lineHasText) this.pendingSpace = true;
    this.emit(collapsed.slice(leading ? 1 : 0, trailing ? -1 : undefined));
    if (trailing) this.pendingSpace = true;
  }

  /** Ends the current line; `n = 2` asks for a blank line after it. */
  newline(n: 1 | 2): void {
    if (!this.any) return;
    this.pendingBreaks = Math.max(this.pendingBreaks, n);
    this.pendingSpace = false;
    this.lineHasText = false;
  }

  private emit(s: string): void {
    if (s.length === 0) return;
    if (this.pendingBreaks > 0) {
      this.out.push('\n'.repeat(Math.min(this.pendingBreaks, 2)));
      this.pendingBreaks = 0;
    } else if (this.pendingSpace && this.lineHasText) {
      this.out.push(' ');
    }
    this.pendingSpace = false;
    this.out.push(s);
    this.lineHasText = true;
    this.any = true;
  }

  result(): string {
    return this.out.length > 0 ? `${this.out.join('')}\n` : '';
  }
}

interface Frame {
  tag: string;
  /** This element starts a skipped subtree. */
  skips: boolean;
  /** …and is skipped whatever it holds (script, hidden), not as site furniture. */
  hard: boolean;
  /** This element is a breadcrumb container (text kept inside furniture). */
  keeps: boolean;
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

  const close = (frame: Frame): void => {
    if (frame.skips) {
      skipDepth--;
      if (!frame.hard) furnitureOnly--;
    }
    if (frame.keeps) keepDepth--;
    if (frame.tag === 'article' || frame.tag === 'main') articleDepth--;
    if (frame.tag === 'pre') preDepth--;
    if (visible()) {
      if (PARAGRAPH_TAGS.has(frame.tag)) sink.newline(2);
      else if (LINE_TAGS.has(frame.tag)) sink.newline(1);
    }
  };

  const parser = new (parserModule().Parser)(
    {
      onopentag(name, attribs) {
        const tag = name.toLowerCase();
        if (tag === 'br') {
          if (visible()) sink.newline(1);
          return;
        }
        if (visible()) {
          if (PARAGRAPH_TAGS.has(tag)) sink.newline(2);
          else if (LINE_TAGS.has(tag)) sink.newline(1);
        }
        if (VOID_TAGS.has(tag)) return;
        const words = classWords(attribs);
        const hardSkip = SKIP_TAGS.has(tag) || isHidden(attribs);
        const furniture =
          !hardSkip &&
          (FURNITURE_TAGS.has(tag) || (FURNITURE_OUTSIDE_ARTICLE.has(tag) && articleDepth === 0) || isFurnitureByName(words));
        const keeps = words.some((w) => BREADCRUMB.test(w));
        const frame: Frame = { tag, skips: hardSkip || (furniture && !keeps), hard: hardSkip, keeps };
        if (frame.skips) {
          skipDepth++;
          if (!hardSkip) furnitureOnly++;
        }
        if (keeps) keepDepth++;
        if (tag === 'article' || tag === 'main') articleDepth++;
        if (tag === 'pre') preDepth++;
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
