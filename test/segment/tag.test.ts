import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadSegmenter, tag } from '../../src/segment/jieba.js';
import { packTokens, tokenizeDocument, unpackTokens } from '../../src/segment/tokens.js';
import { parseDocument } from '../../src/document/parse.js';

const nodejieba = createRequire(import.meta.url)('nodejieba') as { tag(text: string): { word: string; tag: string }[] };

const passages = readdirSync('fixtures')
  .filter((f) => f.endsWith('.txt') && !f.includes('gb18030'))
  .flatMap((f) => readFileSync(`fixtures/${f}`, 'utf8').split(/(?<=[。！？\n])/))
  .filter((p) => p.trim().length > 0);

describe('tag (cut + tags by word)', () => {
  it('gives exactly the words and tags of nodejieba.tag, on a cold and on a warm cache', () => {
    loadSegmenter();
    for (const round of [1, 2]) {
      for (const p of passages) {
        const expected = nodejieba.tag(p).filter((t) => t.word.length > 0);
        const got = tag(p).map((t) => ({ word: t.word, tag: t.tag }));
        expect(got, `round ${round}: ${p}`).toEqual(expected);
      }
    }
  });

  it('keeps spans on the text, shifted by the offset', () => {
    const text = '到2025年，全市GDP达到1234.5亿元。';
    for (const t of tag(text, 10)) expect(text.slice(t.span[0] - 10, t.span[1] - 10)).toBe(t.word);
  });

  it('tags a word the segmenter only finds in context (not whole on its own)', () => {
    // HMM words like these split when tagged alone; the passage's own tags must come back
    const text = '正如我们常说的，产业兴则县域兴，以破茧之势按下了快进键。';
    expect(tag(text).map((t) => [t.word, t.tag])).toEqual(nodejieba.tag(text).map((t) => [t.word, t.tag]));
  });
});

describe('packTokens / unpackTokens (tokens between threads)', () => {
  it('give back the same tokens for every fixture document', () => {
    for (const f of readdirSync('fixtures').filter((x) => x.endsWith('.txt') && !x.includes('gb18030'))) {
      const doc = parseDocument(readFileSync(`fixtures/${f}`, 'utf8'));
      const view = { ...doc, text: doc.folded };
      const tokens = tokenizeDocument(view);
      const packed = packTokens(tokens);
      expect(packed.cells.length).toBe(tokens.length * 3);
      expect(unpackTokens(view.text, packed), f).toEqual(tokens);
    }
  });
});
