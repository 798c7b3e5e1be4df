// A sentence splitter for news text. Every sentence is a span of the input: text.slice(start, end).
// One pass over the text; each decision looks at a bounded window, so the cost is linear.
import { langData, NOUN_CAPITALISING, type LangData } from './lang/anatomy/index';
import { findListMarkers, isBullet } from './listmarkers';
import { isSpaceCode, unitClass, WORD_CHAR, lowerCase } from './chars';

export interface Sentence {
  start: number;
  end: number;
}

export interface SplitOptions {
  /** BCP 47 language; picks the abbreviation list (every language's list when unknown). */
  lang?: string;
  /** Line breaks inside a paragraph are wrapping, not breaks (text from a PDF). */
  softNewlines?: boolean;
  /** Stop after this many sentences (the first ones are the same as in a full split). */
  max?: number;
}

/** Closing quotes and brackets that may follow a full stop and still belong to its sentence. */
const CLOSERS = new Set(['"', "'", '”', '’', '»', '›', ')', ']', '}', '」', '』', '“', '‘']);
/** Quote marks that may close one sentence or open the next. */
const AMBIGUOUS_QUOTES = new Set(['"', "'", '“', '‘']);
/** Characters that open a sentence-initial quote or bracket. */
const OPENERS = new Set(['"', "'", '“', '‘', '„', '«', '‹', '(', '[', '{', '¿', '¡', '‚']);
const QUESTION_EXCLAIM = new Set(['!', '?', '‼', '⁇', '⁈', '⁉']);
/** Full stops of scripts with no capitals or no space after them (CJK, Arabic, Urdu, Devanagari): always a boundary. */
const WIDE_TERMINALS = new Set(['。', '！', '？', '．', '؟', '۔', '।', '॥']);
/** How far back a word before a full stop is read: longer "words" are URLs or noise, never abbreviations. */
const MAX_WORD_LOOKBACK = 40;
/** How far a URL or e-mail token is scanned around a glued full stop. */
const MAX_TOKEN_SCAN = 200;

/** The sets above as code units, for the loops that read the text by char code. (Reading `text[i]` gives a one-character
 * string, and the property read is compiled for the kind of string seen: sliced, flat, one or two bytes a character.
 * Every new kind threw the splitter out of optimized code. `charCodeAt` reads every kind alike.) */
const codes = (set: ReadonlySet<string>): ReadonlySet<number> => new Set([...set].map((c) => c.charCodeAt(0)));
const CLOSER_CODES = codes(CLOSERS);
const AMBIGUOUS_QUOTE_CODES = codes(AMBIGUOUS_QUOTES);
const QUESTION_EXCLAIM_CODES = codes(QUESTION_EXCLAIM);
const WIDE_TERMINAL_CODES = codes(WIDE_TERMINALS);

/** The code unit at `i`, -1 outside the text (where `text[i]` is undefined). */
const codeAt = (text: string, i: number): number => (i >= 0 && i < text.length ? text.charCodeAt(i) : -1);
// Character classes of a code unit (-1 outside the text: none), with an ASCII fast path: these run once a character.
const isSpaceC = (x: number): boolean => x >= 0 && isSpaceCode(x);
const isUpperC = (x: number): boolean => (x < 128 ? x >= 65 && x <= 90 : /[\p{Lu}\p{Lt}]/u.test(String.fromCharCode(x)));
const isLowerC = (x: number): boolean => (x < 128 ? x >= 97 && x <= 122 : /\p{Ll}/u.test(String.fromCharCode(x)));
const isDigitC = (x: number): boolean => (x < 128 ? x >= 48 && x <= 57 : /\p{Nd}/u.test(String.fromCharCode(x)));
const isTerminalC = (x: number): boolean => x === 46 || x === 0x2026 || x === 63 || x === 33 || (x > 127 && (QUESTION_EXCLAIM_CODES.has(x) || WIDE_TERMINAL_CODES.has(x)));
/** A letter or digit (\p{L}\p{N}) in one code unit (a lone surrogate is none). */
const isWordUnit = (x: number): boolean => x >= 0 && (unitClass(x) & WORD_CHAR) !== 0;

