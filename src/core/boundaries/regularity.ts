// Teasers on a listing page are cut to one length. Lines cut to a shared length mark one-line teasers
// (regularLength); in running text, a length that lets several stories end cut at it is searched for, and the
// boundaries are decoded again favouring stories of that length (decodeTeaserLength).

import { isSpaceCode } from '../text/chars';
import { decodeLayout, decodeScored, MIN_STORY_WORDS, type Scored } from './decode';
import { firstAtOrAfter } from '../text/search';
import { TEASER_MAX_WORDS } from '../text/shapes';

/** Cut stories needed, sharing one length, before the page counts as cut to a regular length. */
const MIN_REPEATS = 2;
/** Lengths (in words) this close count as the same: cutters count words a little differently. */
export const LENGTH_TOLERANCE = 1;
/** A teaser length shorter than this is a fragment, not a cutter's setting. */
const MIN_TEASER_WORDS = 25;

/** The shared length (in words) of cut stories, or null when no length repeats. */
export function regularLength(lengths: readonly number[], cut: readonly boolean[]): number | null {
  const cutLengths = lengths.filter((n, i) => cut[i] && n >= MIN_TEASER_WORDS).sort((a, b) => a - b);
  let best: number | null = null;
  let bestCount = MIN_REPEATS - 1;
  for (let i = 0; i < cutLengths.length; i++) {
    let j = i;
    while (j + 1 < cutLengths.length && cutLengths[j + 1] - cutLengths[i] <= 2 * LENGTH_TOLERANCE) j++;
    if (j - i + 1 > bestCount) { bestCount = j - i + 1; best = cutLengths[(i + j) >> 1]; }
  }
  return best;
}

/** Word counts (runs of non-space, as readers and scorers count) before each offset, by binary search. */
export function spaceWordIndex(text: string): (offset: number) => number {
  // Word starts in a typed array that doubles as needed (a text's worth of numbers pushed was a boxed array grown
  // over and over); white space read by code unit (no astral character is white space, so the pair's halves need no
  // reading together).
  let starts = new Int32Array(256);
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord) {
      if (n === starts.length) { const grown = new Int32Array(n * 2); grown.set(starts); starts = grown; }
      starts[n++] = i;
    }
    inWord = !space;
  }
  const found = starts.subarray(0, n);
  return (offset: number) => firstAtOrAfter(found, offset);
}

/** Log-odds a story of the regular length that ends cut earns: about a weak cue's worth, so a strong contrary cue still wins. */
const TEASER_LENGTH_BONUS = 2.5;
/** Stories of one length needed in the regular reading (two may share a length by chance). */
const MIN_REGULAR_STORIES = 3;
/** Log-odds by which the regular reading, bonuses included, must beat the plain one (dev: 5 keeps Choi, whose segments have no set length, at its Pk). */
const MIN_REGULAR_GAIN = 5;
/** Lengths decoded at most, those with the most support first: bounded work on a huge page. */
const MAX_LENGTHS_TRIED = 10;
/** Support a length gets from a story start the first pass chose (or the text start), against 1 from a mere cut end: it ranks the lengths tried (dev: the chosen length ranks in the first 10 for 165 of 172 documents). */
const ANCHOR_WEIGHT = 3;
/** A cut story end the evidence makes less likely than this takes no part (dev: lower lets chance lengths split whole stories). */
export const MIN_REGULAR_END_LOG_ODDS = -3;

/**
 * Gives each cut end the second pass may use (`unscored`: its score is still a best case) its real score, by adding
 * `correction(i)` (the real cohesion term less its best case), so that what page priors and layout cues added stays.
 * The first pass's choices keep the score they were chosen with: the plain reading the second pass compares against
 * stays the first pass's (a card boundary chosen on its page prior is not dropped for a weaker cohesion).
 */
export function rescoreCutEnds(scores: readonly number[], unscored: (i: number) => boolean, chosen: readonly number[], correction: (i: number) => number, add: (i: number, name: string, value: number) => void): void {
  const first = new Set(chosen);
  for (let i = 0; i < scores.length; i++) {
    if (scores[i] >= MIN_REGULAR_END_LOG_ODDS && unscored(i) && !first.has(i)) add(i, 'cohesion read for the teaser-length pass', correction(i));
  }
}

export interface TeaserLengthInput {
  scored: readonly Scored[];
  /** Words (tokens) in the text, closing the last story. */
  totalWords: number;
  /** The first pass's choice. */
  chosen: readonly number[];
  /** Space-word position of each candidate, and of the text end. */
  spaceWords: readonly number[];
  spaceWordsTotal: number;
  /** Candidate i may end a cut story: cut before it, and log-odds at least MIN_REGULAR_END_LOG_ODDS. */
  endsCut: readonly boolean[];
  textEndsCut: boolean;
  /** The page's shortest story (story-length.ts), as in the first pass. */
  minWords?: number;
}

