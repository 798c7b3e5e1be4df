// Where exactly a cut teaser ends and the next story starts, inside one run-on sentence ("…as Mr Music and film
// fans…"): the few words either side of a candidate belong to the story whose text uses them again.
import type { CohesionModel } from './cohesion';
import type { Tokens } from '../text/tokenize';

/** Words either side of the candidate whose allegiance is tested: a near miss, or a short headline. */
export const ATTACH_WORDS = 6;
/** Words either side searched for other uses of them: about a teaser. */
export const ATTACH_WINDOW = 120;

/**
 * Σ over content words just before `at` of (used again before − used after) plus Σ over those just after of
 * (used again after − used before): positive when both sides hold together as two stories split exactly here.
 */
export function makeAttach(tokens: Tokens, model: CohesionModel) {
  const before = new Int32Array(tokens.vocabSize);
  const after = new Int32Array(tokens.vocabSize);
  return (at: number): number => {
    const lo = Math.max(0, at - ATTACH_WINDOW), hi = Math.min(tokens.count, at + ATTACH_WINDOW);
    const { id } = tokens;
    for (let i = lo; i < at; i++) if (model.content[i]) before[id[i]]++;
    for (let i = at; i < hi; i++) if (model.content[i]) after[id[i]]++;
    let s = 0;
    for (let i = Math.max(lo, at - ATTACH_WORDS); i < at; i++) if (model.content[i]) s += (before[id[i]] > 1 ? 1 : 0) - (after[id[i]] > 0 ? 1 : 0);
    for (let i = at; i < Math.min(hi, at + ATTACH_WORDS); i++) if (model.content[i]) s += (after[id[i]] > 1 ? 1 : 0) - (before[id[i]] > 0 ? 1 : 0);
    for (let i = lo; i < at; i++) before[id[i]] = 0;
    for (let i = at; i < hi; i++) after[id[i]] = 0;
    return s;
  };
}

/** How often the two words either side of `at` occur side by side in the whole text ("Wayne Rooney", "the US"). */
export function makePairCount(tokens: Tokens) {
  const counts = new Map<number, number>();
  const key = (i: number) => tokens.id[i - 1] * tokens.vocabSize + tokens.id[i];
  for (let i = 1; i < tokens.count; i++) counts.set(key(i), (counts.get(key(i)) ?? 0) + 1);
  return (at: number): number => (at > 0 && at < tokens.count ? counts.get(key(at)) ?? 0 : 0);
}

/** Words from a candidate that make up a headline: a short run before the lede. */
export const HEADLINE_RUN_WORDS = 8;
/** Words after that run where the lede restates the headline ("Beastie Boys win… US rappers Beastie Boys have…"). */
export const LEDE_WORDS = 32;

/** Distinct content words of the HEADLINE_RUN_WORDS from `at` used again in the LEDE_WORDS right after them. */
export function makeRestated(tokens: Tokens, model: CohesionModel) {
  const mark = new Int32Array(tokens.vocabSize);
  let stamp = 0;
  return (at: number): number => {
    stamp += 2;
    const mid = Math.min(tokens.count, at + HEADLINE_RUN_WORDS), hi = Math.min(tokens.count, mid + LEDE_WORDS);
    for (let i = at; i < mid; i++) if (model.content[i]) mark[tokens.id[i]] = stamp;
    let n = 0;
    for (let i = mid; i < hi; i++) if (model.content[i] && mark[tokens.id[i]] === stamp) { n++; mark[tokens.id[i]] = stamp + 1; }
    return n;
  };
}
