// A sentence splitter for news text. Every sentence is a span of the input: text.slice(start, end).
// One pass over the text; each decision looks at a bounded window, so the cost is linear.
import { langData, NOUN_CAPITALISING, type LangData } from './lang/anatomy/index';
import { findListMarkers, isBullet } from './listmarkers';

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

// Character classes with an ASCII fast path: these run once a character.
const isSpace = (c: string | undefined) => {
  if (c === undefined) return false;
  const x = c.charCodeAt(0);
  return x === 32 || (x >= 9 && x <= 13) || (x > 127 && /\s/.test(c));
};
const isUpper = (c: string | undefined) => {
  if (c === undefined) return false;
  const x = c.charCodeAt(0);
  return x < 128 ? x >= 65 && x <= 90 : /[\p{Lu}\p{Lt}]/u.test(c);
};
const isLower = (c: string | undefined) => {
  if (c === undefined) return false;
  const x = c.charCodeAt(0);
  return x < 128 ? x >= 97 && x <= 122 : /\p{Ll}/u.test(c);
};
const isDigit = (c: string | undefined) => {
  if (c === undefined) return false;
  const x = c.charCodeAt(0);
  return x < 128 ? x >= 48 && x <= 57 : /\p{Nd}/u.test(c);
};
const isTerminal = (c: string) => c === '.' || c === '…' || c === '?' || c === '!' || (c.charCodeAt(0) > 127 && (QUESTION_EXCLAIM.has(c) || WIDE_TERMINALS.has(c)));

/** The word ending right before `at` (no whitespace inside), without leading quotes or brackets. */
function wordBefore(text: string, at: number, min: number): string {
  let s = at;
  while (s > min && at - s < MAX_WORD_LOOKBACK && !isSpace(text[s - 1])) s--;
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
  while (s > 0 && at - s < MAX_TOKEN_SCAN && !isSpace(text[s - 1])) s--;
  let e = at;
  while (e < text.length && e - at < MAX_TOKEN_SCAN && !isSpace(text[e])) e++;
  return /@|:\/\/|www\./i.test(text.slice(s, e));
}

export type AbbrevKind = 'title' | 'numeric' | 'general' | null;

/** What kind of abbreviation a word before a full stop is, if any. */
export function abbreviationKind(word: string, d: LangData): AbbrevKind {
  const low = word.toLowerCase();
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
    const c = text[x];
    if (c === '.') dots++;
    else if (c === '…') dots += 3;
    else if (WIDE_TERMINALS.has(c)) return k;
    else if (QUESTION_EXCLAIM.has(c)) qe = true;
  }
  let m = k;
  while (m < text.length && isSpace(text[m])) m++;
  if (m >= text.length) return k;
  const next = text[m];
  const word = wordBefore(text, i, from);

  if (m === k) {
    // Glued: "soon.In the", "Tuesday.Mr. Smith". Only a capital followed by a small letter starts a sentence here.
    if (!(isUpper(next) && isLower(text[m + 1])) || dots > 1) return -1;
    const prev = text[i - 1];
    if (!(isLower(prev) || isDigit(prev) || prev === '%' || CLOSERS.has(prev) || qe)) return -1;
    if (inUrlOrEmail(text, i) || (!qe && abbreviationKind(word, d))) return -1;
    return k;
  }
  if (isLower(next)) return -1;
  if (qe) return k;
  if (dots >= 3) {
    const attached = i > 0 && !isSpace(text[i - 1]);
    // "compounds. . . . The": the first dot ends the sentence; the spaced ellipsis opens the next one.
    if (attached && text[i + 1] === ' ' && text[i + 2] === '.') return i + 1;
    // An ellipsis alone never ends a sentence; an ellipsis with a full stop ("that.... She") does.
    return dots >= 4 ? k : -1;
  }
  if (listPeriods.has(i)) return -1;
  const kind = abbreviationKind(word, d);
  const nextWord = wordAt(text, m).toLowerCase();
  if (kind === 'title') return -1;
  if (kind) {
    // "Wis. (AP)", "Inc. (AAPL)": a bracket after an abbreviation goes on with the sentence.
    if (isDigit(next) || next === '(' || next === '[') return -1;
    if (isUpper(next)) return d.starters.has(nextWord) ? k : -1;
    return k;
  }
  // "am 8. Mai", "die 3. Liga": a number with a full stop is an ordinal in German.
  if (/^\d{1,2}$/.test(word) && (NOUN_CAPITALISING.has(d.code) || d.code === 'und') && isUpper(next)) {
    return d.starters.has(nextWord) ? k : -1;
  }
  return k;
}

