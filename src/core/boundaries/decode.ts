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

/** The cost of a story of `words` words when stories under `min` words are short. */
const shortCost = (min: number, words: number): number => (words >= min ? 0 : (SHORT_STORY_COST * (min - words)) / min);
/** shortCost(min, words) for the lengths in a node's near reach: under `min` words, and at most `longest`. */
function shortCosts(min: number, longest: number): Float64Array {
  const costs = new Float64Array(Math.max(0, Math.min(Math.ceil(min), longest + 1)));
  for (let words = 0; words < costs.length; words++) costs[words] = shortCost(min, words);
  return costs;
}

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

/**
 * The positions of the nodes and where each run of nodes at one position ends: what a decode reads of the candidates
 * besides their scores. The teaser-length pass decodes one candidate list for many lengths, so it lays them out once.
 */
export interface DecodeLayout {
  /** Node 0 is the document start; node i+1 is candidate i. */
  pos: Int32Array;
  /** Space-word positions of the nodes (all 0 without them: every node at one space-word position). */
  spacePos: Int32Array;
  /** Last node of the run at one word position that holds node i; and of the run at one word and space-word position. */
  nearEnd: Int32Array;
  regEnd: Int32Array;
}

/** Lays out `cands` (with the space-word position of each candidate when a regular length will be decoded). */
export function decodeLayout(cands: readonly Scored[], spaceWords?: readonly number[]): DecodeLayout {
  const n = cands.length;
  // Typed arrays: one shape for every text (arrays of numbers built per text had several, each a recompile of the decoder).
  const pos = new Int32Array(n + 1);
  const spacePos = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) pos[i + 1] = cands[i].word;
  if (spaceWords) for (let i = 0; i < n; i++) spacePos[i + 1] = spaceWords[i];
  // Nodes at one word position differ only in their best score, so the decoder reads each run of them once, through
  // its best node so far: many candidates on one word (" … … …") cost no more than one (they made this quadratic).
  const same = (a: number, b: number, both: boolean) => pos[a] === pos[b] && (!both || spacePos[a] === spacePos[b]);
  const ends = (both: boolean) => {
    const end = new Int32Array(n + 1);
    for (let i = n; i >= 0; i--) end[i] = i < n && same(i, i + 1, both) ? end[i + 1] : i;
    return end;
  };
  return { pos, spacePos, nearEnd: ends(false), regEnd: ends(true) };
}

/** Node j joins the run of nodes at its position (and space-word position, for `both`) through its best node so far. */
function fold(r: { top: Int32Array; both: boolean }, j: number, best: Float64Array, pos: Int32Array, spacePos: Int32Array): void {
  const same = j > 0 && pos[j - 1] === pos[j] && (!r.both || spacePos[j - 1] === spacePos[j]);
  r.top[j] = same && best[r.top[j - 1]] >= best[j] ? r.top[j - 1] : j;
}

/** The best boundaries with their score; with `reg`, stories of a regular length that end cut earn a bonus. `layout`:
 * decodeLayout of `cands`, with reg's space words when reg is given. */
export function decodeScored(cands: readonly Scored[], totalWords: number, reg?: RegularLength, minWords = MIN_STORY_WORDS, layout = decodeLayout(cands, reg?.spaceWords)): Decoded {
  const n = cands.length;
  const { pos, spacePos } = layout;
  const best = new Float64Array(n + 1);
  const back = new Int32Array(n + 1).fill(-1);
  const bonusUsed = new Uint8Array(n + 1);
  // (No closures over these arrays: an array a closure reads lives in a heap context, read again at every use.)
  const near = { end: layout.nearEnd, top: new Int32Array(n + 1), both: false };
  const regRuns = { end: layout.regEnd, top: new Int32Array(n + 1), both: true };
  const nearEnd = near.end, nearTop = near.top;
  // The cost of a short story by its length, worked out once a decode (the same expression as shortCost, so the same
  // numbers): the inner loop below reads it for every node in reach of every node.
  const costOf = shortCosts(minWords, pos[n]);
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
    for (let i = far; i < j;) {
      const last = Math.min(nearEnd[i], j - 1);
      const t = nearTop[last];
      const d = pos[j] - pos[t];
      const v = best[t] - (d >= 0 && d < costOf.length ? costOf[d] : shortCost(minWords, d));
      if (v > b) { b = v; arg = t; }
      i = last + 1;
    }
    if (reg && reg.endsCut[j - 1]) {
      while (lo < j && spacePos[lo] < spacePos[j] - reg.length - reg.tolerance) lo++;
      for (let i = lo; i < j && spacePos[i] <= spacePos[j] - reg.length + reg.tolerance; i = Math.min(regRuns.end[i], j - 1) + 1) {
        const t = regRuns.top[Math.min(regRuns.end[i], j - 1)];
        const v = best[t] - shortCost(minWords, pos[j] - pos[t]) + reg.bonus;
        if (v > b) { b = v; arg = t; used = 1; }
      }
    }
    best[j] = b + cands[j - 1].score;
    back[j] = arg;
    bonusUsed[j] = used;
    fold(near, j, best, pos, spacePos);
    fold(regRuns, j, best, pos, spacePos);
  }
  // Close: the last story runs to the end.
  let endBest = -Infinity, endArg = 0, endBonus = 0;
  for (let i = 0; i <= n; i++) {
    const regular = reg !== undefined && reg.textEndsCut && Math.abs(reg.spaceWordsTotal - spacePos[i] - reg.length) <= reg.tolerance;
    const v = best[i] - shortCost(minWords, totalWords - pos[i]) + (regular ? reg.bonus : 0);
    if (v > endBest) { endBest = v; endArg = i; endBonus = regular ? 1 : 0; }
  }
  const chosen: number[] = [];
  let regular = endBonus;
  for (let i = endArg; i > 0; i = back[i]) { chosen.push(i - 1); regular += bonusUsed[i]; }
  return { chosen: chosen.reverse(), score: endBest, regular };
}
