/**
 * Charset detection: every encoding archives come in decodes to the same
 * text, and broken input is an error with a one-line reason, never mojibake.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { decodeCharset } from '../../src/io/charset.js';
import { JieduError } from '../../src/errors.js';

const SAMPLE = '问题一:近三年财政累计补助5.6亿元、年均增长超25%。\n中共乐清市委副书记 戴旭强回答记者提问:一、从抢滩到领跑。\n';

const utf16 = (text: string, endian: 'le' | 'be'): Buffer => {
  const le = Buffer.from(text, 'utf16le');
  return endian === 'le' ? le : Buffer.from(le).swap16();
};

function reason(bytes: Uint8Array): string {
  try {
    decodeCharset(bytes, 'x.txt');
  } catch (err) {
    expect(err).toBeInstanceOf(JieduError);
    return (err as Error).message;
  }
  throw new Error('decoded without error');
}

describe('decodeCharset', () => {
  it('reads UTF-8 with and without a byte order mark, dropping the mark', () => {
    const plain = Buffer.from(SAMPLE, 'utf8');
    expect(decodeCharset(plain, 'x')).toEqual({ text: SAMPLE, encoding: 'utf-8' });
    expect(decodeCharset(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain]), 'x')).toEqual({ text: SAMPLE, encoding: 'utf-8' });
  });

  it('detects GB18030 / GBK / GB2312 bytes and decodes them', () => {
    for (const label of ['gb18030', 'gbk', 'gb2312']) {
      expect(decodeCharset(iconv.encode(SAMPLE, label), 'x')).toEqual({ text: SAMPLE, encoding: 'gb18030' });
    }
  });

  it('reads UTF-16 LE and BE, with a byte order mark or by the NUL pattern of its ASCII', () => {
    for (const endian of ['le', 'be'] as const) {
      const body = utf16(SAMPLE, endian);
      const bom = Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
      expect(decodeCharset(Buffer.concat([bom, body]), 'x')).toEqual({ text: SAMPLE, encoding: `utf-16${endian}` });
      expect(decodeCharset(body, 'x')).toEqual({ text: SAMPLE, encoding: `utf-16${endian}` });
    }
  });

  it('reads UTF-16 without BOM or ASCII when the units read as Chinese text', () => {
    const cjk = '乐清始终坚持创新首位战略,锚定打造高水平创新型城市目标。';
    expect(decodeCharset(utf16(cjk, 'le'), 'x')).toEqual({ text: cjk, encoding: 'utf-16le' });
  });

  it('keeps CRLF line ends and full-width digits as they are', () => {
    const text = '问:今年目标是多少?\r\n答:突破１０００家。\r\n';
    expect(decodeCharset(iconv.encode(text, 'gb18030'), 'x').text).toBe(text);
    expect(decodeCharset(Buffer.from(text), 'x').text).toBe(text);
  });

  it('refuses empty files', () => {
    expect(reason(new Uint8Array())).toBe('empty file');
  });

  it('refuses binary data, naming the byte', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(reason(png)).toBe('not a text file (binary data at byte 8)');
    const controls = Buffer.from('abc\x01\x02\x03\x04def\x05\x06');
    expect(reason(controls)).toBe('not a text file (binary data at byte 3)');
  });

  it('lets one stray control byte through as text', () => {
    expect(decodeCharset(Buffer.from('问题\x07一'), 'x').text).toBe('问题\x07一');
  });

  it('refuses truncated GB18030 instead of returning replacement characters', () => {
    const bytes = iconv.encode(SAMPLE.trimEnd(), 'gb18030');
    expect(reason(bytes.subarray(0, bytes.length - 1))).toMatch(/^truncated GB18030 text at byte \d+$/);
    const broken = Buffer.concat([bytes.subarray(0, 9), Buffer.from([0x81, 0x0a]), bytes.subarray(9)]); // 问题一:近 is 9 bytes
    expect(reason(broken)).toBe('invalid GB18030 text at byte 9');
  });

  it('accepts a real U+FFFD in GB18030 text', () => {
    const text = '数据缺失\ufffd的段落,不是截断的文件。';
    expect(decodeCharset(iconv.encode(text, 'gb18030'), 'x').text).toBe(text);
  });

  it('refuses odd-length UTF-16', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), utf16(SAMPLE, 'le'), Buffer.from([0x41])]);
    expect(reason(bytes)).toMatch(/^truncated UTF-16LE text/);
  });

  it('decodes a declared non-GB charset (e.g. Big5) for bytes that are not UTF-8', () => {
    const text = '臺灣的政府網站頁面,以大五碼存檔。';
    expect(decodeCharset(iconv.encode(text, 'big5'), 'x.html', { declared: 'big5' })).toEqual({ text, encoding: 'big5' });
  });

  it('prefers valid UTF-8 over a stale GBK declaration', () => {
    expect(decodeCharset(Buffer.from(SAMPLE), 'x.html', { declared: 'gbk' })).toEqual({ text: SAMPLE, encoding: 'utf-8' });
  });

  // text as it comes: no C0 controls but line ends, not starting with a BOM
  const textChar = fc
    .string({ unit: 'binary', minLength: 1, maxLength: 200 })
    .map((s) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufeff]/g, ''))
    .filter((s) => s.length > 0);

  it('round-trips any text through UTF-8 and UTF-16 with BOM', () => {
    fc.assert(
      fc.property(textChar, (text) => {
        expect(decodeCharset(Buffer.from(text, 'utf8'), 'x').text).toBe(text);
        expect(decodeCharset(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'x').text).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips Chinese prose through GB18030', () => {
    const han = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c));
    const piece = fc.oneof(han, han, han, fc.constantFrom(',', '。', '、', '“', '”', '\n', '1', '5.6', '%', 'A'));
    const prose = fc.array(piece, { minLength: 20, maxLength: 200 }).map((a) => a.join(''));
    fc.assert(
      fc.property(prose, (text) => {
        const decoded = decodeCharset(iconv.encode(text, 'gb18030'), 'x');
        expect(decoded.text).toBe(text);
        expect(decoded.encoding).toBe('gb18030');
      }),
      { numRuns: 300 },
    );
  });

  it('never throws anything but a JieduError on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 300 }), (bytes) => {
        try {
          const { text } = decodeCharset(bytes, 'x');
          expect(text).not.toContain('\ufffd');
        } catch (err) {
          expect(err).toBeInstanceOf(JieduError);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
