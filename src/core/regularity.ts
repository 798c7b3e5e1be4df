// Teasers on a listing page are cut to one length: when several stories of a first pass end cut at the same
// length, a story of that length is likely wherever the first pass left a story too long.

import { SPACE, charClass } from './chars';
import { firstAtOrAfter } from './search';

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
  const starts: number[] = [];
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = (charClass(text, i) & SPACE) !== 0;
    if (!space && !inWord) starts.push(i);
    inWord = !space;
  }
  return (offset: number) => firstAtOrAfter(starts, offset);
}
