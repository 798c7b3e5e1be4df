// Where the deck after a kicker ends ("RISING RACISM: <deck> <body>"): every word that could open the body is a
// candidate, described by the features below; a logistic model fitted on the training set (scripts/fit-deck-model.ts
// writes deck-model.json) scores them, and the best one wins. A Title Case deck ("… Prepare to Sign a $200 Million
// Prenup Shortly after it was…") ends where capitals give way to a sentence, not at its first capital.
import model from './deck-model.json';
import type { LangData } from '../text/lang/anatomy/index';
import { abbreviationKind } from '../text/sentences';
import { bareWord as bare } from '../text/words';
import { LETTER, WORD_CHAR, charClass, isSpaceCode, lowerCase } from '../text/chars';

/** A deck is at least one word and at most this many: longer first lines hold no deck we can find. */
export const MAX_DECK_WORDS = 45;
/** Words after a candidate read for the body's sentence case. */
const AFTER_WORDS = 6;
/** Share of capitalised content words at which a run of words reads as Title Case. */
const TITLE_CASE_SHARE = 0.75;

export interface DeckCandidate {
  /** Where the body would start, as an offset into the line. */
  at: number;
  /** Words the deck would hold. */
  words: number;
  features: string[];
}

const CAP = /^["“‘„«(]?[\p{Lu}]/u;
const isCap = (w: string) => CAP.test(w);
const LOWER_START = /^\p{Ll}/u;

/** For each word: 1 when it is a content word (function words left out, as Title Case leaves them small), and 1 when
 * that content word is capitalised. Read once a line, so a share over any run of words is a difference of sums. */
function capSums(bares: readonly string[], capital: readonly boolean[], d: LangData): { content: number[]; caps: number[] } {
  const content = [0];
  const caps = [0];
  for (let i = 0; i < bares.length; i++) {
    const b = bares[i];
    const isContent = !(!b || /^\p{N}/u.test(b) || (d.dangling.has(b) && !capital[i]));
    content.push(content[content.length - 1] + (isContent ? 1 : 0));
    caps.push(caps[caps.length - 1] + (isContent && capital[i] ? 1 : 0));
  }
  return { content, caps };
}

/** Share of capitalised words among the content words of words [from, to). */
function capShare(s: { content: number[]; caps: number[] }, from: number, to: number): number {
  const n = s.content[to] - s.content[from];
  return n ? (s.caps[to] - s.caps[from]) / n : 0;
}

/** Where the first `n` words of a line (runs of non-space, /\S+/) start and end: a flat story is one line of
 * thousands of words, of which a head reads a few dozen, so the rest is never split. (Scanned by character code: a
 * regex match array per word was a fifth of this module's garbage.) */
export function firstWords(line: string, n: number): { starts: number[]; ends: number[] } {
  const starts: number[] = [], ends: number[] = [];
  for (let i = 0; i < line.length && starts.length < n;) {
    if (isSpaceCode(line.charCodeAt(i))) { i++; continue; }
    const start = i;
    while (i < line.length && !isSpaceCode(line.charCodeAt(i))) i++;
    starts.push(start);
    ends.push(i);
  }
  return { starts, ends };
}

/** Marks read at a word's edges: a word is a run of non-space, so each is one character of it. */
const OPEN_QUOTES = '"“„«';
const STOPS = '.!?';
const STOP_CLOSERS = '"”’»)';
const QUOTE_ENDS = '"”’»';
const COMMAS = ',;:';
const DASHES = '–—-';
/** Whatever ends a word other than a plain letter or digit: a stop, a comma, a quote, a bracket or a dash. */
const NOT_PLAIN_ENDS = '.!?,;:"”’»)–—-';

/** The word ends on a full stop, a question or an exclamation mark, maybe closed by a quote or a bracket: what
 * /[.!?]["”’»)]?$/u finds. */
export function endsOnStop(w: string): boolean {
  const end = w[w.length - 1];
  return end !== undefined && (STOPS.includes(end) || (STOP_CLOSERS.includes(end) && w.length > 1 && STOPS.includes(w[w.length - 2])));
}

/** The words of a line (what `line.split(/\s+/).filter(Boolean)` gives), found by character code. */
export function lineWords(line: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < line.length;) {
    if (isSpaceCode(line.charCodeAt(i))) { i++; continue; }
    const start = i;
    while (i < line.length && !isSpaceCode(line.charCodeAt(i))) i++;
    out.push(line.slice(start, i));
  }
  return out;
}

const lengthBucket = (n: number) => (n <= 3 ? 'len:1-3' : n <= 7 ? 'len:4-7' : n <= 12 ? 'len:8-12' : n <= 20 ? 'len:13-20' : 'len:21+');

/**
 * The candidates of a deck line (the text after the kicker, to its line end). `ownLine`: more text follows the line,
 * so the whole line may be the deck. `minWords`, `maxWords`: only candidates with that many words before them (a
 * reader that wants fewer is spared the rest; each candidate reads only the words around it, so the ones made are
 * the same). Not with `ownLine`, whose whole-line candidate counts the line's words.
 */
