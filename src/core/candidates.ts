// Candidate story boundaries: every place a new story could start. Line breaks, sentence ends inside a line,
// glued joins ("soon.In the", "or evenKemal") and, inside very long lines, any capitalised word after a lower-case one.
import { DIGIT, LOWER, SPACE, UPPER, WORD_CHAR, charClass } from './chars';
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
/** Besides lower-case letters and digits, what may end the text before a capital in a 'cap' candidate. */
const CAP_PRECEDERS = new Set([',', ';', '%']);

function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && charClass(text, i - 1) & WORD_CHAR) i--;
  return text.slice(i, end);
}

/** Whether the text [from, to) holds at least `n` words (runs of non-space), counting no further than needed. */
function hasWords(text: string, from: number, to: number, n: number): boolean {
  let words = 0, inWord = false;
  for (let i = from; i < to; i++) {
    const space = charClass(text, i) & SPACE;
    if (!space && !inWord && ++words >= n) return true;
    inWord = !space;
  }
  return false;
}

/** At `j` a capitalised word starts ("Kemal"), or an upper-case run of two or more ending in a space or colon ("MCILROY WINS:"). */
function gluedAfter(text: string, j: number, to: number): boolean {
  if (j >= to || !(charClass(text, j) & UPPER)) return false;
  if (j + 1 < to && charClass(text, j + 1) & LOWER) return true;
  let k = j + 1;
  while (k < to && charClass(text, k) & UPPER) k++;
  return k - j >= 2 && k < to && (text[k] === ':' || (charClass(text, k) & SPACE) !== 0);
}

// Not sentences.ts's abbreviationKind: its wider lists (single lower-case letters, all "general" forms) drop real
// sentence ends here and cost Choi 3-11 0.0015 Pk; a candidate missed is lost, an extra one is cheap.
function isAbbreviation(text: string, dot: number): boolean {
  const w = wordBefore(text, dot);
  return (w.length === 1 && (charClass(w, 0) & UPPER) !== 0) || ABBREVIATIONS.has(w.toLowerCase());
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
    const flat = hasWords(text, from, to, FLAT_LINE_WORDS);
    // One pass over the line by character class (the regexes this replaces cost a match object each).
    for (let i = from; i < to; i++) {
      const c = charClass(text, i);
      // "evenKemal", and "moreMCILROY WINS:" (a kicker glued on).
      if (c & LOWER && gluedAfter(text, i + 1, to)) {
        const prefix = wordBefore(text, i + 1);
        if (!(prefix.length < 2 || (charClass(prefix, 0) & UPPER && prefix.length <= NAME_PREFIX_MAX))) add('gluedWord', i + 1, i + 1);
      }
      // A capital after a lower-case word, a digit or , ; % and white space: in a long line, maybe a new story.
      if (flat && (c & (LOWER | DIGIT) || CAP_PRECEDERS.has(text[i])) && i + 1 < to && charClass(text, i + 1) & SPACE) {
        let j = i + 1;
        while (j < to && charClass(text, j) & SPACE) j++;
        if (j < to && charClass(text, j) & UPPER) add('cap', i + 1, j);
        i = j - 1;
      }
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
