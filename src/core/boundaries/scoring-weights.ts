// Which weights the engine scores with. `npm run train` writes weights.json: weights fitted on train.jsonl for the
// terms where the fit beat the hand weights on held-out sources and formats, and the hand weight elsewhere.
import { WEIGHTS, type TermName, type Weights } from './evidence';
import learned from './weights.json';

/** Learned weights for the terms listed in weights.json's `use`; the hand weight (evidence.ts) for every other term. */
export const SCORING_WEIGHTS: Weights = Object.fromEntries(
  (Object.keys(WEIGHTS) as TermName[]).map((k) => [k, (learned.use as string[]).includes(k) && k in learned.weights ? (learned.weights as Record<string, number>)[k] : WEIGHTS[k]]),
) as Weights;
