// A listing page cuts its teasers at about the same length. A story that ends on a full stop beside siblings
// of its length that are cut mid-sentence was most likely cut too, just at a sentence end: a likely teaser.
import type { Flag } from '../types';
import { TEASER_MAX_WORDS } from '../text/shapes';

/** At least this many siblings must be cut mid-sentence before length says anything. */
export const TEASER_MIN_CUT_SIBLINGS = 1;
/** A teaser is at most this much longer than the longest cut sibling: teasers cut at a sentence end run a little past the cut length. */
export const TEASER_LENGTH_RATIO = 1.5;
/** Stories shorter than this are too short to judge by length, or to judge others by (a one-line item). */
export const TEASER_MIN_WORDS = 15;

interface Judged {
  flags: Flag[];
  wordCount: number;
  truncated_end: boolean;
}

/** Adds `likely_teaser` to whole-looking stories that sit among cut siblings of the same length. */
export function markTeasers(stories: Judged[]): void {
  // A sibling too short to judge (a headline line, a link) says nothing of the page's teaser length either.
  const cut = stories.filter((s) => s.flags.some((f) => f.name === 'cut_mid_sentence') && s.wordCount >= TEASER_MIN_WORDS && s.wordCount <= TEASER_MAX_WORDS);
  // The siblings of a story are the cut ones but itself. A story judged here is not cut (truncated_end), so they are
  // all the cut ones, whose lengths are summed up once: the page's stories are not read again for each (quadratic).
  let cutLongest = -Infinity, cutShortest = Infinity;
  for (const c of cut) { cutLongest = Math.max(cutLongest, c.wordCount); cutShortest = Math.min(cutShortest, c.wordCount); }
  const isCut = new Set(cut);
  for (const s of stories) {
    if (s.truncated_end || s.wordCount < TEASER_MIN_WORDS || s.wordCount > TEASER_MAX_WORDS) continue;
    // (A caller's story flagged cut but not truncated_end is left out of its own siblings the long way.)
    const siblings = isCut.has(s) ? cut.filter((c) => c !== s) : cut;
    if (siblings.length < TEASER_MIN_CUT_SIBLINGS) continue;
    let longest = cutLongest, shortest = cutShortest;
    if (siblings !== cut) {
      longest = -Infinity; shortest = Infinity;
      for (const c of siblings) { longest = Math.max(longest, c.wordCount); shortest = Math.min(shortest, c.wordCount); }
    }
    if (s.wordCount > longest * TEASER_LENGTH_RATIO) continue;
    const range = shortest === longest ? `${longest}` : `${shortest}–${longest}`;
    const n = siblings.length;
    s.flags.push({
      name: 'likely_teaser',
      code: n === 1 ? 'teaser_one' : 'teaser_many',
      params: [String(n), range, String(s.wordCount)],
    });
    s.truncated_end = true;
  }
}
