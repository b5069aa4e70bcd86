import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/**
 * Lexicons (units, markers, suffixes, status verbs …) are YAML files in data/.
 * Each is read once per process, on first use. The path works from src/ (tests)
 * and from dist/ (the built CLI): both sit one folder below the package root.
 */
const cache = new Map<string, unknown>();

export function dataPath(name: string): URL {
  return new URL(`../data/${name}`, import.meta.url);
}

export function loadLexicon<T>(name: string): T {
  let value = cache.get(name);
  if (value === undefined) {
    value = parse(readFileSync(dataPath(name), 'utf8')) as unknown;
    cache.set(name, value);
  }
  return value as T;
}
