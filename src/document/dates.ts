/**
 * Dates as pages write them → ISO 8601. Only full dates with a year count:
 * a month and day without a year gives null (annotation.md, settled cases).
 */
const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function cnSmall(s: string): number | null {
  // 一 … 三十一, and 〇/零-digit years (二〇二三)
  if (/^\d+$/.test(s)) return Number(s);
  if (s.length === 4 && [...s].every((c) => c in CN_DIGITS && c !== '十')) {
    return Number([...s].map((c) => CN_DIGITS[c]).join(''));
  }
  if (!/^[一二三四五六七八九十]+$/.test(s)) return null;
  const i = s.indexOf('十');
  if (i < 0) return s.length === 1 ? (CN_DIGITS[s] ?? null) : null;
  const tens = i === 0 ? 1 : (CN_DIGITS[s[0]!] ?? 0);
  const ones = i === s.length - 1 ? 0 : (CN_DIGITS[s[s.length - 1]!] ?? 0);
  return tens * 10 + ones;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function iso(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const NUMERIC = /(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})/;
const CHINESE = /([\d〇零一二三四五六七八九]{4})\s*年\s*([\d一二三四五六七八九十]{1,3})\s*月\s*([\d一二三四五六七八九十]{1,3})\s*[日号]/;

/** The first full date in `s` (2022-09-16, 2022/9/16, 2023年1月5日, 二〇二三年一月五日), as ISO, or null. */
export function findDate(s: string): { iso: string; index: number; length: number } | null {
  const candidates: { iso: string; index: number; length: number }[] = [];
  const n = NUMERIC.exec(s);
  if (n) {
    const v = iso(Number(n[1]), Number(n[2]), Number(n[3]));
    if (v) candidates.push({ iso: v, index: n.index, length: n[0].length });
  }
  const c = CHINESE.exec(s);
  if (c) {
    const y = cnSmall(c[1]!);
    const m = cnSmall(c[2]!);
    const d = cnSmall(c[3]!);
    const v = y !== null && m !== null && d !== null ? iso(y, m, d) : null;
    if (v) candidates.push({ iso: v, index: c.index, length: c[0].length });
  }
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0] ?? null;
}

export function normalizeDate(s: string): string | null {
  return findDate(s)?.iso ?? null;
}
