// Entity chains across a decided cut: when the stories on both sides of a cut name the same people and places, one
// story goes on (a long article: a subheading, a caption or a topic drift inside it); separate stories, even on one
// topic, share few names. Line breaks are checked too: on train and devwide alike that left more single stories whole
// (devwide 78.6% -> 81%) and lowered Pk (devwide 0.095 -> 0.090, a train sample 0.103 -> 0.091).
import type { CohesionModel } from './cohesion';
import type { Tokens } from '../text/tokenize';

/** Distinct names shared by the two stories either side of a cut for it to read as one story going on... */
export const CHAIN_MIN_NAMES = 4;
/** ...when they are more than this share of the names of the story with fewer: most of its people recur. Two
 * stories on one topic (one protest movement, one trial) share some names, seldom most (dev: 43-50%, vs 55-100%). */
export const CHAIN_MIN_SHARE = 0.5;

/** Rounds of undoing at most: each may let the decoder pick a neighbouring cut, checked again (2-3 suffice in practice). */
export const MAX_CHAIN_PASSES = 8;

/**
 * Undoes chained cuts until none is left: `decodeCuts` decides the cuts (candidate indices), `chained` says which of
 * them join stories sharing a chain, `penalise` lowers a candidate's score for the next decision. Each candidate is
 * penalised once. Returns the settled cuts.
 */
export function settleChains(decodeCuts: () => number[], chained: (cuts: readonly number[]) => boolean[], penalise: (cut: number) => void, maxPasses = MAX_CHAIN_PASSES): number[] {
  let cuts = decodeCuts();
  const done = new Set<number>();
  for (let pass = 0; pass < maxPasses; pass++) {
    const links = chained(cuts);
    const undo = cuts.filter((c, k) => links[k] && !done.has(c));
    if (!undo.length) break;
    for (const c of undo) { done.add(c); penalise(c); }
    cuts = decodeCuts();
  }
  return cuts;
}

/**
 * The two stories are compared near the cut: over at most this many times the shorter one's length either side...
 * A long article holds so many names (and German capitalises every noun) that a teaser beside it shares most of its
 * own by chance; the people of one story going on recur near the cut. (Whole stories: pages-dev run-on F1 0.977 -> 0.964,
 * three teasers merged into the long story above; windowed 0.977, devwide Pk 0.0887 -> 0.0890.)
 */
export const CHAIN_WINDOW_RATIO = 6;
/** ...and never less than this many words, so that stories of ordinary length are compared whole. */
export const CHAIN_WINDOW_MIN_WORDS = 500;

/**
 * For each cut (word index, ascending, between 0 and tokens.count), whether the stories either side of it share
 * an entity chain near the cut. Linear: each window lies inside the two stories of its cut.
 */
export function chainedCuts(tokens: Tokens, model: CohesionModel, cuts: readonly number[]): boolean[] {
  // One story (most texts' first decision): no cut to check, and no tables the size of the vocabulary to fill.
  if (!cuts.length) return [];
  const bounds = [0, ...cuts, tokens.count];
  const left = new Int32Array(tokens.vocabSize).fill(-1);
  const right = new Int32Array(tokens.vocabSize).fill(-1);
  const isName = (t: number) => model.isName[tokens.id[t]] && model.content[t];
  // (Pushed, not mapped: an optimized .map makes a holey array where the interpreter made a packed one.)
  const chained: boolean[] = [];
  for (let k = 0; k < cuts.length; k++) {
    const cut = cuts[k];
    const from = bounds[k], to = bounds[k + 2];
    const span = Math.max(CHAIN_WINDOW_MIN_WORDS, Math.min(cut - from, to - cut) * CHAIN_WINDOW_RATIO);
    let nl = 0, nr = 0, shared = 0;
    for (let t = Math.max(from, Math.floor(cut - span)); t < cut; t++) if (isName(t) && left[tokens.id[t]] !== k) { left[tokens.id[t]] = k; nl++; }
    for (let t = cut; t < Math.min(to, Math.ceil(cut + span)); t++) {
      const v = tokens.id[t];
      if (isName(t) && right[v] !== k) { right[v] = k; nr++; if (left[v] === k) shared++; }
    }
    chained.push(shared >= CHAIN_MIN_NAMES && shared > CHAIN_MIN_SHARE * Math.min(nl, nr));
  }
  return chained;
}
