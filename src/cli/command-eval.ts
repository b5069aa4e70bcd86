import { Command, Option } from 'commander';
import { activeConfig, userDictFor } from '../config-state.js';
import type { Thresholds } from '../eval/thresholds.js';
import { parseWidth, type GlobalOptions } from './command-summary.js';

interface EvalOptions {
  pred?: string;
  verbose?: boolean;
  format: 'text' | 'json';
  minF1?: string;
  width?: number;
  dict?: string;
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score jiedu against gold annotations (*.gold.yaml): P/R/F1 per kind, attribute accuracy')
    .argument('<golds...>', 'gold files, or folders searched for *.gold.yaml')
    .option('--pred <dir>', 'read predictions (x.yaml / x.json from jiedu extract -o) instead of running the extractor')
    .option('-v, --verbose', 'list every missed and spurious item with its sentence')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--min-f1 <spec>', 'fail (exit 1) below these F1 scores, e.g. numbers=0.97,targets=0.9,projects=0.9 (default: eval.min_f1 in jiedu.config.yaml)')
    .option('--width <n>', 'table width in columns (default 80)', parseWidth)
    .option('--dict <file>', 'nodejieba user dictionary')
    .addHelpText(
      'after',
      '\nExit status: 0 all thresholds hold, 1 a threshold fails, 2 usage or input error.\n\nExamples:\n  $ jiedu eval fixtures\n  $ jiedu eval fixtures --min-f1 numbers=0.97,targets=0.9,projects=0.9\n  $ jiedu extract -o out/ fixtures/*.txt && jiedu eval fixtures --pred out/ --verbose',
    )
    .action(async (golds: string[], options: EvalOptions, command: Command) => {
      process.exitCode = await runEval(golds, options, command.optsWithGlobals<GlobalOptions>());
    });
}

async function runEval(golds: string[], options: EvalOptions, globals: GlobalOptions): Promise<number> {
  const config = activeConfig();
  // loaded on use: `jiedu --help` never loads these, nor the pipeline and its segmenter
  const { checkThresholds, parseThresholds } = await import('../eval/thresholds.js');
  const { chalkFor } = await import('../report/color.js');
  const { evaluate } = await import('../eval/run.js');
  const { renderEvaluation, evaluationJson } = await import('../eval/render.js');
  const thresholds: Thresholds = { ...(config.config.eval?.min_f1 ?? {}), ...(options.minF1 !== undefined ? parseThresholds(options.minF1) : {}) };
  const dict = userDictFor(options.dict, config);
  const report = await evaluate(golds, { ...(options.pred ? { pred: options.pred } : {}), analyze: dict ? { userDict: dict } : {} });
  if (!globals.quiet) for (const f of report.files) for (const w of f.warnings) process.stderr.write(`jiedu: warning: ${w}\n`);
  const checks = checkThresholds(report.total, thresholds);
  if (options.format === 'json') {
    process.stdout.write(evaluationJson(report, checks));
  } else {
    const width = options.width ?? config.config.output?.width ?? 80;
    const chalk = chalkFor(process.stdout, globals.color, config.config.output?.color);
    process.stdout.write(renderEvaluation(report, checks, { width, chalk, verbose: Boolean(options.verbose) }));
  }
  return checks.every((c) => c.ok) ? 0 : 1;
}
