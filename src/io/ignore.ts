/**
 * `.jieduignore`: gitignore-like lines that keep inputs out of a batch.
 *
 * - blank lines and `#` comments are skipped; `\#` and `\!` escape;
 * - `!pattern` re-includes what an earlier line ignored (the last match wins);
 * - `dir/` matches directories only;
 * - a pattern with a `/` in it (other than at the end) is anchored to the
 *   folder of the ignore file; one without matches a name at any depth;
 * - an ignored directory is not walked.
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { globSource } from './glob.js';

export const IGNORE_FILE = '.jieduignore';

interface Rule {
  /** Absolute folder the rule is relative to. */
  base: string;
  negate: boolean;
  dirOnly: boolean;
  regex: RegExp;
}

export function parseIgnore(content: string, base: string): Rule[] {
  const rules: Rule[] = [];
  for (const raw of content.split(/\r?\n/)) {
    let line = raw.replace(/(?<!\\)\s+$/, '');
    if (line.length === 0 || line.startsWith('#')) continue;
    let negate = false;
    if (line.startsWith('!')) {
      negate = true;
      line = line.slice(1);
    } else if (line.startsWith('\\!') || line.startsWith('\\#')) {
      line = line.slice(1);
    }
    let dirOnly = false;
    if (line.endsWith('/')) {
      dirOnly = true;
      line = line.slice(0, -1);
    }
    if (line.length === 0) continue;
    const anchored = line.includes('/');
    if (line.startsWith('/')) line = line.slice(1);
    const body = globSource(line);
    // the path itself, or anything below it
    const regex = new RegExp(`^${anchored ? '' : '(?:.*/)?'}${body}(?:/.*)?$`, 'u');
    rules.push({ base, negate, dirOnly, regex });
  }
  return rules;
}

/** Ignore rules gathered from the ignore files met on the way. */
export class IgnoreRules {
  private readonly rules: Rule[] = [];

  /** Reads `<dir>/.jieduignore` when there is one. */
  loadFrom(dir: string): void {
    let content: string;
    try {
      content = readFileSync(join(dir, IGNORE_FILE), 'utf8');
    } catch {
      return;
    }
    this.rules.push(...parseIgnore(content, dir));
  }

  add(content: string, base: string): void {
    this.rules.push(...parseIgnore(content, base));
  }

  /** `abs` is an absolute path; `isDir` whether it is a directory. */
  ignores(abs: string, isDir: boolean): boolean {
    let ignored = false;
    for (const rule of this.rules) {
      const rel = relative(rule.base, abs);
      if (rel === '' || rel.startsWith('..')) continue;
      const posix = sep === '/' ? rel : rel.split(sep).join('/');
      // a dir-only rule matches a file only through the folder it sits in
      const subject = rule.dirOnly && !isDir ? posix.slice(0, Math.max(0, posix.lastIndexOf('/'))) : posix;
      if (subject.length > 0 && rule.regex.test(subject)) ignored = !rule.negate;
    }
    return ignored;
  }
}