/** What the support of lengths reads: the cut ends and the possible starts, not the scores. */
export type LengthSupport = Pick<TeaserLengthInput, 'chosen' | 'spaceWords' | 'spaceWordsTotal' | 'endsCut' | 'textEndsCut'>;

/**
 * Lengths with support: how many cut ends lie that far after a possible story start (the text start, a first-pass
 * boundary or another cut end). Only these can give MIN_REGULAR_STORIES stories of one length; the best supported
 * (first-pass starts weighing ANCHOR_WEIGHT) are tried first.
 */
function supportedLengths(input: LengthSupport): number[] {
  const { spaceWords, endsCut, chosen } = input;
  // Plain loops into typed arrays and sets: the array methods and spreads made arrays of several shapes from one text
  // to the next (empty, small integers), and each new one sent this function back to the compiler.
  let count = input.textEndsCut ? 1 : 0;
  for (let i = 0; i < spaceWords.length; i++) if (endsCut[i]) count++;
  const ends = new Int32Array(count);
  count = 0;
  for (let i = 0; i < spaceWords.length; i++) if (endsCut[i]) ends[count++] = spaceWords[i];
  if (input.textEndsCut) ends[count] = input.spaceWordsTotal;
  const anchors = new Set<number>([0]);
  for (let k = 0; k < chosen.length; k++) anchors.add(spaceWords[chosen[k]]);
  const startSet = new Set<number>(anchors);
  for (let k = 0; k < ends.length; k++) startSet.add(ends[k]);
  const starts = Int32Array.from(startSet).sort();
  // Each (end, start) pair supports a range of lengths: added as a difference (two writes, not one per length) and
  // summed once after, so dense candidates ('a' lines, list items) cost O(pairs), not O(pairs × tolerance).
  const support = new Int32Array(TEASER_MAX_WORDS + 2);
  const weighted = new Int32Array(TEASER_MAX_WORDS + 2);
  let first = 0;
  for (let x = 0; x < ends.length; x++) {
    const e = ends[x];
    while (first < starts.length && starts[first] < e - TEASER_MAX_WORDS - LENGTH_TOLERANCE) first++;
    for (let k = first; k < starts.length && starts[k] <= e - MIN_TEASER_WORDS + LENGTH_TOLERANCE; k++) {
      const d = e - starts[k];
      const w = anchors.has(starts[k]) ? ANCHOR_WEIGHT : 1;
      const lo = Math.max(MIN_TEASER_WORDS, d - LENGTH_TOLERANCE), hi = Math.min(TEASER_MAX_WORDS, d + LENGTH_TOLERANCE);
      if (lo > hi) continue;
      support[lo]++; support[hi + 1]--;
      weighted[lo] += w; weighted[hi + 1] -= w;
    }
  }
  for (let x = 1; x < support.length; x++) { support[x] += support[x - 1]; weighted[x] += weighted[x - 1]; }
  const lengths: number[] = [];
  for (let length = 0; length <= TEASER_MAX_WORDS; length++) if (support[length] >= MIN_REGULAR_STORIES) lengths.push(length);
  return lengths.sort((a, b) => weighted[b] - weighted[a] || a - b).slice(0, MAX_LENGTHS_TRIED);
}

/** Whether any length has support: with best-case scores, none means none with real ones either. */
export const teaserLengthPossible = (input: LengthSupport): boolean => supportedLengths(input).length > 0;

/**
 * Decodes again for each supported length, with a bonus for stories of that length that end cut, and returns the
 * best reading if it has MIN_REGULAR_STORIES such stories and beats the plain one by MIN_REGULAR_GAIN, its bonuses
 * counted (so its own evidence may be weaker than the plain reading's by up to that many bonuses less the gain); else null.
 */
export function decodeTeaserLength(input: TeaserLengthInput): number[] | null {
  const lengths = supportedLengths(input);
  if (!lengths.length) return null;
  // One layout for every decode below (the plain one reads no space-word positions, so it may share it).
  const layout = decodeLayout(input.scored, input.spaceWords);
  const minWords = input.minWords ?? MIN_STORY_WORDS;
  const plain = decodeScored(input.scored, input.totalWords, undefined, minWords, layout).score;
  let best: number[] | null = null, bestGain = MIN_REGULAR_GAIN;
  for (const length of lengths) {
    // (Written out field by field, not spread from the input: input objects of several shapes made as many shapes here,
    // and each new one sent the decoder back to the compiler.)
    const reg = { length, tolerance: LENGTH_TOLERANCE, bonus: TEASER_LENGTH_BONUS, spaceWords: input.spaceWords, spaceWordsTotal: input.spaceWordsTotal, endsCut: input.endsCut, textEndsCut: input.textEndsCut };
    const r = decodeScored(input.scored, input.totalWords, reg, minWords, layout);
    if (r.regular >= MIN_REGULAR_STORIES && r.score - plain > bestGain) { bestGain = r.score - plain; best = r.chosen; }
  }
  return best;
}
