// Entity chains across a decided cut: when the stories on both sides of an in-line cut name the same people and
// places, one story goes on (a long article in flat text); separate stories, even on one topic, share few names.
import type { CohesionModel } from './cohesion';
import type { Tokens } from '../text/tokenize';

/** Distinct names shared by the two stories either side of a cut for it to read as one story going on... */
export const CHAIN_MIN_NAMES = 4;
/** ...when they are more than this share of the names of the story with fewer: most of its people recur. Two
 * stories on one topic (one protest movement, one trial) share some names, seldom most (dev: 43-50%, vs 55-100%). */
export const CHAIN_MIN_SHARE = 0.5;

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
