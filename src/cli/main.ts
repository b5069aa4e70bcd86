/**
 * The commander program: global options, one file per command, exit codes.
 * Exit codes: 0 ok, 1 findings or thresholds not met, 2 usage or unreadable/invalid input.
 * Errors print as one line, `jiedu: <file>: <problem>`; a stack trace only with --debug.
 *
 * Nothing heavy is imported here: commands load the pipeline (and nodejieba,
 * which src/segment/jieba.ts loads lazily) only when they run, so `--help`
 * and `--version` stay fast.
 */
import { Command, CommanderError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { errorLine, JieduError } from '../errors.js';
import { setActiveConfig } from '../config-state.js';
import { registerExtract } from './command-extract.js';
import { registerSegment } from './command-segment.js';
import { registerSummary } from './command-summary.js';
import { registerEval } from './command-eval.js';
import { registerBatch } from './command-batch.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

export function buildProgram(): Command {
  const program = new Command('jiedu')
    .description('Turn Chinese government interview transcripts into structured data (jiedu/v1).')
    .version(pkg.version, '-V, --version')
    .option('--debug', 'print stack traces on errors')
    .option('-q, --quiet', 'print nothing but results and errors')
    .option('--config <file>', 'config file (default: jiedu.config.yaml found upward from the working directory)')
    .addOption(new Option('--color', 'colour the tables even when not on a terminal'))
    .addOption(new Option('--no-color', 'never colour (also: NO_COLOR=1)'))
    .showHelpAfterError('(run jiedu --help for usage)')
    .configureOutput({
      // commander's own messages ("error: unknown option …") in the one-line form
      outputError: (message, write) => write(`jiedu: ${message.replace(/^error: /, '')}`),
    })
    .exitOverride()
    .addHelpText(
      'after',
      '\nExit status: 0 ok, 1 findings or thresholds not met, 2 usage, unreadable or invalid input.\n\nExamples:\n  $ jiedu fixtures/yueqing-2022-09-16.txt            (same as jiedu summary …)\n  $ jiedu extract fixtures/yueqing-2022-09-16.txt > out.yaml\n  $ jiedu eval fixtures --min-f1 numbers=0.97,targets=0.9,projects=0.9',
    );
  program.hook('preAction', async (root) => {
    const { loadConfig } = await import('../config.js');
    setActiveConfig(loadConfig(root.opts<{ config?: string }>().config));
  });
  registerExtract(program);
  registerSegment(program);
  registerSummary(program);
  registerEval(program);
  registerBatch(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  if (argv.length <= 2) {
    // no command and no file: usage, not an empty summary
    process.stderr.write(program.helpInformation());
    return 2;
  }
  // commands report their status in process.exitCode; read it and leave it as it was
  const before = process.exitCode;
  process.exitCode = undefined;
  try {
    await program.parseAsync(argv);
    const code = process.exitCode;
    return typeof code === 'number' ? code : Number(code ?? 0);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version land here with exit code 0; the message was printed already
      return err.exitCode === 0 ? 0 : 2;
    }
    process.stderr.write(`jiedu: ${errorLine(err)}\n`);
    if (argv.includes('--debug') && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
    return err instanceof JieduError ? err.exitCode : 2;
  } finally {
    process.exitCode = before;
  }
}
