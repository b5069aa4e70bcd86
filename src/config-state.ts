/**
 * The config in force for this run, set by the CLI before a command runs.
 * Kept apart from src/config.ts (which validates with zod) so that commands
 * can read it without loading the validator at start-up.
 */
import type { LoadedConfig } from './config.js';

export const EMPTY_CONFIG: LoadedConfig = { path: null, config: {}, dictionaries: [] };

let active: LoadedConfig = EMPTY_CONFIG;

/** Set once by the CLI before a command runs. */
export function setActiveConfig(config: LoadedConfig): void {
  active = config;
}

export function activeConfig(): LoadedConfig {
  return active;
}

/**
 * The user dictionary to hand to the segmenter: `--dict` wins, else the
 * config's dictionaries (cppjieba reads several paths joined with `|`).
 */
export function userDictFor(explicit: string | undefined, config: LoadedConfig = active): string | undefined {
  if (explicit) return explicit;
  return config.dictionaries.length > 0 ? config.dictionaries.join('|') : undefined;
}
