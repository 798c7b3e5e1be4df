// How short a story this page allows. A headline with a one-sentence description is a whole story on an aggregator's
// list (25-50 words), while in running text a lone sentence is a paragraph, not a story. The page says which: the
// spacing of its strong structural boundaries (a teaser's ellipsis, a cut line, a headline over prose) is its
// stories' length. Word statistics don't count here: topic shifts come at any spacing (Choi 3-11 Pk 0.117 with them).
import { MIN_STORY_WORDS } from './decode';

/** Log-odds from which a candidate counts as a strong boundary: likelier than not by e^2. At e^3 a feed of short
 * summaries whose line breaks score 2-3 kept the running-text minimum, and its one-line stories merged (devwide Pk
 * 0.0592 -> 0.0586, ru 0.111 -> 0.100, singles whole unchanged; train sample 0.0713 -> 0.0710. At 1.5 alike but one
 * gate figure worse; at 1 devwide singles whole 95.7% -> 94.0%). */
const STRONG_LOG_ODDS = 2;
/** Strong boundaries needed before their spacing says anything (two gaps may be chance). */
const MIN_STRONG = 3;
/** The shortest story allowed is this share of the median gap between strong boundaries: stories vary about it. */
const GAP_SHARE = 0.6;
/** Never below this many words: a headline and a sentence at the least. */
const FLOOR_WORDS = 15;

/** The shortest story in flat text that reads as a list of short unrelated items (terms.ts DocumentCues.itemList): a
 * headline and a sentence. Such lists have no strong structural boundary to space by, and their stories (train and
 * devwide: a median 35 words, one sentence end each) fell under the running-text minimum (20 and 25 words: single
 * sentences of a two-sentence summary cut off; train flat summaries Pk 0.266 -> 0.204, devwide 0.208 -> 0.206). */
export const ITEM_LIST_STORY_WORDS = 30;

/** The minimum story length (words) for the decoder, from the word positions and structural log-odds of the
 * candidates; `itemWords`: the text is a list of short items, none shorter than this (ITEM_LIST_STORY_WORDS, or less
 * where the list's own reading saw shorter ones). */
export function minStoryWords(words: readonly number[], scores: readonly number[], totalWords: number, itemWords = Infinity): number {
  return Math.min(itemWords, spacedMinWords(words, scores, totalWords));
}

function spacedMinWords(words: readonly number[], scores: readonly number[], totalWords: number): number {
  const strong = [0];
  for (let i = 0; i < words.length; i++) if (scores[i] >= STRONG_LOG_ODDS) strong.push(words[i]);
  if (strong.length < MIN_STRONG) return MIN_STORY_WORDS;
  strong.push(totalWords);
  const gaps: number[] = [];
  for (let i = 1; i < strong.length; i++) gaps.push(strong[i] - strong[i - 1]);
  gaps.sort((a, b) => a - b);
  const median = gaps[gaps.length >> 1];
  return Math.max(FLOOR_WORDS, Math.min(MIN_STORY_WORDS, Math.round(GAP_SHARE * median)));
}

/**
 * The cohesion window of a flat text's in-line candidates, as a share of its stories' mean length in a first reading:
 * windows of INLINE_WINDOW words either side hold two or three teasers of 40-90 words each, and a shift between two of
 * them is lost in the sum. The first reading's mean story tracks the true one (flat train and devwide: correlation 0.93
 * and 0.95 in log words, median ratio 1.0), where its median does not (a seed page's long story then its teasers).
 * Devwide flat Pk 0.108 -> 0.104 (summaries 0.106 -> 0.096, teasers-headlines 0.106 -> 0.094), train sample flat
 * 0.121 -> 0.114, Choi 3-5 0.155 -> 0.143. A share of 1: alike on devwide, train flat 0.117; 0.8: 0.104 and 0.115;
 * the median story, or a second round: worse; the minimum story length cut by the same reading: train better, devwide
 * summaries worse (0.096 -> 0.118).
 */
const WINDOW_STORY_SHARE = 0.9;
/** Never below this many words: a headline and a sentence either side. */
const WINDOW_FLOOR_WORDS = 40;

/** The in-line cohesion window for a flat text of `totalWords` words that a first reading cut at `cuts` places, or
 * null to keep INLINE_WINDOW (its stories are long enough for it). */
export function flatCohesionWindow(totalWords: number, cuts: number, inlineWindow: number): number | null {
  const words = Math.max(WINDOW_FLOOR_WORDS, Math.round((WINDOW_STORY_SHARE * totalWords) / (cuts + 1)));
  return words < inlineWindow ? words : null;
}
