import { Command, InvalidArgumentError } from 'commander';
import { activeConfig, userDictFor } from '../config-state.js';
import { errorLine, JieduError } from '../errors.js';
import type { Result } from '../types.js';

/** The options every command can read with `optsWithGlobals()`. */
export interface GlobalOptions {
  debug?: boolean;
  quiet?: boolean;
  /** true for --color, false for --no-color, undefined when neither. */
  color?: boolean;
  config?: string;
}

interface SummaryOptions {
  width?: number;
  rows?: number;
  keywords?: number;
  dict?: string;
}

function parseCount(min: number, what: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`${what} must be a whole number ≥ ${min}`);
    return n;
  };
}

/** `--width N`: at least 40 columns. */
export const parseWidth = parseCount(40, 'width');

export function registerSummary(program: Command): void {
  program
    .command('summary', { isDefault: true })
    .description('tables an analyst reads at a glance: header, exchanges, numbers, targets, projects, keywords (the default command)')
    .argument('<inputs...>', 'transcript files (.txt or .html), or - for standard input')
    .option('--width <n>', 'fit the tables to N columns (default 80)', parseWidth)
    .option('--rows <n>', 'rows per table before "… N more"; 0 shows all (default 10)', parseCount(0, 'rows'))
    .option('--keywords <n>', 'keywords per exchange; 0 for none (default 8)', parseCount(0, 'keywords'))
    .option('--dict <file>', 'nodejieba user dictionary')
    .addHelpText(
      'after',
      '\nExamples:\n  $ jiedu fixtures/yueqing-2022-09-16.txt\n  $ jiedu summary --width 120 --rows 0 fixtures/*.txt\n  $ jiedu summary --no-color fixtures/yueqing-2022-09-16.txt > summary.txt',
    )
    .action(async (inputs: string[], options: SummaryOptions, command: Command) => {
      process.exitCode = await runSummary(inputs, options, command.optsWithGlobals<GlobalOptions>());
    });
}

async function runSummary(inputs: string[], options: SummaryOptions, globals: GlobalOptions): Promise<number> {
  const config = activeConfig();
  // loaded on use: `jiedu --help` never loads the pipeline's segmenter
  const { analyzeDetailed, readInput } = await import('../pipeline.js');
  const { renderSummary } = await import('../report/summary.js');
  const { renderCombined } = await import('../report/summary-combined.js');
  const { exchangeKeywords } = await import('../report/summary-keywords.js');
  const { chalkFor } = await import('../report/color.js');
  const width = options.width ?? config.config.output?.width ?? 80;
  const chalk = chalkFor(process.stdout, globals.color, config.config.output?.color);
  const rows = options.rows ?? config.config.summary?.rows ?? 10;
  const topN = options.keywords ?? config.config.summary?.keywords ?? 8;
  const dict = userDictFor(options.dict, config);
  const results: Result[] = [];
  let failed = false;
  for (const path of inputs) {
    try {
      const analysis = analyzeDetailed(await readInput(path), dict ? { userDict: dict } : {});
      const keywords = exchangeKeywords(analysis.doc, topN);
      if (results.length > 0) process.stdout.write('\n');
      process.stdout.write(renderSummary(analysis.result, { width, chalk, rows, keywords }));
      results.push(analysis.result);
    } catch (err) {
      failed = true;
      const line = err instanceof JieduError && err.file ? errorLine(err) : `${path}: ${errorLine(err)}`;
      process.stderr.write(`jiedu: ${line}\n`);
      if (globals.debug && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
    }
  }
  if (results.length > 1) process.stdout.write(`\n${renderCombined(results, { width, chalk, rows })}`);
  return failed ? 2 : 0;
}
