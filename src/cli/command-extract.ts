import { Command, Option } from 'commander';
import { mkdir, writeFile, rename } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { errorLine, JieduError } from '../errors.js';
import { activeConfig, userDictFor } from '../config-state.js';
import { OUTPUT_FORMATS, extensionOf, type OutputFormat } from '../report/formats.js';

interface ExtractOptions {
  output?: string;
  format?: OutputFormat;
  dict?: string;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract numbers, targets and projects as jiedu/v1 YAML (or JSON)')
    .argument('<inputs...>', 'transcript files (.txt or .html), or - for standard input')
    .option('-o, --output <dir>', 'write one file per input into DIR instead of standard output')
    .addOption(new Option('-f, --format <format>', 'output format (default: output.format of the config, else yaml)').choices(OUTPUT_FORMATS))
    .option('--dict <file>', 'nodejieba user dictionary with local names (word [freq] [tag] per line)')
    .addHelpText('after', '\nExamples:\n  $ jiedu extract fixtures/yueqing-2022-09-16.txt\n  $ jiedu extract -o out/ --format json archive/*.txt')
    .action(async (inputs: string[], options: ExtractOptions, command: Command) => {
      process.exitCode = await runExtract(inputs, options, Boolean(command.optsWithGlobals().debug));
    });
}

/** Writes each input's result; a bad input is reported and skipped, never stops the others. */
async function runExtract(inputs: string[], options: ExtractOptions, debug: boolean): Promise<number> {
  // loaded here, not at start-up: --help never pays for the pipeline
  const { analyze, readInput } = await import('../pipeline.js');
  const { serialize } = await import('../report/serialize.js');
  const format = options.format ?? activeConfig().config.output?.format ?? 'yaml';
  const userDict = userDictFor(options.dict);
  // extraction never asks for keywords: load the segmenter without the IDF lists
  const { loadSegmenter } = await import('../segment/jieba.js');
  loadSegmenter({ keywords: false, ...(userDict ? { userDict } : {}) });
  let failed = false;
  let first = true;
  if (options.output) await mkdir(options.output, { recursive: true });
  for (const path of inputs) {
    try {
      const result = analyze(await readInput(path), userDict ? { userDict } : {});
      const text = serialize(result, format);
      if (options.output) {
        const name = path === '-' ? 'stdin' : basename(path, extname(path));
        const target = join(options.output, `${name}${extensionOf(format)}`);
        const tmp = `${target}.tmp-${process.pid}`;
        await writeFile(tmp, text);
        await rename(tmp, target);
      } else {
        process.stdout.write(format === 'yaml' && !first ? `---\n${text}` : text);
      }
      first = false;
    } catch (err) {
      // one line per bad input; the other inputs go on
      failed = true;
      const line = err instanceof JieduError && err.file ? errorLine(err) : `${path}: ${errorLine(err)}`;
      process.stderr.write(`jiedu: ${line}\n`);
      if (debug && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
    }
  }
  return failed ? 2 : 0;
}
