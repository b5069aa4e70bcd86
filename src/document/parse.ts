/**
 * text → document: breadcrumb, title, info block, exchanges (question/answer
 * turns with speakers and sections) and the sentences of content. The text is
 * never changed: page furniture is left where it is and listed in `excluded`,
 * so every offset points into the decoded source.
 */
import { isSpace } from '../text/space.js';
import { splitLines, type Line } from './lines.js';
import { foldText, unfold } from '../text/fold.js';
import { emptyMeta, isDebris, readBreadcrumb, readDatedLine, readInfoBlock } from './page.js';
import { findInterviewee, findRole, findSpokesperson, inlineAnswerAt, numberedQuestion, readStageLine, readTurn, type Turn } from './turns.js';
import { readEnumerator } from './enumerators.js';
import { readRoster } from './roster.js';
import { documentLexicon } from './lexicon.js';
import { firstTerminator, splitSentences } from './sentences.js';
import type { Exchange, ParsedDocument, Sentence, SentenceKind, Span, Speaker } from '../types.js';

const MAX_TITLE = 120;

interface Region {
  span: Span;
  kind: SentenceKind;
  exchange: string | null;
}

export function parseDocument(source: string): ParsedDocument {
  const folded = foldText(source);
  const doc = parseFolded(folded);
  if (folded === source) return doc;
  // structure was read on the folded text; strings are given back in the source's characters
  const back = (s: string): string => unfold(s, folded, source);
  const at = (span: Span): string => source.slice(span[0], span[1]);
  const info = doc.info;
  return {
    ...doc,
    text: source,
    folded,
    info: {
      title: doc.titleSpan ? at(doc.titleSpan) : null,
      breadcrumb: info.breadcrumb.map(back),
      meta: {
        index_no: info.meta.index_no && back(info.meta.index_no),
        topic: info.meta.topic && back(info.meta.topic),
        publisher: info.meta.publisher && back(info.meta.publisher),
        date: info.meta.date,
        validity: info.meta.validity && back(info.meta.validity),
      },
      exchanges: info.exchanges.map((ex) => ({
        ...ex,
        label: ex.label && back(ex.label),
        question: ex.question && { span: ex.question.span, text: at(ex.question.span) },
        speaker: ex.speaker && { name: ex.speaker.name && back(ex.speaker.name), role: ex.speaker.role && back(ex.speaker.role) },
        sections: ex.sections.map((sec) => ({ ...sec, heading: at(sec.heading_span) })),
      })),
    },
  };
}

