/**
 * The one place that decides whether output is coloured, and how much.
 * Order: `--no-color` / `--color` flags, then FORCE_COLOR (it wins over
 * NO_COLOR, as in Node itself), then NO_COLOR, then the config's
 * `output.color`, then the terminal: colour only on a TTY, never for
 * TERM=dumb. Tables are built with an explicit Chalk instance at that level,
 * never with chalk's own auto-detection.
 */
import { Chalk, type ChalkInstance } from 'chalk';

export type ColorLevel = 0 | 1 | 2 | 3;

export interface ColorContext {
  /** true for --color, false for --no-color, undefined when neither was given. */
  flag?: boolean | undefined;
  /** output.color from the config file. */
  setting?: 'auto' | 'always' | 'never' | undefined;
  env: Record<string, string | undefined>;
  isTTY: boolean;
}

function terminalLevel(env: ColorContext['env']): ColorLevel {
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  if (/-256(color)?$/i.test(env.TERM ?? '')) return 2;
  return 1;
}

function forced(value: string): ColorLevel {
  if (value === '0' || value.toLowerCase() === 'false') return 0;
  if (value === '2') return 2;
  if (value === '3') return 3;
  return 1;
}

export function colorLevel(ctx: ColorContext): ColorLevel {
  const { env } = ctx;
  if (ctx.flag === false) return 0;
  if (ctx.flag === true) return env.FORCE_COLOR !== undefined && forced(env.FORCE_COLOR) > 0 ? forced(env.FORCE_COLOR) : terminalLevel(env);
  if (env.FORCE_COLOR !== undefined) return forced(env.FORCE_COLOR);
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (ctx.setting === 'never') return 0;
  if (ctx.setting === 'always') return terminalLevel(env);
  if (!ctx.isTTY || env.TERM === 'dumb') return 0;
  return terminalLevel(env);
}

export function makeChalk(level: ColorLevel): ChalkInstance {
  return new Chalk({ level });
}

/** The Chalk instance for a stream, from the flags, environment and config. */
export function chalkFor(stream: { isTTY?: boolean }, flag?: boolean, setting?: ColorContext['setting']): ChalkInstance {
  return makeChalk(colorLevel({ flag, setting, env: process.env, isTTY: Boolean(stream.isTTY) }));
}
