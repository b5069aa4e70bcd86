import { Command } from 'commander';
import { userDictFor } from '../config-state.js';

interface SegmentOptions {
  pos?: boolean;
  dict?: string;
  spans?: boolean;
}

export function registerSegment(program: Command): void {
  program
    .command('segment')
    .description('print the tokens jiedu sees, sentence by sentence (the debugging view)')
    .argument('<input>', 'a transcript file, or - for standard input')
    .option('--pos', 'show part-of-speech tags (word/tag)')
    .option('--spans', 'show each token\'s code-point span')
    .option('--dict <file>', 'nodejieba user dictionary')
    .addHelpText('after', '\nExamples:\n  $ jiedu segment --pos fixtures/yueqing-2022-09-16.txt | less\n  $ echo "力争今年分别突破1000家" | jiedu segment -')
    .action(async (input: string, options: SegmentOptions) => {
      const { readInput } = await import('../pipeline.js');
      const { decodeBytes } = await import('../io/decode.js');
      const { parseDocument } = await import('../document/parse.js');
      const { tokenizeDocument } = await import('../segment/tokens.js');
      const { makeOffsetMapper } = await import('../text/offsets.js');
      const { bytes } = await readInput(input);
      const doc = parseDocument(decodeBytes(bytes, input).text);
      // the tokens extraction sees: cut from the folded text (same offsets)
      const userDict = userDictFor(options.dict);
      const tokens = tokenizeDocument({ ...doc, text: doc.folded }, userDict ? { userDict } : {});
      const map = makeOffsetMapper(doc.text);
      let t = 0;
      const out: string[] = [];
      for (const sentence of doc.sentences) {
        const words: string[] = [];
        while (t < tokens.length && tokens[t]!.span[0] < sentence.span[1]) {
          const tok = tokens[t++]!;
          if (/^\s+$/u.test(tok.word)) continue;
          let w = options.pos ? `${tok.word}/${tok.tag}` : tok.word;
          if (options.spans) w += `@${map.toCodePoint(tok.span[0])}`;
          words.push(w);
        }
        const [s, e] = map.span(sentence.span);
        out.push(`[${s},${e}) ${sentence.exchange ?? '-'} ${sentence.kind}\t${words.join(' ')}`);
      }
      process.stdout.write(`${out.join('\n')}\n`);
    });
}
