/**
 * Project names as the scorer compares them (annotation.md): normalising
 * drops quotes, brackets and white space; two names match when equal, or when
 * one contains the other and the shorter is at least 60% of the longer.
 */
const DROPPED = /[\s"'“”‘’„‟«»‹›「」『』〝〞〟＂＇()（）[\]［］{}｛｝【】〔〕〖〗《》〈〉<>＜＞]/gu;

export function normaliseName(name: string): string {
  return name.replace(DROPPED, '');
}

/** Length in code points (the unit the 60% rule counts in). */
function length(s: string): number {
  return [...s].length;
}

export const CONTAINMENT_RATIO = 0.6;

/**
 * For two normalised names: 1 when equal, shorter/longer when one contains
 * the other and that ratio is at least 60%, otherwise null.
 */
export function projectNamesMatch(a: string, b: string): number | null {
  if (a.length === 0 || b.length === 0) return null;
  if (a === b) return 1;
  const [short, long] = length(a) <= length(b) ? [a, b] : [b, a];
  if (!long.includes(short)) return null;
  const ratio = length(short) / length(long);
  return ratio >= CONTAINMENT_RATIO ? ratio : null;
}
