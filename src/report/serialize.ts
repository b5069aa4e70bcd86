import { writeYaml, type Plain } from './yaml-writer.js';
import type { Result } from '../types.js';
import type { OutputFormat } from './formats.js';

export { OUTPUT_FORMATS, extensionOf, type OutputFormat } from './formats.js';

/** Keys whose values print on one line: spans, periods, speakers, meta. */
const FLOW_KEYS = new Set(['period', 'question', 'answer', 'speaker', 'meta']);

/**
 * One jiedu/v1 YAML document. Strings that a YAML 1.1 reader (PyYAML) would
 * take for dates, numbers or booleans are quoted; small records (sections,
 * mentions, attributes) print one per line.
 */
export function toYaml(result: Result): string {
  return writeYaml(result as unknown as Plain, {
    flow: (value, key) => {
      if (key !== null && FLOW_KEYS.has(key)) return true;
      const keys = Object.keys(value);
      return keys.length <= 4 && (keys.includes('span') || keys.includes('number'));
    },
  });
}

export function toJson(result: Result): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

export function toJsonl(result: Result): string {
  return `${JSON.stringify(result)}\n`;
}

export function serialize(result: Result, format: OutputFormat): string {
  switch (format) {
    case 'yaml':
      return toYaml(result);
    case 'json':
      return toJson(result);
    case 'jsonl':
      return toJsonl(result);
  }
}
