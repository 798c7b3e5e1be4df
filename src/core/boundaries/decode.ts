// Global decision: the best set of boundaries by dynamic programming over the candidates (U00-style), with a
// cost per story that punishes implausibly short stories. Linear time: short stories are looked up in a bounded
// window, and every longer one shares a running best (its length cost is flat).

/** Stories shorter than this many words are penalised (a headline, a credit or a lone sentence is not a story),
 * unless the page itself shows shorter stories (storyLength.ts). */
export const MIN_STORY_WORDS = 40;
/** Cost of a story of no words; it falls linearly to 0 at the minimum story length. */
const SHORT_STORY_COST = 16;

export interface Scored {
  /** Word index where the next story would start. */
  word: number;
  /** Log-odds that a story starts here. */
  score: number;
}

/**
 * Story starts looked at within the short-story window of a node, at most: real text has one candidate every few
 * words, but a run of glued capitals ("ABCDefABCDef…", one word) puts thousands at one word position, which made
 * the window quadratic. Beyond this many, the nearest are the ones that matter.
 */
const MAX_NEAR_NODES = 256;

const shortCostFor = (min: number) => (words: number): number => (words >= min ? 0 : (SHORT_STORY_COST * (min - words)) / min);

/**
 * A page's teasers cut to one length: each story of about `length` space-separated words that ends cut earns `bonus`.
 * Positions here are in space-separated words, as a cutter (and a reader) counts them.
 */
export interface RegularLength {
  length: number;
  tolerance: number;
  bonus: number;
  /** Space-word position of each candidate, and of the text end. */
  spaceWords: readonly number[];
  spaceWordsTotal: number;
  /** Candidate i may end a story of that length: the text before it is cut (no full stop, or an ellipsis). */
  endsCut: readonly boolean[];
  /** The text itself ends cut. */
  textEndsCut: boolean;
}

export interface Decoded {
  chosen: number[];
  /** Total score of the chosen boundaries, story costs and bonuses. */
  score: number;
  /** Stories that earned the regular-length bonus. */
  regular: number;
}

/** Returns the indices of the chosen candidates. `totalWords` closes the last story. */
export function decode(cands: readonly Scored[], totalWords: number, minWords = MIN_STORY_WORDS): number[] {
  return decodeScored(cands, totalWords, undefined, minWords).chosen;
}

/** The best boundaries with their score; with `reg`, stories of a regular length that end cut earn a bonus. */
export function decodeScored(cands: readonly Scored[], totalWords: number, reg?: RegularLength, minWords = MIN_STORY_WORDS): Decoded {
  const n = cands.length;
  const shortCost = shortCostFor(minWords);
  // Node 0 is the document start; node i+1 is candidate i.
  const pos = [0, ...cands.map((c) => c.word)];
  const spacePos = reg ? [0, ...reg.spaceWords] : [];
  const best = new Float64Array(n + 1);
  const back = new Int32Array(n + 1).fill(-1);
  const bonusUsed = new Uint8Array(n + 1);
  let farBest = -Infinity; // best over nodes at least minWords before the current one
  let farArg = -1;
  let far = 0; // next node to fold into farBest; nodes from here to j-1 are within minWords of j
  let lo = 0; // with reg: first node that may start a story of the regular length ending at j
  for (let j = 1; j <= n; j++) {
    while (far < j && pos[j] - pos[far] >= minWords) {
      if (best[far] > farBest) { farBest = best[far]; farArg = far; }
      far++;
    }
    let b = farBest, arg = farArg, used = 0;
    for (let i = Math.max(far, j - MAX_NEAR_NODES); i < j; i++) {
      const v = best[i] - shortCost(pos[j] - pos[i]);
      if (v > b) { b = v; arg = i; }
    }
    if (reg && reg.endsCut[j - 1]) {
      while (lo < j && spacePos[lo] < spacePos[j] - reg.length - reg.tolerance) lo++;
      for (let i = lo, n = 0; i < j && spacePos[i] <= spacePos[j] - reg.length + reg.tolerance && n < MAX_NEAR_NODES; i++, n++) {
        const v = best[i] - shortCost(pos[j] - pos[i]) + reg.bonus;
        if (v > b) { b = v; arg = i; used = 1; }
      }
    }
    best[j] = b + cands[j - 1].score;
    back[j] = arg;
    bonusUsed[j] = used;
  }
  // Close: the last story runs to the end.
  let endBest = -Infinity, endArg = 0, endBonus = 0;
  for (let i = 0; i <= n; i++) {
    const regular = reg !== undefined && reg.textEndsCut && Math.abs(reg.spaceWordsTotal - spacePos[i] - reg.length) <= reg.tolerance;
    const v = best[i] - shortCost(totalWords - pos[i]) + (regular ? reg.bonus : 0);
    if (v > endBest) { endBest = v; endArg = i; endBonus = regular ? 1 : 0; }
  }
  const chosen: number[] = [];
  let regular = endBonus;
  for (let i = endArg; i > 0; i = back[i]) { chosen.push(i - 1); regular += bonusUsed[i]; }
  return { chosen: chosen.reverse(), score: endBest, regular };
}
