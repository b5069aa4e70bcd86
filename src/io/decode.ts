/**
 * bytes → text: charset detection (src/io/charset.ts), then, for saved HTML
 * pages, the page's text (src/io/html.ts). Offsets in the output point into
 * the text returned here: the decoded file for plain text, the extracted text
 * for HTML. Nothing else is normalised (CRLF, full-width digits stay).
 */
import { createHash } from 'node:crypto';
import { JieduError } from '../errors.js';
import { decodeCharset } from './charset.js';
import { declaredCharset, extractHtmlText, looksLikeHtml } from './html.js';
import type { SourceFormat } from '../types.js';

export interface DecodedText {
  text: string;
  encoding: string;
  format: SourceFormat;
  sha256: string;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const HTML_NAME = /\.(html?|xhtml|shtml)$/i;

/** True when the path names an HTML file by its extension. */
export function isHtmlPath(path: string): boolean {
  return HTML_NAME.test(path);
}

export function decodeBytes(bytes: Uint8Array, path: string): DecodedText {
  const byName = isHtmlPath(path);
  const declared = byName || looksLikeHtml(latin1Head(bytes)) ? declaredCharset(bytes) : null;
  const { text, encoding } = decodeCharset(bytes, path, { declared });
  if (byName || looksLikeHtml(text)) {
    const extracted = extractHtmlText(text);
    if (extracted.trim().length === 0) throw new JieduError('no text in the HTML page', 2, path);
    return { text: extracted, encoding, format: 'html', sha256: sha256(bytes) };
  }
  return { text, encoding, format: 'text', sha256: sha256(bytes) };
}

function latin1Head(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
}