/** A line break that only wraps a line: the line ends on a space and the next one goes on in lower case. */
function isSoftBreak(text: string, at: number, soft: boolean): boolean {
  let m = at + 1;
  while (m < text.length && (text[m] === ' ' || text[m] === '\t' || text[m] === '\r')) m++;
  if (text[m] === '\n') return false;
  if (soft) return true;
  return (text[at - 1] === ' ' || text[at - 1] === '\t') && isLower(text[m]);
}

/** Splits text into sentences; every span slices the input and is trimmed of whitespace. */
export function splitSentences(text: string, options: SplitOptions = {}): Sentence[] {
  const d = langData(options.lang);
  const { starts: listStarts, periods: listPeriods } = findListMarkers(text, d);
  const out: Sentence[] = [];
  const n = text.length;
  const max = options.max ?? Infinity;
  let start = -1;
  const close = (end: number) => {
    let e = end;
    while (e > start && isSpace(text[e - 1])) e--;
    if (start >= 0 && e > start) out.push({ start, end: e });
    start = -1;
  };
  // Without list markers, a plain ASCII character inside a sentence (not a stop, not a line break) decides nothing.
  const noList = listStarts.size === 0;
  for (let i = 0; i < n && out.length < max; i++) {
    if (start >= 0 && noList) {
      const x = text.charCodeAt(i);
      if (x < 128 && x !== 10 && x !== 46 && x !== 33 && x !== 63) continue;
    }
    const c = text[i];
    if (start < 0) {
      if (isSpace(c)) continue;
      start = i;
    } else if (c === '\n') {
      if (!isSoftBreak(text, i, options.softNewlines === true)) close(i);
      continue;
    } else if (i > start && isSpace(text[i - 1]) && (listStarts.has(i) || isBullet(c)) && /[\p{L}\p{N}]/u.test(text.slice(start, i))) {
      close(i);
      start = i;
    }
    if (!isTerminal(c)) continue;
    // A spaced ellipsis (". . .") runs on while all before it is dots: tracked as it goes, not re-tested on the whole
    // run at each space (that was quadratic: ". " × 64K took 2.4 s, × 128K 9 s).
    let j = i;
    let dotsOnly = true;
    while (j < n) {
      if (isTerminal(text[j])) { dotsOnly &&= text[j] === '.'; j++; }
      else if (text[j] === ' ' && text[j + 1] === '.' && dotsOnly) j++;
      else break;
    }
    let k = j;
    for (;;) {
      // A straight or opening-shaped quote glued to a letter opens the next sentence: 'Yukos."We are'.
      if (k < n && CLOSERS.has(text[k]) && !(AMBIGUOUS_QUOTES.has(text[k]) && /[\p{L}\p{N}]/u.test(text[k + 1] ?? ''))) k++;
      else if ((text[k] === ' ' || text[k] === '\u00a0' || text[k] === '\u202f') && text[k + 1] === '»') k += 2;
      else break;
    }
    const end = decide(text, i, j, k, d, listPeriods, start);
    if (end >= 0) {
      close(end);
      i = end - 1;
    } else {
      i = Math.max(i, j - 1);
    }
  }
  if (start >= 0 && out.length < max) close(n);
  return out;
}
