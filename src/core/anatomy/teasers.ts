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
  for (const s of stories) {
    if (s.truncated_end || s.wordCount < TEASER_MIN_WORDS || s.wordCount > TEASER_MAX_WORDS) continue;
    const siblings = cut.filter((c) => c !== s);
    if (siblings.length < TEASER_MIN_CUT_SIBLINGS) continue;
    const lengths = siblings.map((c) => c.wordCount);
    const longest = Math.max(...lengths);
    if (s.wordCount > longest * TEASER_LENGTH_RATIO) continue;
    const shortest = Math.min(...lengths);
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
