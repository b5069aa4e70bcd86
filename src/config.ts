/**
 * `jiedu.config.yaml`: found upward from the working directory, or named with
 * `--config`. Dictionaries, eval thresholds and output defaults. Validated
 * with zod; a bad config is an input error (exit 2) naming the path inside it.
 * Relative paths in it are relative to the config file's folder.
 *
 * ```yaml
 * dictionaries: [dict/wenzhou.txt]     # nodejieba user dictionaries
 * eval:
 *   min_f1: {numbers: 0.97, targets: 0.9, projects: 0.9}
 * output:
 *   width: 80                          # summary and eval tables
 *   color: auto                        # auto | always | never
 * summary:
 *   rows: 10                           # rows per table before "… N more" (0: all)
 *   keywords: 8                        # keywords per exchange
 * ```
 * Other top-level sections are left to the commands that own them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { JieduError } from './errors.js';
import { formatIssuePath } from './eval/gold.js';

export const CONFIG_NAME = 'jiedu.config.yaml';

const f1 = z.number().min(0).max(1);

const configSchema = z
  .object({
    dictionaries: z.array(z.string().min(1)).optional(),
    eval: z
      .object({ min_f1: z.object({ numbers: f1.optional(), targets: f1.optional(), projects: f1.optional() }).strict().optional() })
      .strict()
      .optional(),
    output: z
      .object({
        format: z.enum(['yaml', 'json', 'jsonl']).optional(),
        width: z.number().int().min(40).max(1000).optional(),
        color: z.enum(['auto', 'always', 'never']).optional(),
      })
      .strict()
      .optional(),
    summary: z
      .object({ rows: z.number().int().min(0).optional(), keywords: z.number().int().min(0).max(50).optional() })
      .strict()
      .optional(),
  })
  .passthrough();

export type Config = z.infer<typeof configSchema>;

export interface LoadedConfig {
  /** The file it came from; null when no config file was found. */
  path: string | null;
  config: Config;
  /** Absolute paths of the user dictionaries. */
  dictionaries: string[];
}

import { EMPTY_CONFIG as EMPTY } from './config-state.js';

/** The nearest `jiedu.config.yaml` from `dir` upward, or null. */
export function findConfig(dir: string): string | null {
  let current = resolve(dir);
  for (;;) {
    const candidate = join(current, CONFIG_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

export function parseConfig(text: string, file: string): LoadedConfig {
  let data: unknown;
  try {
    data = parseYaml(text) as unknown;
  } catch (err) {
    if (err instanceof YAMLParseError) {
      const at = err.linePos?.[0];
      throw new JieduError(`${at ? `line ${at.line}, column ${at.col}: ` : ''}invalid YAML in config`, 2, file);
    }
    throw err;
  }
  if (data === null || data === undefined) data = {};
  const parsed = configSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new JieduError(`${formatIssuePath(issue.path, data)}: ${issue.message.charAt(0).toLowerCase()}${issue.message.slice(1)}`, 2, file);
  }
  const base = dirname(resolve(file));
  return { path: file, config: parsed.data, dictionaries: (parsed.data.dictionaries ?? []).map((d) => resolve(base, d)) };
}

/** Reads `--config FILE`, or the nearest config upward from `cwd`, or none. */
export function loadConfig(explicit: string | undefined, cwd = process.cwd()): LoadedConfig {
  const file = explicit ?? findConfig(cwd);
  if (file === null) return EMPTY;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new JieduError(code === 'ENOENT' ? 'no such config file' : (err as Error).message, 2, file);
  }
  const loaded = parseConfig(text, file);
  for (const dict of loaded.dictionaries) {
    if (!existsSync(dict)) throw new JieduError(`dictionaries: no such file ${dict}`, 2, file);
  }
  return loaded;
}

export { activeConfig, setActiveConfig, userDictFor } from './config-state.js';
