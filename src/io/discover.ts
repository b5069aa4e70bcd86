/**
 * Input discovery for batch runs: files named on the command line, folders
 * walked recursively, globs (`'archive/**\/*.html'`), minus what
 * `.jieduignore` files and hidden names leave out. Whatever cannot be walked
 * or resolved (a symlink loop, a dangling link, an unreadable folder, a folder
 * named like an input) comes back as an entry with an error, so the batch can
 * account for it: discovery itself never throws for one bad path.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import type { Dirent, Stats } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { globToRegExp, hasGlobMagic, splitGlob } from './glob.js';
import { IgnoreRules } from './ignore.js';

export const INPUT_EXTENSIONS = ['.txt', '.html', '.htm'];

export interface DiscoveredInput {
  /** The path as the user would write it (the argument joined with the walk). */
  path: string;
  /** Path below the argument it was found from (`/` separators): mirrored under --out. */
  rel: string;
  /** Why this input cannot be processed, when discovery already knows. */
  error?: string;
}

export interface DiscoverOptions {
  cwd?: string;
  extensions?: string[];
  /** Folders never walked into (e.g. the output folder). */
  exclude?: string[];
}

/** One-line reason for a file-system error. */
export function fsReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EISDIR':
      return 'is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'symlink loop (too many levels of symbolic links)';
    case 'ENOTDIR':
      return 'not a directory';
    default:
      return err instanceof Error ? (err.message.split('\n')[0] ?? String(err)) : String(err);
  }
}

class Walker {
  readonly found: DiscoveredInput[] = [];
  private readonly seen = new Set<string>();
  private readonly ignore = new IgnoreRules();
  private readonly ignoreLoaded = new Set<string>();
  private readonly exclude: Set<string>;

  constructor(
    private readonly cwd: string,
    private readonly extensions: string[],
    exclude: string[],
  ) {
    this.exclude = new Set(exclude.map((d) => resolve(cwd, d)));
    this.loadIgnore(cwd);
  }

  wanted(name: string): boolean {
    const lower = name.toLowerCase();
    return this.extensions.some((ext) => lower.endsWith(ext));
  }

  add(entry: DiscoveredInput): void {
    const key = resolve(this.cwd, entry.path);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.found.push(entry);
  }

  private loadIgnore(dir: string): void {
    const abs = resolve(this.cwd, dir);
    if (this.ignoreLoaded.has(abs)) return;
    this.ignoreLoaded.add(abs);
    this.ignore.loadFrom(abs);
  }

  /**
   * Walks `dir` (as the user spelled it), reporting files whose path below
   * `root` matches `match` (or has an input extension when no pattern).
   */
  async walk(dir: string, root: string, match: RegExp | null, ancestors: string[]): Promise<void> {
    const abs = resolve(this.cwd, dir);
    let real: string;
    let entries: Dirent[];
    try {
      real = await realpath(abs);
      entries = await readdir(abs, { withFileTypes: true });
    } catch (err) {
      this.add({ path: dir, rel: this.relOf(dir, root), error: `cannot list folder: ${fsReason(err)}` });
      return;
    }
    if (this.exclude.has(abs) || this.exclude.has(real)) return;
    this.loadIgnore(dir);
    const chain = [...ancestors, real];
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue; // hidden files, ignore files, temporary outputs
      const path = join(dir, entry.name);
      const rel = this.relOf(path, root);
      const named = match ? match.test(rel) : this.wanted(entry.name);
      let info: Stats | null = null;
      let isDir = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        try {
          info = await stat(resolve(this.cwd, path));
          isDir = info.isDirectory();
        } catch (err) {
          if (named) this.add({ path, rel, error: fsReason(err) });
          continue;
        }
      }
      if (this.ignore.ignores(resolve(this.cwd, path), isDir)) continue;
      if (isDir) {
        if (named && (!match || this.wanted(entry.name))) this.add({ path, rel, error: 'is a directory' });
        if (entry.isSymbolicLink()) {
          const target = await realpath(resolve(this.cwd, path)).catch(() => null);
          if (target && chain.includes(target)) {
            // reported in folder walks; a glob asks only for what it names
            if (!named && !match) this.add({ path, rel, error: `symlink loop (leads back to ${relative(this.cwd, target) || '.'})` });
            continue;
          }
        }
        await this.walk(path, root, match, chain);
        continue;
      }
      if (named && (!match || this.wanted(entry.name))) this.add({ path, rel });
    }
  }

  private relOf(path: string, root: string): string {
    const rel = relative(resolve(this.cwd, root), resolve(this.cwd, path));
    return rel.split('\\').join('/');
  }
}

/**
 * Expands the batch arguments into inputs, in a stable order (arguments in
 * order, each walked in name order), without duplicates.
 */
export async function discoverInputs(args: string[], options: DiscoverOptions = {}): Promise<DiscoveredInput[]> {
  const cwd = options.cwd ?? process.cwd();
  const walker = new Walker(cwd, options.extensions ?? INPUT_EXTENSIONS, options.exclude ?? []);
  for (const arg of args) {
    let info: Stats | null = null;
    let failure: unknown = null;
    try {
      info = await stat(resolve(cwd, arg));
    } catch (err) {
      failure = err;
    }
    if (info?.isDirectory()) {
      await walker.walk(arg, arg, null, []);
    } else if (info) {
      walker.add({ path: arg, rel: basename(arg) });
    } else if (hasGlobMagic(arg) && (failure as NodeJS.ErrnoException)?.code === 'ENOENT') {
      const { base, rest } = splitGlob(arg);
      await walker.walk(base, base, globToRegExp(rest), []);
    } else {
      walker.add({ path: arg, rel: basename(arg), error: fsReason(failure) });
    }
  }
  return walker.found;
}
