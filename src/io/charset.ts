/**
 * bytes → string: charset detection for files as they come from archives.
 *
 * Order: empty → BOM (UTF-8, UTF-16 LE/BE) → UTF-16 without BOM by its NUL
 * pattern → binary data → valid UTF-8 → UTF-16 without NULs (all-CJK text,
 * judged by how plausible the decoded text is) → a declared charset (an HTML
 * `<meta charset>`) → GB18030 (a superset of GBK and GB2312). A decode that
 * would produce a replacement character is an error, never mojibake.
 */
import { createRequire } from 'node:module';
import { JieduError } from '../errors.js';

type Iconv = typeof import('iconv-lite');
let iconvModule: Iconv | null = null;

/** iconv-lite, loaded on first use: UTF-8 input (and `jiedu --help`) never pays for it. */
function iconvLite(): Iconv {
  iconvModule ??= createRequire(import.meta.url)('iconv-lite') as Iconv;
  return iconvModule;
}

export interface Charset {
  text: string;
  /** What was used to decode: utf-8, gb18030, utf-16le, utf-16be, or a declared charset. */
  encoding: string;
}

export interface CharsetOptions {
  /** A charset the content declares for itself (e.g. `<meta charset="gbk">`), already lower-cased. */
  declared?: string | null;
}

const REPLACEMENT = 0xfffd;
/** How much of the start is sampled for the NUL pattern and the binary check. */
const SAMPLE = 8192;

/** Charset labels that all mean "decode with GB18030". */
const GB_FAMILY = new Set(['gb18030', 'gbk', 'gb2312', 'x-gbk', 'cp936', 'euc-cn', 'hz-gb-2312', 'csgb2312', 'chinese', 'iso-ir-58', 'windows-936', 'ms936']);

export function isGbFamily(label: string): boolean {
  return GB_FAMILY.has(label.toLowerCase());
}

export function decodeCharset(bytes: Uint8Array, path: string, options: CharsetOptions = {}): Charset {
  if (bytes.length === 0) throw new JieduError('empty file', 2, path);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: decodeUtf8(buf.subarray(3), path), encoding: 'utf-8' };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: decodeUtf16(buf.subarray(2), 'utf-16le', path), encoding: 'utf-16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: decodeUtf16(buf.subarray(2), 'utf-16be', path), encoding: 'utf-16be' };

  const nulEndian = utf16ByNulPattern(buf);
  if (nulEndian) return { text: decodeUtf16(buf, nulEndian, path), encoding: nulEndian };

  const binaryAt = findBinary(buf);
  if (binaryAt >= 0) throw new JieduError(`not a text file (binary data at byte ${binaryAt})`, 2, path);

  const utf8 = tryUtf8(buf);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };

  const plausible = utf16ByPlausibility(buf);
  if (plausible) return plausible;

  const declared = options.declared?.toLowerCase() ?? null;
  if (declared && !isGbFamily(declared) && declared !== 'utf-8' && declared !== 'utf8' && iconvLite().encodingExists(declared)) {
    return { text: decodeIconv(buf, declared, path), encoding: declared };
  }
  return { text: decodeIconv(buf, 'gb18030', path), encoding: 'gb18030' };
}

function decodeUtf8(buf: Buffer, path: string): string {
  const text = tryUtf8(buf);
  if (text === null) throw new JieduError('invalid UTF-8 after a UTF-8 byte order mark', 2, path);
  return text;
}

function tryUtf8(buf: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf);
  } catch {
    return null;
  }
}

function decodeUtf16(buf: Buffer, encoding: 'utf-16le' | 'utf-16be', path: string): string {
  if (buf.length % 2 !== 0) throw new JieduError(`truncated ${encoding.toUpperCase()} text (odd number of bytes)`, 2, path);
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(buf);
  } catch {
    throw new JieduError(`invalid ${encoding.toUpperCase()} text (unpaired surrogate)`, 2, path);
  }
}

/** Decodes with iconv-lite; a replacement character means truncated or invalid input. */
function decodeIconv(buf: Buffer, encoding: string, path: string): string {
  const iconv = iconvLite();
  const text = iconv.decode(buf, encoding, { stripBOM: false });
  const bad = text.indexOf(String.fromCharCode(REPLACEMENT));
  if (bad >= 0 && !encodesReplacement(buf, encoding)) {
    const at = iconv.encode(text.slice(0, bad), encoding).length;
    const what = at >= buf.length - 4 ? 'truncated' : 'invalid';
    throw new JieduError(`${what} ${encoding.toUpperCase()} text at byte ${at}`, 2, path);
  }
  return text;
}

/** True when the bytes really hold U+FFFD (GB18030 can encode it), so a decoded one is no error. */
function encodesReplacement(buf: Buffer, encoding: string): boolean {
  const encoded = iconvLite().encode('\ufffd', encoding);
  return encoded.length > 1 && buf.includes(encoded);
}

/**
 * UTF-16 without BOM: ASCII in it (line breaks, digits) puts NUL bytes on one
 * side of the code units only; binary data has them on both sides. The decoded
 * text must then read as text (few control characters).
 */
function utf16ByNulPattern(buf: Buffer): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buf.length, SAMPLE) & ~1;
  if (n < 2 || buf.length % 2 !== 0) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) even++;
    if (buf[i + 1] === 0) odd++;
  }
  const units = n / 2;
  const oneSided = (hit: number, other: number): boolean => hit >= Math.max(1, units * 0.01) && other <= hit * 0.25;
  const endian = oneSided(odd, even) ? 'utf-16le' : oneSided(even, odd) ? 'utf-16be' : null;
  if (!endian) return null;
  let text: string;
  try {
    text = new TextDecoder(endian, { fatal: true, ignoreBOM: true }).decode(buf.subarray(0, n));
  } catch {
    return null;
  }
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) controls++;
  }
  return controls <= text.length * 0.01 ? endian : null;
}

/**
 * The first byte that marks binary data: a NUL, or — when control bytes are
 * more than a stray one or two — the first control byte. Tab, LF, VT, FF, CR
 * and ESC occur in text; GB18030 never uses bytes below 0x30 inside a character.
 */
function findBinary(buf: Buffer): number {
  const nul = buf.indexOf(0);
  if (nul >= 0) return nul;
  let first = -1;
  let count = 0;
  const n = Math.min(buf.length, SAMPLE);
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) {
      if (first < 0) first = i;
      count++;
    }
  }
  return count > Math.max(2, n / 100) ? first : -1;
}

/**
 * A code unit that UTF-16 text with no ASCII in it is made of: CJK ideographs,
 * CJK, general and full-width punctuation. (ASCII would have brought NULs.)
 */
function plausibleChar(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2010 && c <= 0x206f);
}

/** UTF-16 with no ASCII at all (hence no NULs): accepted only when nearly every unit reads as CJK text. */
function utf16ByPlausibility(buf: Buffer): Charset | null {
  if (buf.length % 2 !== 0 || buf.length < 4) return null;
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(buf);
    } catch {
      continue;
    }
    let good = 0;
    const n = Math.min(text.length, SAMPLE);
    for (let i = 0; i < n; i++) if (plausibleChar(text.charCodeAt(i))) good++;
    if (good >= n * 0.95) return { text, encoding };
  }
  return null;
}
