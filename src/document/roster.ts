/**
 * The people a page's header lists (访谈嘉宾：<role> 程某；<role> 宋某,
 * 发布人：…, 主持人：<role> 林某): who hosts, and each speaker's role, for
 * turns written under a bare name.
 */
import { documentLexicon } from './lexicon.js';
import { readSpeaker } from './turns.js';
import type { Span } from '../types.js';

export interface RosterEntry {
  role: string | null;
  host: boolean;
}

/** Longest lines read as a roster, and how many paragraphs from the top it may sit. */
const MAX_LINE = 160;
const MAX_PARAGRAPH = 12;

/** Name → entry, from header lines among the first paragraphs (`contents`: their content spans). */
export function readRoster(text: string, contents: readonly Span[]): Map<string, RosterEntry> {
  const lex = documentLexicon();
  const roster = new Map<string, RosterEntry>();
  for (const [start, end] of contents.slice(0, MAX_PARAGRAPH)) {
    if (end - start > MAX_LINE) continue;
    const line = text.slice(start, end);
    const colon = line.search(/[:\uFF1A]/);
    if (colon < 0) continue;
    const label = line.slice(0, colon).replace(/[\s\u00a0\u3000]/g, '');
    const host = lex.host_labels.includes(label);
    if (!host && !lex.roster_labels.includes(label)) continue;
    const body = line.slice(colon + 1);
    // a roster names people; a sentence ending in 。？！ is a turn
    if (/[。!\uFF01?\uFF1F]/.test(body)) continue;
    for (const entry of body.split(/[;\uFF1B]/)) {
      const speaker = readSpeaker(entry);
      if (speaker?.name) roster.set(speaker.name, { role: speaker.role, host });
    }
  }
  return roster;
}
