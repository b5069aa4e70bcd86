import { readFileSync } from 'node:fs';

let cached: string | null = null;

/** jiedu's version (package.json), recorded in every index row: a new version redoes every input. */
export function jieduVersion(): string {
  if (cached === null) {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    cached = pkg.version;
  }
  return cached;
}
