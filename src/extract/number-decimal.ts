/**
 * Exact decimals for numeral values: `digits / 10^scale` with a BigInt
 * mantissa, so 16.4亿 is 1640000000 exactly (never 1639999999.9998).
 */
export interface Dec {
  readonly digits: bigint;
  readonly scale: number;
}

export const ZERO: Dec = { digits: 0n, scale: 0 };

const pow10 = (k: number): bigint => 10n ** BigInt(k);

/** From an integer part and a fraction part written in ASCII digits ("16", "4"). */
export function decFromParts(int: string, frac = ''): Dec {
  const i = int === '' ? '0' : int;
  return normalise({ digits: BigInt(i + frac), scale: frac.length });
}

export function decFromInt(n: number | bigint): Dec {
  return { digits: BigInt(n), scale: 0 };
}

function normalise(d: Dec): Dec {
  let { digits, scale } = d;
  while (scale > 0 && digits % 10n === 0n) {
    digits /= 10n;
    scale--;
  }
  return { digits, scale };
}

function align(a: Dec, b: Dec): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.digits * pow10(scale - a.scale), b.digits * pow10(scale - b.scale), scale];
}

export function decAdd(a: Dec, b: Dec): Dec {
  const [x, y, scale] = align(a, b);
  return normalise({ digits: x + y, scale });
}

export function decMul(a: Dec, b: Dec): Dec {
  return normalise({ digits: a.digits * b.digits, scale: a.scale + b.scale });
}

/** Multiplies by 10^k (k may be negative). */
export function decShift(a: Dec, k: number): Dec {
  if (k >= 0) return normalise({ digits: a.digits * pow10(k), scale: a.scale });
  return normalise({ digits: a.digits, scale: a.scale - k });
}

export function decIsZero(a: Dec): boolean {
  return a.digits === 0n;
}

/** Plain decimal notation ("1640000000", "17.6", "0.5"). */
export function decToString(a: Dec): string {
  const neg = a.digits < 0n;
  let s = (neg ? -a.digits : a.digits).toString();
  if (a.scale > 0) {
    s = s.padStart(a.scale + 1, '0');
    s = `${s.slice(0, s.length - a.scale)}.${s.slice(s.length - a.scale)}`;
  }
  return neg ? `-${s}` : s;
}

/** The nearest double (exact for every integer below 2^53). */
export function decToNumber(a: Dec): number {
  return Number(decToString(a));
}

/** a / b as a double, for fractions (三分之一): exact when the quotient terminates. */
export function decDivToNumber(a: Dec, b: Dec): number {
  const [x, y] = align(a, b);
  if (y === 0n) return NaN;
  // 30 significant decimal places of headroom, then one rounding into a double
  const q = (x * pow10(30)) / y;
  return decToNumber(normalise({ digits: q, scale: 30 }));
}
