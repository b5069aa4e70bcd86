/**
 * Status of a project from the words around one mention: the clause holding
 * it (other mentions blanked out), else the nearest clauses of the same
 * ；-segment. A future tense (将, 下步 …) carries from earlier clauses; so does
 * a date still ahead of the document's (今年6月底前建成, 2026年上半年通车),
 * unless the completion is said as done (已于今年3月建成).
 *
 * Every mention of a sentence sees the same clauses with the same names
 * blanked out, so `sentenceStatus` judges each clause once and answers for
 * any mention from the nearest judged clause (linear in the sentence).
 */
import { statusLexicon, type StatusLexicon } from './project-lexicon.js';
import { spanIndex, type Clause } from './clauses.js';
import { findDeadlines, type DocDate } from './deadline.js';
import type { ProjectStatus, Span, Token } from '../types.js';

export interface StatusVote {
  status: ProjectStatus;
  /** 2 for an explicit word, 1 for a weak one */
  strength: number;
  /** a future tense with no verb of works (城南小学将挖潜增加学位): says nothing is being built */
  bare?: boolean;
}

interface View {
  body: string;
  /** words of the clause's own tokens (those not inside a blanked name) */
  words: Set<string>;
}

function has(words: string[], view: View): boolean {
  return words.some((w) => (w.length === 1 ? view.words.has(w) : view.body.includes(w)));
}

function judge(lex: StatusLexicon, view: View, future: boolean, dated: () => boolean): StatusVote | null {
  if (has(lex.planned, view)) return { status: 'planned', strength: 2 };
  // 已进场 → under way; 承诺7月10日前进场施工 → still to start
  if (has(lex.starts, view)) {
    const ahead = future || (dated() && !has(lex.past_markers, view));
    return { status: ahead ? 'planned' : 'in_progress', strength: 2 };
  }
  if (has(lex.in_progress, view)) return { status: 'in_progress', strength: 2 };
  const done = has(lex.completed, view);
  const act = !done && has(lex.acts, view);
  const weakWork = !done && !act && has(lex.weak_in_progress, view);
  const weakDone = !done && !act && !weakWork && has(lex.weak_completed, view);
  const verb = done || act || weakWork || weakDone;
  // a date ahead says a verb of works is still to come, unless it is said as done
  if (!future && verb && dated() && !has(lex.past_markers, view)) future = true;
  if (future) {
    if (done) return { status: 'in_progress', strength: 2 };
    // 将…对《办法》实施效果进行评估: a future tense with no verb of works says little of the project
    return verb ? { status: 'planned', strength: 2 } : { status: 'planned', strength: 1, bare: true };
  }
  // 主体工程已经完工: a part is done, the whole is under way
  if (done || act) return { status: has(lex.parts, view) ? 'in_progress' : 'completed', strength: 2 };
  if (weakWork) return { status: 'in_progress', strength: 1 };
  if (weakDone) return { status: 'completed', strength: 1 };
  return null;
}

/** A date still ahead of the document's in the clause (今年6月底前, 明年, 2026年上半年)? */
function aheadIn(text: string, span: Span, date: DocDate | null): boolean {
  return findDeadlines(text, span, date).some((d) => d.future);
}

/** The clauses' text with the masked spans blanked, and their unmasked tokens. */
function clauseViews(lex: StatusLexicon, text: string, clauses: Clause[], tokens: Token[], masked: Span[]): View[] {
  if (clauses.length === 0) return [];
  let lo = Infinity;
  let hi = -Infinity;
  for (const c of clauses) {
    lo = Math.min(lo, c.span[0]);
    hi = Math.max(hi, c.span[1]);
  }
  // blanked[i - lo]: position i lies in a masked span; prefix counts them
  const blanked = new Uint8Array(Math.max(0, hi - lo));
  for (const m of masked) for (let i = Math.max(m[0], lo); i < Math.min(m[1], hi); i++) blanked[i - lo] = 1;
  const prefix = new Int32Array(blanked.length + 1);
  for (let i = 0; i < blanked.length; i++) prefix[i + 1] = prefix[i]! + blanked[i]!;
  const within = spanIndex(tokens);
  return clauses.map((c) => {
    let body = '';
    let run = c.span[0];
    for (let i = c.span[0]; i < c.span[1]; i++) {
      if (!blanked[i - lo]) continue;
      body += text.slice(run, i) + ' ';
      run = i + 1;
    }
    body += text.slice(run, c.span[1]);
    for (const w of lex.not_status) if (body.includes(w)) body = body.split(w).join(' '.repeat(w.length));
    const words = new Set<string>();
    for (const t of within(c.span)) if (prefix[t.span[1] - lo] === prefix[t.span[0] - lo]) words.add(t.word);
    return { body, words };
  });
}

/**
 * The status said around a mention in clause `index` of a sentence, for every
 * mention of that sentence (`masked`: the spans of all its mentions).
 */
export function sentenceStatus(
  text: string,
  clauses: Clause[],
  tokens: Token[],
  masked: Span[],
  date: DocDate | null = null,
): (index: number) => StatusVote | null {
  const lex = statusLexicon();
  let votes: (StatusVote | null)[] | null = null;
  let prevVote: Int32Array;
  let nextVote: Int32Array;
  const prepare = (): (StatusVote | null)[] => {
    const views = clauseViews(lex, text, clauses, tokens, masked);
    const n = clauses.length;
    const out: (StatusVote | null)[] = new Array(n).fill(null);
    prevVote = new Int32Array(n);
    nextVote = new Int32Array(n);
    // a future word, or a date ahead, carries forward within the ；-segment (dates are
    // looked up only where a clause's judgement depends on them)
    const ahead = new Int8Array(n).fill(-1);
    const datedAt = (i: number): boolean => {
      if (ahead[i]! < 0) {
        const carried = i > 0 && clauses[i]!.segment === clauses[i - 1]!.segment && datedAt(i - 1);
        ahead[i] = carried || aheadIn(text, clauses[i]!.span, date) ? 1 : 0;
      }
      return ahead[i] === 1;
    };
    let future = false;
    for (let i = 0; i < n; i++) {
      if (i > 0 && clauses[i]!.segment !== clauses[i - 1]!.segment) future = false;
      if (!future && has(lex.future, views[i]!)) future = true;
      out[i] = judge(lex, views[i]!, future, () => datedAt(i));
      const prev = i > 0 && clauses[i]!.segment === clauses[i - 1]!.segment ? prevVote[i - 1]! : -1;
      prevVote[i] = out[i] ? i : prev;
    }
    for (let i = n - 1; i >= 0; i--) {
      const next = i < n - 1 && clauses[i]!.segment === clauses[i + 1]!.segment ? nextVote[i + 1]! : -1;
      nextVote[i] = out[i] ? i : next;
    }
    return out;
  };
  return (index) => {
    if (index < 0 || index >= clauses.length) return null;
    votes ??= prepare();
    const own = votes[index];
    if (own) return own;
    const before = prevVote[index]!;
    const after = nextVote[index]!;
    // the nearest judged clause of the segment, the earlier one on a tie
    const at = before < 0 ? after : after < 0 ? before : index - before <= after - index ? before : after;
    if (at < 0) return null;
    const vote = votes[at]!;
    return { ...vote, strength: Math.min(vote.strength, 1) };
  };
}
