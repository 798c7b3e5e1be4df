// Global decision: the best set of boundaries by dynamic programming over the candidates (U00-style), with a
// cost per story that punishes implausibly short stories. Linear time: short stories are looked up in a bounded
// window, and every longer one shares a running best (its length cost is flat).

/** Stories shorter than this many words are penalised (a headline, a credit or a lone sentence is not a story). */
export const MIN_STORY_WORDS = 40;
/** Cost of a story of no words; it falls linearly to 0 at MIN_STORY_WORDS. */
const SHORT_STORY_COST = 16;

export interface Scored {
  /** Word index where the next story would start. */
  word: number;
  /** Log-odds that a story starts here. */
  score: number;
}

const shortCost = (words: number): number => (words >= MIN_STORY_WORDS ? 0 : (SHORT_STORY_COST * (MIN_STORY_WORDS - words)) / MIN_STORY_WORDS);

/** Returns the indices of the chosen candidates. `totalWords` closes the last story. */
export function decode(cands: readonly Scored[], totalWords: number): number[] {
  const n = cands.length;
  // Node 0 is the document start; node i+1 is candidate i.
  const pos = [0, ...cands.map((c) => c.word)];
  const best = new Float64Array(n + 1);
  const back = new Int32Array(n + 1).fill(-1);
  let farBest = -Infinity; // best over nodes at least MIN_STORY_WORDS before the current one
  let farArg = -1;
  let far = 0; // next node to fold into farBest; nodes from here to j-1 are within MIN_STORY_WORDS of j
  for (let j = 1; j <= n; j++) {
    while (far < j && pos[j] - pos[far] >= MIN_STORY_WORDS) {
      if (best[far] > farBest) { farBest = best[far]; farArg = far; }
      far++;
    }
    let b = farBest, arg = farArg;
    for (let i = far; i < j; i++) {
      const v = best[i] - shortCost(pos[j] - pos[i]);
      if (v > b) { b = v; arg = i; }
    }
    best[j] = b + cands[j - 1].score;
    back[j] = arg;
  }
  // Close: the last story runs to the end.
  let endBest = -Infinity, endArg = 0;
  for (let i = 0; i <= n; i++) {
    const v = best[i] - shortCost(totalWords - pos[i]);
    if (v > endBest) { endBest = v; endArg = i; }
  }
  const chosen: number[] = [];
  for (let i = endArg; i > 0; i = back[i]) chosen.push(i - 1);
  return chosen.reverse();
}