function parseFolded(text: string): ParsedDocument {
  const lines = splitLines(text);
  const furniture = new Set<number>();
  const breadcrumb = readBreadcrumb(text, lines);
  breadcrumb?.used.forEach((i) => furniture.add(i));
  const info = readInfoBlock(text, lines);
  info.used.forEach((i) => furniture.add(i));
  lines.forEach((l, i) => {
    if (isDebris(text.slice(...l.content))) furniture.add(i);
  });
  const meta = info.meta.date === null && info.used.length === 0 ? { ...emptyMeta() } : info.meta;
  const dated = readDatedLine(text, lines, furniture);
  if (dated) {
    furniture.add(dated.line);
    if (meta.date === null) meta.date = dated.date;
  }

  const excluded: Span[] = [...furniture].sort((a, b) => a - b).map((i) => lines[i]!.span);
  const paragraphs = lines
    .map((line, index) => ({ line, index }))
    .filter(({ line, index }) => line.content[1] > line.content[0] && !furniture.has(index));

  // title: the first paragraph, when it reads like one
  let titleSpan: Span | null = null;
  const first = paragraphs[0];
  if (first && looksLikeTitle(text, first.line)) {
    titleSpan = first.line.content;
    paragraphs.shift();
  }

  // 问:…?答:… on one line: two paragraphs
  for (let k = 0; k < paragraphs.length; k++) {
    const { line, index } = paragraphs[k]!;
    const turn = readTurn(text, line.content);
    if (turn?.kind !== 'question') continue;
    const at = inlineAnswerAt(text, line.content, turn);
    if (at === null) continue;
    let questionEnd = at;
    while (questionEnd > line.content[0] && isSpace(text[questionEnd - 1])) questionEnd--;
    paragraphs.splice(
      k,
      1,
      { line: { span: [line.span[0], questionEnd], content: [line.content[0], questionEnd] }, index },
      { line: { span: [at, line.span[1]], content: [at, line.content[1]] }, index },
    );
    k++;
  }

  const regions: Region[] = [];
  if (titleSpan) regions.push({ span: titleSpan, kind: 'title', exchange: null });
  const exchanges: Exchange[] = [];
  let current: Exchange | null = null;
  let mode: 'body' | 'question' | 'answer' = 'body';
  let pending: Turn | null = null;
  const hostQuestions = new Set<Exchange>();

  // the speakers a header lists: hosts known by name, roles for bare names
  const roster = readRoster(text, lines.filter((l) => l.content[1] > l.content[0]).map((l) => l.content));
  const requestWords = documentLexicon().host_request_words;

  // each paragraph's turn prefix, read once
  const turns = paragraphs.map(({ line }) => readTurn(text, line.content));
  // 政策解读 in numbered Q&A form (一、…？ then its answer): only on pages with no turn labels
  const labelled = turns.some((t) => t !== null && t.kind !== 'host');
  let answerNext = false;

  for (const [k, { line }] of paragraphs.entries()) {
    const [start, end] = line.content;
    let turn: Turn | null = turns[k]!;
    // 【短片】…, （现场满意度测评：…）: narration between turns ends the answer before it
    const stage = turn === null && !pending ? readStageLine(text, line.content) : null;
    if (stage) {
      current = null;
      mode = 'body';
      if (stage.label) excluded.push(stage.label);
      const from = stage.label ? skipSpace(text, stage.label[1], end) : start;
      if (from < end) regions.push({ span: [from, end], kind: 'body', exchange: null });
      continue;
    }
    const numbered = turn === null && !labelled && !pending ? numberedQuestion(text, line.content) : null;
    if (numbered) {
      excluded.push(numbered.enumerator);
      current = {
        id: `q${exchanges.length + 1}`,
        label: numbered.label,
        question: { span: numbered.question, text: text.slice(...numbered.question) },
        speaker: null,
        answer: { span: [end, end] },
        sections: [],
      };
      exchanges.push(current);
      mode = 'question';
      answerNext = true;
      regions.push({ span: numbered.question, kind: 'question', exchange: current.id });
      continue;
    }
    // 林海: under a bare name, from a header that lists him as the host
    if (turn?.kind === 'answer' && turn.speaker?.name && roster.get(turn.speaker.name)?.host) turn = { ...turn, kind: 'host', speaker: null };
    if (turn?.bare) {
      // `问:` alone on its line: the turn's words are the next paragraph
      excluded.push(turn.prefix);
      pending = turn;
      continue;
    }
    let bodyStart = start;
    if (turn) {
      excluded.push(turn.prefix);
      bodyStart = skipSpace(text, turn.prefix[1], end);
    } else if (pending) {
      turn = pending;
    }
    pending = null;
    if (turn) {
      // a host who asks (在线访谈: 主持人 puts the questions) is a questioner
      const said = text.slice(bodyStart, end);
      const hostAsks = turn.kind === 'host' && (/[?\uFF1F]/.test(said) || requestWords.some((w) => said.includes(w)));
      if (turn.kind === 'question' || hostAsks) {
        current = {
          id: `q${exchanges.length + 1}`,
          label: turn.label,
          question: { span: [bodyStart, end], text: text.slice(bodyStart, end) },
          speaker: null,
          answer: { span: [end, end] },
          sections: [],
        };
        exchanges.push(current);
        if (hostAsks) hostQuestions.add(current);
        mode = 'question';
        regions.push({ span: [bodyStart, end], kind: 'question', exchange: current.id });
        continue;
      }
      if (turn.kind === 'host') {
        current = null;
        mode = 'body';
        regions.push({ span: [bodyStart, end], kind: 'body', exchange: null });
        continue;
      }
      // an answer turn
      if (current && mode === 'question') {
        current.speaker = turn.speaker;
        current.answer = { span: [bodyStart, end] };
        mode = 'answer';
      } else if (current && mode === 'answer') {
        current.answer = { span: [current.answer.span[0], end] };
      } else {
        mode = 'body'; // a statement with no question before it
      }
    } else if (current && mode === 'question' && answerNext) {
      // the paragraph under a numbered question answers it
      current.answer = { span: [bodyStart, end] };
      mode = 'answer';
      answerNext = false;
    } else if (current && mode === 'question') {
      // a question running over several paragraphs
      const q = current.question!;
      q.span = [q.span[0], end];
      q.text = text.slice(q.span[0], end);
    } else if (current && mode === 'answer' && reportsSpeaker(text, bodyStart, end, current.speaker)) {
      // 韩立军说,…: the writer reporting the speaker again is narration, not the answer
      current = null;
      mode = 'body';
    } else if (current && mode === 'answer') {
      current.answer = { span: [current.answer.span[0], end] };
    }

    const kind: SentenceKind = mode === 'answer' ? 'answer' : mode === 'question' ? 'question' : 'body';
    const exchange = mode === 'body' ? null : (current?.id ?? null);
    const enumerator = readEnumerator(text, bodyStart, end);
    if (enumerator) {
      excluded.push(enumerator.span);
      const headStart = skipSpace(text, enumerator.span[1], end);
      if (enumerator.opensSection && mode === 'answer' && current) {
        const stop = firstTerminator(text, [headStart, end]);
        const headEnd = stop < 0 ? end : stop;
        current.sections.push({
          label: enumerator.label,
          heading: text.slice(headStart, headEnd),
          span: [bodyStart, end],
          heading_span: [headStart, headEnd],
        });
      }
      bodyStart = headStart;
    }
    if (bodyStart < end) regions.push({ span: [bodyStart, end], kind, exchange });
  }

  // a host's question nobody answered ("还有哪位记者提问?") was a host remark
  const unanswered = exchanges.filter((e) => hostQuestions.has(e) && e.answer.span[1] === e.answer.span[0]);
  if (unanswered.length > 0) {
    const ids = new Map<string, string | null>();
    const kept = exchanges.filter((e) => !unanswered.includes(e));
    for (const e of unanswered) ids.set(e.id, null);
    kept.forEach((e, i) => {
      ids.set(e.id, `q${i + 1}`);
      e.id = `q${i + 1}`;
    });
    for (const r of regions) {
      if (r.exchange === null) continue;
      const id = ids.get(r.exchange) ?? null;
      if (id === null) r.kind = 'body';
      r.exchange = id;
    }
    exchanges.splice(0, exchanges.length, ...kept);
  }

  // letter pages: a reply is the answer of the unit named on the line before it (办理单位：市城管局)
  const units = info.units;
  if (units.length > 0) {
    for (const e of exchanges) {
      if (e.speaker !== null || !e.question) continue;
      const unit = units.filter((u) => u.at > e.question!.span[0] && u.at < e.answer.span[0]).pop();
      if (unit) e.speaker = { name: null, role: unit.unit };
    }
  }

  // answers under a bare 答: are the interviewee's, and bare names take their
  // role, from the introduction (the title and what precedes the first question)
  const firstQuestion = exchanges[0]?.question?.span[0] ?? text.length;
  const answered = exchanges.filter((e) => e.answer.span[1] > e.answer.span[0]);
  if (answered.some((e) => e.speaker === null || e.speaker.role === null)) {
    const intro = regions.filter((r) => r.span[1] <= firstQuestion).map((r) => text.slice(...r.span)).join('\n');
    // the interviewee by name, else the official the introduction names by role only
    const interviewee = answered.some((e) => e.speaker === null) ? (findInterviewee(text, intro) ?? findSpokesperson(intro)) : null;
    // every speaker a turn names, greetings and closing words included (市住建局副局长 罗建平：大家好)
    const named = turns.flatMap((t) => (t?.speaker?.name ? [t.speaker] : []));
    const others = [...new Set(named.map((x) => x.name!))];
    for (const e of answered) {
      if (e.speaker === null && interviewee) e.speaker = { ...interviewee };
      else if (e.speaker?.name && e.speaker.role === null) {
        const name = e.speaker.name;
        const labelled = named.find((x) => x.name === name && x.role !== null);
        e.speaker.role = labelled?.role ?? roster.get(name)?.role ?? findRole(name, intro, others);
      }
    }
  }

  const sentences: Sentence[] = [];
  for (const region of regions) {
    for (const s of splitSentences(text, region.span)) sentences.push({ span: s, kind: region.kind, exchange: region.exchange });
  }
  sentences.sort((a, b) => a.span[0] - b.span[0]);
  excluded.sort((a, b) => a[0] - b[0]);

  return {
    text,
    folded: text,
    titleSpan,
    excluded,
    sentences,
    info: {
      title: titleSpan ? text.slice(...titleSpan) : null,
      breadcrumb: breadcrumb?.items ?? [],
      meta,
      exchanges,
    },
  };
}

/** A paragraph opening with the speaker's name (or 他/她) and a verb of saying: narration. */
function reportsSpeaker(text: string, start: number, end: number, speaker: Speaker | null): boolean {
  const head = text.slice(start, Math.min(end, start + 12));
  const subjects = ['他', '她', ...(speaker?.name ? [speaker.name] : [])];
  return subjects.some((who) => head.startsWith(who) && /^(?:还|也|最后)?(?:说|表示|指出|介绍|强调|坦言|认为)/.test(head.slice(who.length)));
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && /[\s\u00a0\u3000]/.test(text[i]!)) i++;
  return i;
}

function looksLikeTitle(text: string, line: Line): boolean {
  const [s, e] = line.content;
  if (e - s > MAX_TITLE) return false;
  if (readTurn(text, line.content)) return false;
  if (readEnumerator(text, s, e)) return false;
  const body = text.slice(s, e);
  // a paragraph of several sentences is not a title
  const stops = body.match(/[。!\uFF01]/g)?.length ?? 0;
  return stops === 0 || (stops === 1 && e - s <= 40 && !body.endsWith('。'));
}