/** The word ending right before `at` (no whitespace inside), without leading quotes or brackets. */
function wordBefore(text: string, at: number, min: number): string {
  let s = at;
  while (s > min && at - s < MAX_WORD_LOOKBACK && !isSpaceCode(text.charCodeAt(s - 1))) s--;
  let w = text.slice(s, at);
  while (w && OPENERS.has(w[0])) w = w.slice(1);
  return w;
}

/** The word starting at `at`, stripped of opening quotes and trailing punctuation. */
function wordAt(text: string, at: number): string {
  const m = /^[\p{L}\p{N}'’-]+/u.exec(text.slice(at, at + MAX_WORD_LOOKBACK));
  return m ? m[0] : '';
}

/** True when the whitespace-free token around `at` is a URL or an e-mail address. */
function inUrlOrEmail(text: string, at: number): boolean {
  let s = at;
  while (s > 0 && at - s < MAX_TOKEN_SCAN && !isSpaceCode(text.charCodeAt(s - 1))) s--;
  let e = at;
  while (e < text.length && e - at < MAX_TOKEN_SCAN && !isSpaceCode(text.charCodeAt(e))) e++;
  return /@|:\/\/|www\./i.test(text.slice(s, e));
}

export type AbbrevKind = 'title' | 'numeric' | 'general' | null;

/** What kind of abbreviation a word before a full stop is, if any. */
export function abbreviationKind(word: string, d: LangData): AbbrevKind {
  const low = lowerCase(word);
  // A title is written with its capital ("Det. Smith"); Norwegian "ut av det." ends a sentence.
  if (d.titleAbbr.has(low) && word !== low) return 'title';
  if (d.numericAbbr.has(low)) return 'numeric';
  if (d.generalAbbr.has(low) || /^(\p{L}\.)+\p{L}$/u.test(word) || /^\p{L}$/u.test(word)) return 'general';
  return null;
}

/** Decides whether the full stop run text[i, j) followed by closers up to k ends a sentence. Returns the end, or -1. */
function decide(text: string, i: number, j: number, k: number, d: LangData, listPeriods: ReadonlySet<number>, from: number): number {
  // One look at the run: wide stops, question or exclamation marks, and dots ("…" counts three).
  let qe = false;
  let dots = 0;
  for (let x = i; x < j; x++) {
    const c = text.charCodeAt(x);
    if (c === 46) dots++;
    else if (c === 0x2026) dots += 3;
    else if (WIDE_TERMINAL_CODES.has(c)) return k;
    else if (QUESTION_EXCLAIM_CODES.has(c)) qe = true;
  }
  let m = k;
  while (m < text.length && isSpaceCode(text.charCodeAt(m))) m++;
  if (m >= text.length) return k;
  const next = text.charCodeAt(m);
  const word = wordBefore(text, i, from);

  if (m === k) {
    // Glued: "soon.In the", "Tuesday.Mr. Smith". Only a capital followed by a small letter starts a sentence here.
    if (!(isUpperC(next) && isLowerC(codeAt(text, m + 1))) || dots > 1) return -1;
    const prev = codeAt(text, i - 1);
    if (!(isLowerC(prev) || isDigitC(prev) || prev === 37 || CLOSER_CODES.has(prev) || qe)) return -1;
    if (inUrlOrEmail(text, i) || (!qe && abbreviationKind(word, d))) return -1;
    return k;
  }
  if (isLowerC(next)) return -1;
  if (qe) return k;
  if (dots >= 3) {
    const attached = i > 0 && !isSpaceCode(text.charCodeAt(i - 1));
    // "compounds. . . . The": the first dot ends the sentence; the spaced ellipsis opens the next one.
    if (attached && codeAt(text, i + 1) === 32 && codeAt(text, i + 2) === 46) return i + 1;
    // An ellipsis alone never ends a sentence; an ellipsis with a full stop ("that.... She") does.
    return dots >= 4 ? k : -1;
  }
  if (listPeriods.has(i)) return -1;
  const kind = abbreviationKind(word, d);
  const nextWord = lowerCase(wordAt(text, m));
  if (kind === 'title') return -1;
  if (kind) {
    // "Wis. (AP)", "Inc. (AAPL)": a bracket after an abbreviation goes on with the sentence.
    if (isDigitC(next) || next === 40 || next === 91) return -1;
    if (isUpperC(next)) return d.starters.has(nextWord) ? k : -1;
    return k;
  }
  // "am 8. Mai", "die 3. Liga": a number with a full stop is an ordinal in German.
  if (/^\d{1,2}$/.test(word) && (NOUN_CAPITALISING.has(d.code) || d.code === 'und') && isUpperC(next)) {
    return d.starters.has(nextWord) ? k : -1;
  }
  return k;
}

/** A line break that only wraps a line: the line ends on a space and the next one goes on in lower case. */
function isSoftBreak(text: string, at: number, soft: boolean): boolean {
  let m = at + 1;
  for (let x = codeAt(text, m); x === 32 || x === 9 || x === 13; x = codeAt(text, m)) m++;
  if (codeAt(text, m) === 10) return false;
  if (soft) return true;
  const before = codeAt(text, at - 1);
  return (before === 32 || before === 9) && isLowerC(codeAt(text, m));
}

/** Ends the sentence opened at `start` (-1: none) at `end`, trimmed of whitespace, and keeps it unless empty. */
function pushSentence(text: string, out: Sentence[], start: number, end: number): void {
  let e = end;
  while (e > start && isSpaceC(codeAt(text, e - 1))) e--;
  if (start >= 0 && e > start) out.push({ start, end: e });
}

/** Splits text into sentences; every span slices the input and is trimmed of whitespace. */
export function splitSentences(text: string, options: SplitOptions = {}): Sentence[] {
  const d = langData(options.lang);
  const { starts: listStarts, periods: listPeriods } = findListMarkers(text, d);
  const out: Sentence[] = [];
  const n = text.length;
  const max = options.max ?? Infinity;
  // Read here, at every call, not at the first line break: the options come in a few shapes, all seen early this way.
  const softNewlines = options.softNewlines === true;
  // The open sentence's start (-1: none). Closed by pushSentence and set to -1 here, not by a closure: a variable a
  // closure writes lives in a heap context, and this one is read at every character.
  let start = -1;
  // Without list markers, a plain ASCII character inside a sentence (not a stop, not a line break) decides nothing.
  const noList = listStarts.size === 0;
  for (let i = 0; i < n && out.length < max; i++) {
    const x = text.charCodeAt(i);
    if (start >= 0 && noList && x < 128 && x !== 10 && x !== 46 && x !== 33 && x !== 63) continue;
    if (start < 0) {
      if (isSpaceCode(x)) continue;
      start = i;
    } else if (x === 10) {
      if (!isSoftBreak(text, i, softNewlines)) { pushSentence(text, out, start, i); start = -1; }
      continue;
    } else if (i > start && isSpaceCode(text.charCodeAt(i - 1)) && (listStarts.has(i) || isBullet(text.charAt(i))) && /[\p{L}\p{N}]/u.test(text.slice(start, i))) {
      pushSentence(text, out, start, i);
      start = i;
    }
    if (!isTerminalC(x)) continue;
    // A spaced ellipsis (". . .") runs on while all before it is dots: tracked as it goes, not re-tested on the whole
    // run at each space (that was quadratic: ". " × 64K took 2.4 s, × 128K 9 s).
    let j = i;
    let dotsOnly = true;
    while (j < n) {
      const y = text.charCodeAt(j);
      if (isTerminalC(y)) { dotsOnly &&= y === 46; j++; }
      else if (y === 32 && codeAt(text, j + 1) === 46 && dotsOnly) j++;
      else break;
    }
    let k = j;
    for (;;) {
      const y = codeAt(text, k);
      // A straight or opening-shaped quote glued to a letter opens the next sentence: 'Yukos."We are'.
      if (k < n && CLOSER_CODES.has(y) && !(AMBIGUOUS_QUOTE_CODES.has(y) && isWordUnit(codeAt(text, k + 1)))) k++;
      else if ((y === 32 || y === 0xa0 || y === 0x202f) && codeAt(text, k + 1) === 0xbb) k += 2;
      else break;
    }
    const end = decide(text, i, j, k, d, listPeriods, start);
    if (end >= 0) {
      pushSentence(text, out, start, end);
      start = -1;
      i = end - 1;
    } else {
      i = Math.max(i, j - 1);
    }
  }
  if (start >= 0 && out.length < max) pushSentence(text, out, start, n);
  return out;
}
