// Logistic regression over the term activations, written out (no ML dependency): full-batch Adam on the weighted
// log loss, with an L2 pull toward the hand weights, so a term the data says little about keeps its hand weight.
import type { Sample } from './data';

export interface FitOptions {
  /** Strength of the pull toward the hand weights (per unit of total sample weight). */
  l2: number;
  epochs: number;
  rate: number;
  /** Only these terms (by index) move; the others keep their prior (hand) weight. All move when absent. */
  free?: ReadonlySet<number>;
}

/** Fits weights on samples, each with its own weight (sources weigh equally: see train.ts). */
export function fitTermWeights(samples: readonly Sample[], sampleWeight: Float64Array, prior: Float64Array, opt: FitOptions): Float64Array {
  const n = prior.length;
  const w = Float64Array.from(prior);
  const m = new Float64Array(n), v = new Float64Array(n), g = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < sampleWeight.length; i++) total += sampleWeight[i];
  const b1 = 0.9, b2 = 0.999, eps = 1e-8;
  for (let epoch = 1; epoch <= opt.epochs; epoch++) {
    g.fill(0);
    for (let i = 0; i < samples.length; i++) {
      const s = samples[i];
      let z = s.added;
      for (let k = 0; k < s.idx.length; k++) z += w[s.idx[k]] * s.val[k];
      const p = 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));
      const r = sampleWeight[i] * (p - s.y) / total;
      for (let k = 0; k < s.idx.length; k++) g[s.idx[k]] += r * s.val[k];
    }
    for (let j = 0; j < n; j++) {
      if (opt.free && !opt.free.has(j)) continue;
      const gj = g[j] + opt.l2 * (w[j] - prior[j]);
      m[j] = b1 * m[j] + (1 - b1) * gj;
      v[j] = b2 * v[j] + (1 - b2) * gj * gj;
      w[j] -= opt.rate * (m[j] / (1 - b1 ** epoch)) / (Math.sqrt(v[j] / (1 - b2 ** epoch)) + eps);
    }
  }
  return w;
}
