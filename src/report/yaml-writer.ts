/**
 * A small YAML writer for plain data (objects, arrays, strings, numbers,
 * booleans, null), much faster than building a YAML document tree: batch
 * output is written through it. Strings are left plain only where no YAML
 * 1.1 or 1.2 reader can take them for anything else; otherwise they are
 * double-quoted (JSON string syntax is valid YAML). Small records print on
 * one line: arrays of scalars, and objects the caller's `flow` test picks.
 */
export type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };

export interface YamlOptions {
  /** Whether an object (under `key`) prints on one line as `{a: 1, b: 2}`. */
  flow: (value: { [key: string]: Plain }, key: string | null) => boolean;
}

const RESERVED = /^(?:~|=|null|true|false|yes|no|on|off|y|n)$/i;
/** What a string may hold to stay plain inside [ ] or { } (PyYAML is strict there). */
const FLOW_PLAIN = /^[\p{L}\p{N}_/.\u00b7\u3001-]+$/u;
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
const NUMBERLIKE = /^[-+.]?\d|^\.(?:inf|nan)$/i;

function plainSafe(s: string): boolean {
  return (
    s.length > 0 &&
    !INDICATOR.test(s) &&
    !NUMBERLIKE.test(s) &&
    !RESERVED.test(s) &&
    !/\s$/.test(s) &&
    !/: |:$| #|[\u0000-\u001f\u007f\u0085\u2028\u2029\ufeff]/.test(s)
  );
}

function scalar(v: string | number | boolean | null, inFlow: boolean): string {
  if (v === null) return 'null';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : v > 0 ? '.inf' : v < 0 ? '-.inf' : '.nan';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  // in a flow collection only words and a few marks stay plain
  if (plainSafe(v) && (!inFlow || FLOW_PLAIN.test(v))) return v;
  return JSON.stringify(v);
}

const isScalar = (v: Plain): v is string | number | boolean | null => v === null || typeof v !== 'object';

function key(k: string): string {
  return plainSafe(k) && FLOW_PLAIN.test(k) ? k : JSON.stringify(k);
}

function flowValue(v: Plain): string {
  if (isScalar(v)) return scalar(v, true);
  if (Array.isArray(v)) return `[${v.map(flowValue).join(', ')}]`;
  return `{${Object.entries(v).map(([k, x]) => `${key(k)}: ${flowValue(x)}`).join(', ')}}`;
}

function isFlat(v: Plain): boolean {
  return isScalar(v) || (Array.isArray(v) && v.every(isScalar));
}

export function writeYaml(value: Plain, options: YamlOptions): string {
  const out: string[] = [];
  const inline = (v: Plain, k: string | null): string | null => {
    if (isScalar(v)) return scalar(v, false);
    if (Array.isArray(v)) return v.length === 0 || v.every(isScalar) ? flowValue(v) : null;
    if (Object.keys(v).length === 0) return '{}';
    return Object.values(v).every(isFlat) && options.flow(v, k) ? flowValue(v) : null;
  };
  const block = (v: Plain, indent: string, k: string | null): void => {
    if (Array.isArray(v)) {
      for (const item of v) {
        const one = inline(item, k);
        if (one !== null) out.push(`${indent}- ${one}`);
        else if (Array.isArray(item)) {
          out.push(`${indent}-`);
          block(item, `${indent}  `, k);
        } else {
          // "- first: …" then the other keys aligned under it
          const start = out.length;
          block(item, `${indent}  `, k);
          out[start] = `${indent}- ${out[start]!.slice(indent.length + 2)}`;
        }
      }
      return;
    }
    for (const [name, item] of Object.entries(v as { [key: string]: Plain })) {
      const one = inline(item, name);
      if (one !== null) out.push(`${indent}${key(name)}: ${one}`);
      else {
        out.push(`${indent}${key(name)}:`);
        block(item, `${indent}  `, name);
      }
    }
  };
  const top = inline(value, null);
  const empty = !isScalar(value) && (Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0);
  if (top !== null && (isScalar(value) || empty)) return `${top}\n`;
  block(value, '', null);
  return `${out.join('\n')}\n`;
}
