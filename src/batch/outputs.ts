/**
 * Output names: each input's path below its argument, mirrored under --out
 * with the format's extension (`2022/a.txt` → `2022/a.yaml`). When two inputs
 * would land on the same name (`a.txt` and `a.html`, or the same relative path
 * under two arguments), the later one keeps its own extension (`a.html.yaml`),
 * then gets a counter. Names are given over the whole discovered set, before
 * sharding, so every machine of a sharded run agrees on them.
 */
import { posix } from 'node:path';

/** Makes a relative path safe to place under the output folder (no `..`, no absolute root). */
function safeRel(rel: string): string {
  const parts = rel
    .split('/')
    .filter((p) => p.length > 0 && p !== '.')
    .map((p) => (p === '..' ? '__' : p));
  return parts.length > 0 ? parts.join('/') : 'input';
}

export function assignOutputNames(rels: string[], extension: string, reserved: string[] = []): string[] {
  const taken = new Set<string>(reserved.map((r) => r.toLowerCase()));
  const names: string[] = [];
  for (const rel of rels) {
    const safe = safeRel(rel);
    const ext = posix.extname(safe);
    const stem = ext.length > 0 ? safe.slice(0, -ext.length) : safe;
    const candidates = [`${stem}${extension}`, `${safe}${extension}`];
    let name = candidates.find((c) => !taken.has(c.toLowerCase()));
    for (let n = 2; name === undefined; n++) {
      const c = `${safe}~${n}${extension}`;
      if (!taken.has(c.toLowerCase())) name = c;
    }
    taken.add(name.toLowerCase());
    names.push(name);
  }
  return names;
}
