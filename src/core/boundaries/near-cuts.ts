// Where exactly a cut teaser ends when the next story's headline opens with capitalised words too ("…He is the owner
// |Check out |Prince Harry…", "…helping you navigate |Best |Espresso Machine…"): two capital candidates a few words
// apart score nearly alike, and the decoder took the later one, leaving the headline's first words on the teaser.
import type { Candidate } from './candidates';
import type { BoundaryFeatures } from './features';

/** Words back from a chosen capital cut searched for an earlier one: a headline's first few words. */
export const NEAR_CUT_WORDS = 4;
/**
 * Log-odds by which the earlier candidate may fall short of the chosen one and still be taken: a near tie, which the
 * scores do not decide. Flat and glued train (740 documents): moves 29 cuts onto a gold start and 10 off one at 0.5,
 * 36 and 18 at 1; devwide: 9 and 1 at 0.5.
 */
export const NEAR_TIE_LOG_ODDS = 0.5;
/** The words between must read as a headline's first words: opening on a letter, with no comma ("…14-year-old
 * |Stefan Pakeerah, who |Ukraine…" is a name in a sentence, "…fell to |94.2 |APPLEGATES…" a figure). */
const HEAD_WORDS = /^\p{L}[^,]*$/u;
/** A sentence end between the two: the words after it are a sentence of their own, not a headline's head. */
const STOP_BETWEEN = /[.!?]["”’»)\]]*\s/u;

/**
 * The chosen cuts (candidate indices, in order), each capital cut moved back to a capital candidate at most
 * NEAR_CUT_WORDS words before it that follows a lower-case word (a teaser cut mid-sentence ends there), when no
 * sentence ends between them and its score is within NEAR_TIE_LOG_ODDS of the chosen one's. Of several, the best scored.
 */
export function earlierCapCuts(text: string, cands: readonly Candidate[], features: readonly BoundaryFeatures[], scores: readonly number[], chosen: readonly number[]): number[] {
  const out: number[] = [];
  for (const k of chosen) {
    let best = k;
    if (cands[k].kind === 'cap') {
      const floor = out.length ? out[out.length - 1] : -1;
      for (let j = k - 1; j > floor && features[j].word >= features[k].word - NEAR_CUT_WORDS; j--) {
        if (cands[j].kind !== 'cap' || features[j].prevCapWord || scores[j] < scores[k] - NEAR_TIE_LOG_ODDS) continue;
        const between = text.slice(cands[j].start, cands[k].start);
        if (STOP_BETWEEN.test(between) || !HEAD_WORDS.test(between)) continue;
        if (best === k || scores[j] > scores[best]) best = j;
      }
    }
    out.push(best);
  }
  return out;
}
