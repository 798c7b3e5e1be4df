// Candidate story boundaries: every place a new story could start. Line breaks, sentence ends inside a line,
// glued joins ("soon.In the", "or evenKemal") and, inside very long lines, any capitalised word after a lower-case one.
import abbreviations from './lang/abbreviations.json';

export type CandidateKind = 'blank' | 'line' | 'sentence' | 'glued' | 'gluedWord' | 'cap';

export interface Candidate {
  kind: CandidateKind;
  /** End of the text before the boundary (whitespace trimmed): the previous story would end here. */
  prevEnd: number;
  /** Start of the next story, if this is a boundary. */
  start: number;
}

/** Lines of at least this many words may hold several flat stories, so they get 'cap' candidates too. */
const FLAT_LINE_WORDS = 120;
/** A prefix this short and capitalised before a capital is a name, not a join: McIlroy, MacBook, YouTube, DeMarco. */
const NAME_PREFIX_MAX = 3;

const ABBREVIATIONS = new Set<string>(abbreviations);
const LINE_BREAK = /[^\S\n]*\n\s*/g;
// Any sentence end followed by a space: the next story may even open in lower case (an excerpt that starts mid-way).
const SENTENCE_END = /[.!?…]["”’»)\]]*(\s+)(?=\S)/gu;
const GLUED_AFTER_PUNCT = /[\p{Ll}\d%)][.!?…]+["”’»)\]]*(?=["“‘«]?\p{Lu})/gu;
// "evenKemal", and "moreMCILROY WINS:" (a kicker glued on).
const GLUED_IN_WORD = /\p{Ll}(?=\p{Lu}\p{Ll}|\p{Lu}{2,}[\s:])/gu;
const CAP_AFTER_LOWER = /[\p{Ll}\d,;%](\s+)(?=\p{Lu})/gu;

function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1])) i--;
  return text.slice(i, end);
}

function isAbbreviation(text: string, dot: number): boolean {
  const w = wordBefore(text, dot);
  return (w.length === 1 && /\p{Lu}/u.test(w)) || ABBREVIATIONS.has(w.toLowerCase());
}

export function findCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  const add = (kind: CandidateKind, prevEnd: number, start: number) => {
    if (prevEnd > 0 && start < text.length) out.push({ kind, prevEnd, start });
  };
  let lineStart = 0;
  const scanLine = (from: number, to: number) => {
    const line = text.slice(from, to);
    for (const m of line.matchAll(SENTENCE_END)) {
      const ws = m.index + m[0].length - m[1].length;
      if (m[0][0] === '.' && isAbbreviation(line, m.index)) continue;
      add('sentence', from + ws, from + m.index + m[0].length);
    }
    for (const m of line.matchAll(GLUED_AFTER_PUNCT)) {
      const at = from + m.index + m[0].length;
      add('glued', at, at);
    }
    for (const m of line.matchAll(GLUED_IN_WORD)) {
      const prefix = wordBefore(line, m.index + 1);
      if (prefix.length < 2 || (/^\p{Lu}/u.test(prefix) && prefix.length <= NAME_PREFIX_MAX)) continue;
      add('gluedWord', from + m.index + 1, from + m.index + 1);
    }
    if ((line.match(/\s+/g)?.length ?? 0) + 1 >= FLAT_LINE_WORDS) {
      for (const m of line.matchAll(CAP_AFTER_LOWER)) add('cap', from + m.index + 1, from + m.index + m[0].length);
    }
  };
  for (const m of text.matchAll(LINE_BREAK)) {
    scanLine(lineStart, m.index);
    const breaks = m[0].split('\n').length - 1;
    add(breaks >= 2 ? 'blank' : 'line', m.index, m.index + m[0].length);
    lineStart = m.index + m[0].length;
  }
  scanLine(lineStart, text.length);
  out.sort((a, b) => a.start - b.start);
  return out.filter((c, i) => i === 0 || c.start !== out[i - 1].start);
}
