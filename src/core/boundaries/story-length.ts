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
