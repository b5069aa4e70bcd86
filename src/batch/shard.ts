/**
 * `--shard K/N`: a stable share of the inputs, chosen by a hash of each
 * input's path, so N machines given the same arguments split an archive with
 * no coordination and together cover every input exactly once.
 */
import { createHash } from 'node:crypto';
import { JieduError } from '../errors.js';

export interface Shard {
  /** 1-based index of this share. */
  index: number;
  count: number;
}

export function parseShard(spec: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(spec.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new JieduError(`--shard takes K/N with 1 <= K <= N (got "${spec}")`, 2);
  }
  return { index, count };
}

/** Which share (1..N) a path belongs to: the first 32 bits of its SHA-1, modulo N. */
export function shardOf(path: string, count: number): number {
  const key = path.split('\\').join('/').replace(/^(?:\.\/)+/, '');
  const digest = createHash('sha1').update(key).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

export function inShard(path: string, shard: Shard | null): boolean {
  return shard === null || shardOf(path, shard.count) === shard.index;
}
