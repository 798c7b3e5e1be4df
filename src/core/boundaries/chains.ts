// Entity chains across a decided cut: when the stories on both sides of a cut name the same people and places, one
// story goes on (a long article: a subheading, a caption or a topic drift inside it); separate stories, even on one
// topic, share few names. Line breaks are checked too: on train and devwide alike that left more single stories whole
// (devwide 78.6% -> 82%) and lowered Pk (devwide 0.095 -> 0.090, train sample 0.103 -> 0.090).
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
 * For each cut (word index, ascending, between 0 and tokens.count), whether the stories either side of it share
 * an entity chain. Linear: each story's names are counted once.
 */
export function chainedCuts(tokens: Tokens, model: CohesionModel, cuts: readonly number[]): boolean[] {
  const bounds = [0, ...cuts, tokens.count];
  const stamp = new Int32Array(tokens.vocabSize).fill(-1);
  const names: Set<number>[] = [];
  for (let s = 0; s + 1 < bounds.length; s++) {
    const set = new Set<number>();
    for (let t = bounds[s]; t < bounds[s + 1]; t++) {
      const v = tokens.id[t];
      if (model.isName[v] && model.content[t] && stamp[v] !== s) { stamp[v] = s; set.add(v); }
    }
    names.push(set);
  }
  return cuts.map((_, k) => {
    const [a, b] = names[k].size <= names[k + 1].size ? [names[k], names[k + 1]] : [names[k + 1], names[k]];
    let shared = 0;
    for (const v of a) if (b.has(v)) shared++;
    return shared >= CHAIN_MIN_NAMES && shared > CHAIN_MIN_SHARE * a.size;
  });
}
