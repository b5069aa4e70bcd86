import { Command, Option } from 'commander';
import { availableParallelism } from 'node:os';
import { OUTPUT_FORMATS, type OutputFormat } from '../report/formats.js';
import { JieduError } from '../errors.js';

interface BatchCliOptions {
  out: string;
  jobs?: string;
  format: OutputFormat;
  force?: boolean;
  shard?: string;
  timeout: string;
  dict?: string;
  segmenter: 'shared' | 'per-worker';
}

function positiveInt(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new JieduError(`${flag} takes a positive whole number (got "${value}")`, 2);
  return n;
}

export function registerBatch(program: Command): void {
  program
    .command('batch')
    .description('analyze archives of transcripts on worker threads: one output per input, an index.jsonl, resumable')
    .argument('<inputs...>', 'folders (walked recursively for .txt .html .htm), files, or quoted globs')
    .requiredOption('--out <dir>', 'output folder: outputs mirror the inputs\' paths, plus index.jsonl')
    .option('-j, --jobs <n>', 'worker threads (default: number of cores)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(OUTPUT_FORMATS).default('yaml'))
    .option('--force', 'redo inputs the index already has (same sha256 and jiedu version)')
    .option('--shard <K/N>', 'take only share K of N (by a stable hash of each path); indexes merge by concatenation')
    .option('--timeout <seconds>', 'give up on a file after this long (0: never)', '120')
    .option('--dict <file>', 'nodejieba user dictionary with local names (word [freq] [tag] per line)')
    .addOption(
      new Option('--segmenter <mode>', 'with several jobs: share one dictionary (~240 MB) per four workers, or load one in every worker (~240 MB more each)')
        .choices(['shared', 'per-worker'])
        .default('shared'),
    )
    .addHelpText(
      'after',
      [
        '',
        'Inputs named in a .jieduignore file (gitignore-like lines) in the current folder or a walked folder are left out.',
        'Ctrl-C finishes the files in flight, writes the index and exits 130 (twice: discards them).',
        'Exit codes: 0 all ok, 1 some inputs failed (see index.jsonl), 2 usage, 130 interrupted.',
        '',
        'Examples:',
        '  $ jiedu batch archive/ --out out/',
        "  $ jiedu batch 'archive/**/*.html' --out out/ --format jsonl --jobs 4",
        '  $ jiedu batch archive/ --out out-2/ --shard 2/8',
      ].join('\n'),
    )
    .action(async (inputs: string[], options: BatchCliOptions, command: Command) => {
      // the batch machinery loads only when a batch runs (keeps `jiedu --help` fast)
      const [{ BatchControl, runBatch }, { parseShard }, { createProgress }, { errorLines, summaryTable }] = await Promise.all([
        import('../batch/run.js'),
        import('../batch/shard.js'),
        import('../batch/progress.js'),
        import('../batch/summary.js'),
      ]);
      const globals = command.optsWithGlobals() as { quiet?: boolean };
      const jobs = options.jobs === undefined ? availableParallelism() : positiveInt(options.jobs, '--jobs');
      const timeout = Number(options.timeout);
      if (!Number.isFinite(timeout) || timeout < 0) throw new JieduError(`--timeout takes seconds (got "${options.timeout}")`, 2);
      const control = new BatchControl();
      const onSigint = (): void => {
        if (control.stopped) {
          process.stderr.write('\njiedu batch: discarding the files in flight\n');
          control.discard();
        } else {
          process.stderr.write('\njiedu batch: interrupted — finishing the files in flight (Ctrl-C again to discard them)\n');
          control.stop();
        }
      };
      process.on('SIGINT', onSigint);
      process.on('SIGTERM', onSigint);
      try {
        const result = await runBatch(
          {
            inputs,
            out: options.out,
            jobs,
            format: options.format,
            force: Boolean(options.force),
            shard: options.shard ? parseShard(options.shard) : null,
            timeoutMs: timeout * 1000,
            ...(options.dict ? { userDict: options.dict } : {}),
            segmenter: options.segmenter,
          },
          control,
          (total) => createProgress(total, process.stderr, Boolean(globals.quiet)),
        );
        if (result.rows.length + result.stats.notProcessed + result.stats.otherShards === 0) {
          process.stderr.write(`jiedu batch: no inputs found in ${inputs.join(' ')} (.txt .html .htm)\n`);
        }
        process.stderr.write(errorLines(result.rows));
        if (!globals.quiet) process.stderr.write(summaryTable(result.stats));
        process.exitCode = result.exitCode;
      } finally {
        process.off('SIGINT', onSigint);
        process.off('SIGTERM', onSigint);
      }
    });
}
