/**
 * Glob patterns → regular expressions, for input discovery and ignore files.
 * Supports `**` (any number of directories), `*`, `?`, `[abc]`, `[!abc]` and
 * `{a,b}`; `\` escapes. Paths are matched with `/` separators. The compiled
 * expressions have no nested quantifiers, so matching is linear.
 */
import { escapeRegExp } from '../text/regex.js';

const MAGIC = /[*?[{]/;

export function hasGlobMagic(pattern: string): boolean {
  return MAGIC.test(pattern);
}

/** The source of a regex matching `glob` against a whole path (no anchors). */
export function globSource(glob: string): string {
  let out = '';
  let i = 0;
  let braces = 0;
  while (i < glob.length) {
    const c = glob[i]!;
    if (c === '\\' && i + 1 < glob.length) {
      out += escapeRegExp(glob[i + 1]!);
      i += 2;
      continue;
    }
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const atStart = i === 0 || glob[i - 1] === '/';
        const atEnd = i + 2 === glob.length || glob[i + 2] === '/';
        if (atStart && atEnd) {
          if (glob[i + 2] === '/') {
            out += '(?:[^/]*/)*'; // `**/`: zero or more directories
            i += 3;
          } else {
            out += '.*'; // trailing `**`: everything below
            i += 2;
          }
          continue;
        }
      }
      out += '[^/]*';
      i++;
      continue;
    }
    if (c === '?') {
      out += '[^/]';
      i++;
      continue;
    }
    if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) {
        out += '\\[';
        i++;
        continue;
      }
      let body = glob.slice(i + 1, close);
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) body = body.slice(1);
      out += `[${negate ? '^/' : ''}${body.replace(/[\\\]]/g, '\\$&')}]`;
      i = close + 1;
      continue;
    }
    if (c === '{') {
      braces++;
      out += '(?:';
      i++;
      continue;
    }
    if (c === '}' && braces > 0) {
      braces--;
      out += ')';
      i++;
      continue;
    }
    if (c === ',' && braces > 0) {
      out += '|';
      i++;
      continue;
    }
    out += escapeRegExp(c);
    i++;
  }
  while (braces-- > 0) out += ')';
  return out;
}

export function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${globSource(glob)}$`, 'u');
}

/** Splits a glob into the directory it can start walking from and the pattern below it. */
export function splitGlob(pattern: string): { base: string; rest: string } {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  while (parts.length > 1 && !hasGlobMagic(parts[0]!)) fixed.push(parts.shift()!);
  const base = fixed.length === 0 ? '.' : fixed.join('/') || '/';
  return { base, rest: parts.join('/') };
}
