import { readFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { dataPath } from '../lexicon.js';

/**
 * Folds a text for matching, one UTF-16 unit for one, so every offset into the
 * folded text is an offset into the source: full-width ASCII forms become ASCII
 * (１２３ → 123, ：→ :), the ideographic space a space, and traditional
 * characters their simplified form (項 → 项, 億 → 亿). Lexicons are written in
 * simplified characters and ASCII; the extractors match on the folded text and
 * take every `text` field from the source.
 */
let table: Map<number, number> | null = null;

function traditional(): Map<number, number> {
  if (table === null) {
    table = new Map();
    for (const line of readFileSync(dataPath('traditional.txt'), 'utf8').split('\n')) {
      if (line.length !== 2 || line.startsWith('#')) continue;
      table.set(line.charCodeAt(0), line.charCodeAt(1));
    }
  }
  return table;
}

export function foldChar(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if (code === 0x3000) return 0x20;
  if (code < 0x3400) return code;
  return traditional().get(code) ?? code;
}

/** foldChar for every UTF-16 unit, built on first use (a lookup per character instead of a Map probe). */
let unitTable: Uint16Array | null = null;

function foldTable(): Uint16Array {
  if (unitTable === null) {
    const t = new Uint16Array(0x10000);
    for (let c = 0; c < 0x10000; c++) t[c] = c;
    for (const [from, to] of traditional()) if (from >= 0x3400 && from < 0x10000) t[from] = to;
    for (let c = 0xff01; c <= 0xff5e; c++) t[c] = c - 0xfee0;
    t[0x3000] = 0x20;
    unitTable = t;
  }
  return unitTable;
}

export function foldText(text: string): string {
  const table = foldTable();
  let changed = false;
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = table[c]!;
    if (f !== c) changed = true;
    codes[i] = f;
  }
  if (!changed) return text;
  return unitsToString(codes);
}

const LITTLE_ENDIAN = endianness() === 'LE';

/** A string of exactly these UTF-16 code units (lone surrogates included). */
function unitsToString(codes: Uint16Array): string {
  if (LITTLE_ENDIAN) return Buffer.from(codes.buffer, codes.byteOffset, codes.byteLength).toString('utf16le');
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < codes.length; i += CHUNK) out += String.fromCharCode(...codes.subarray(i, i + CHUNK));
  return out;
}

/**
 * The source form of a string found in the folded text: `derived` is located
 * (white space ignored) in `folded` and the same characters are taken from
 * `source`. Returns `derived` unchanged when it is not found.
 */
export function unfold(derived: string, folded: string, source: string): string {
  if (folded === source) return derived;
  const { keep, f } = compacted(folded);
  const needle = derived.replace(/[\s\u00a0]/g, '');
  const at = needle.length > 0 ? f.indexOf(needle) : -1;
  if (at < 0) return derived;
  let restored = '';
  for (let k = at; k < at + needle.length; k++) restored += source[keep[k]!];
  // keep the white space the derived string had (a role written "A B")
  if (restored.length === derived.length) return restored;
  let k = 0;
  return derived.split('').map((c) => (/[\s\u00a0]/.test(c) ? c : restored[k++] ?? c)).join('');
}

/** The folded text without white space, and where each of its characters sits; kept for the last text (unfold runs many times per document). */
let lastCompacted: { folded: string; keep: Int32Array; f: string } | null = null;

function compacted(folded: string): { keep: Int32Array; f: string } {
  if (lastCompacted !== null && lastCompacted.folded === folded) return lastCompacted;
  const keep = new Int32Array(folded.length);
  const codes = new Uint16Array(folded.length);
  let n = 0;
  for (let i = 0; i < folded.length; i++) {
    if (!/[\s\u00a0]/.test(folded[i]!)) {
      keep[n] = i;
      codes[n++] = folded.charCodeAt(i);
    }
  }
  lastCompacted = { folded, keep: keep.subarray(0, n), f: unitsToString(codes.subarray(0, n)) };
  return lastCompacted;
}
