import { Document, isMap, isPair, isScalar, isSeq, visit } from 'yaml';
import type { Result } from '../types.js';

import type { OutputFormat } from './formats.js';

export { OUTPUT_FORMATS, extensionOf, type OutputFormat } from './formats.js';

/** Keys whose values print on one line in YAML: spans and small records. */
const FLOW_KEYS = new Set(['span', 'sentence', 'heading_span', 'period', 'question', 'answer', 'speaker', 'meta', 'breadcrumb']);

/** One jiedu/v1 YAML document (with a leading `---` when it is not the first). */
export function toYaml(result: Result): string {
  // YAML 1.1 rules for quoting, so that readers on either version (PyYAML reads
  // 1.1) get strings back: dates like 2022-09-16 are quoted, not left to parse as dates
  const doc = new Document(result, { version: '1.1' });
  visit(doc, {
    Pair(_, pair) {
      if (!isPair(pair) || !isScalar(pair.key)) return;
      const key = String(pair.key.value);
      if (FLOW_KEYS.has(key) && (isSeq(pair.value) || isMap(pair.value))) pair.value.flow = true;
    },
    Map(_, map) {
      // small records (sections, mentions, attributes) print one per line
      const simple = map.items.every((p) => isPair(p) && (isScalar(p.value) || (isSeq(p.value) && p.value.items.every(isScalar))));
      const keys = map.items.map((p) => (isPair(p) && isScalar(p.key) ? String(p.key.value) : ''));
      if (simple && keys.length <= 4 && (keys.includes('span') || keys.includes('number'))) map.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
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