export function deckCandidates(line: string, ownLine: boolean, d: LangData, kicker: string, minWords = 1, maxWords = MAX_DECK_WORDS): DeckCandidate[] {
  const toks = firstWords(line, (ownLine ? MAX_DECK_WORDS : Math.min(maxWords, MAX_DECK_WORDS)) + AFTER_WORDS + 1);
  // No word, no candidate. (Returned here, the arrays below are never empty: an empty one has another shape, and
  // meeting it sent this function back to the compiler.)
  if (!toks.starts.length) return [];
  // Each word is read as the candidate's, the one before and the one after: its forms are worked out once. (Pushed,
  // not mapped: an optimized .map makes holey arrays where the interpreter made packed ones, a recompile.)
  const words: string[] = [], bares: string[] = [], capital: boolean[] = [], lower: boolean[] = [];
  for (let i = 0; i < toks.starts.length; i++) {
    const w = line.slice(toks.starts[i], toks.ends[i]);
    words.push(w); bares.push(bare(w)); capital.push(isCap(w)); lower.push(LOWER_START.test(w));
  }
  const subject = bares[0];
  const kickerWords = new Set(lowerCase(kicker).split(/\s+/));
  const out: DeckCandidate[] = [];
  const sums = capSums(bares, capital, d);
  const last = Math.min(words.length - 1, MAX_DECK_WORDS, maxWords);
  for (let i = Math.max(1, minWords); i <= last; i++) {
    const tok = words[i];
    const prev = words[i - 1];
    const b = bares[i];
    const f: string[] = [lengthBucket(i)];
    if (capital[i]) f.push('cap');
    else if (lower[i]) f.push('lower');
    else if ((charClass(tok, 0) & (WORD_CHAR | LETTER)) === WORD_CHAR) f.push('digit');
    if (OPEN_QUOTES.includes(tok[0])) f.push('opens_quote');
    if (d.starters.has(b)) f.push(capital[i] ? 'cap_starter' : 'starter');
    if (b === subject && subject.length > 2) f.push('subject_again');
    if (kickerWords.has(b)) f.push('kicker_word');
    const pb = bares[i - 1];
    // The word before is read by its last characters (each a single code unit).
    const end = prev[prev.length - 1];
    // Whether the word before is an abbreviation, asked once: a word ending on a full stop ends on a stop.
    const stop = endsOnStop(prev);
    const abbreviation = stop ? abbreviationKind(pb, d) : null;
    if (stop && !abbreviation) f.push('prev_stop');
    if (QUOTE_ENDS.includes(end)) f.push('prev_quote');
    if (COMMAS.includes(end)) f.push('prev_comma');
    if (DASHES.includes(end)) f.push('prev_dash');
    // Inside a run of capitals ("Taylor | Swift's") a name goes on; after small words a capital opens something new.
    const prevPlain = !NOT_PLAIN_ENDS.includes(end);
    const prevCap = capital[i - 1] && prevPlain;
    if (prevCap) f.push('prev_cap');
    else if (lower[i - 1] && !d.dangling.has(pb)) f.push('prev_lower');
    if (d.articles.has(pb) || d.honorifics.has(pb)) f.push('prev_article');
    else if (d.dangling.has(pb)) f.push('prev_dangling');
    if (prev.endsWith('.') && abbreviation) f.push('prev_abbreviation');
    const before = capShare(sums, 0, i) >= TITLE_CASE_SHARE;
    const after = capShare(sums, i + 1, Math.min(words.length, i + 1 + AFTER_WORDS)) >= TITLE_CASE_SHARE;
    if (before) f.push('title_before');
    if (after) f.push('title_after');
    if (before && !after) f.push('title_gives_way');
    const hasNext = i + 1 < words.length;
    if (hasNext && lower[i + 1] && !d.dangling.has(bares[i + 1])) f.push('next_lower');
    if (hasNext && capital[i + 1]) f.push('next_cap');
    if (capital[i] && prevCap) f.push('inside_caps');

    out.push({ at: toks.starts[i], words: i, features: f });
  }
  if (words.length <= MAX_DECK_WORDS && ownLine) {
    out.push({ at: line.length, words: words.length, features: ['line_end', lengthBucket(words.length)] });
  }
  return out;
}

/** The fitted model: a weight a feature and the log-odds bias. */
export interface DeckModel {
  bias: number;
  weights: Readonly<Record<string, number>>;
}

/** A model's weights as a map, made once a model. Features are read by name at every candidate; off the plain object
 * (one lookup of many names, most of them absent) the reading was the costliest part of scoring a candidate. */
const WEIGHT_MAPS = new WeakMap<Readonly<Record<string, number>>, ReadonlyMap<string, number>>();
export function weightMap(weights: Readonly<Record<string, number>>): ReadonlyMap<string, number> {
  let map = WEIGHT_MAPS.get(weights);
  if (!map) WEIGHT_MAPS.set(weights, (map = new Map(Object.entries(weights))));
  return map;
}

export function deckScore(c: DeckCandidate, m: DeckModel = model): number {
  const weights = weightMap(m.weights);
  let z = m.bias;
  for (const f of c.features) z += weights.get(f) ?? 0;
  return z;
}

/** The best candidate, or null when the line holds none. */
export function bestDeckEnd(cands: readonly DeckCandidate[], m: DeckModel = model): DeckCandidate | null {
  let best: DeckCandidate | null = null;
  let bestZ = -Infinity;
  for (const c of cands) {
    const z = deckScore(c, m);
    if (z > bestZ) { best = c; bestZ = z; }
  }
  return best;
}
