/**
 * Atomic file writes: the data goes to a temporary file beside the target,
 * then a rename puts it in place, so a killed run never leaves half a file.
 */
import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';

let counter = 0;

/** Marks temporary files; discovery skips them and cleanup finds them. */
export const TEMP_MARK = '.jiedu-tmp-';

/** The temporary name used for `target` by this thread. */
export function tempPathFor(target: string): string {
  counter++;
  return join(dirname(target), `.${basename(target)}${TEMP_MARK}${process.pid}-${threadId}-${counter}`);
}

export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  const tmp = tempPathFor(target);
  try {
    await writeFile(tmp, data);
    await rename(tmp, target);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}
