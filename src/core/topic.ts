// U00-style topic segmentation (Utiyama & Isahara 2001) of a run of sentences: the segmentation that makes each
// segment's words most probable under its own (Laplace-smoothed) word distribution, with a cost per segment.
// Look-back is bounded (MAX_SEGMENT_UNITS), so time is linear in the number of sentences.
import type { CohesionModel } from './cohesion';
import type { Tokens } from './tokenize';

/** Longest topic segment considered, in sentences: several times a teaser, bounded to stay linear. */
export const MAX_SEGMENT_UNITS = 60;
/** Scales the per-segment cost ln(words) of U00; above 1 asks for more evidence before each extra segment. */
export const SEGMENT_COST_SCALE = 1;
/**
 * ...in text with no line breaks at all, where topic shifts are the main evidence and teasers are short:
 * a cheaper segment finds more of them (dev flat: Pk 0.084 → 0.081; lines of paragraphed text keep 1, as long paragraphs there are one story).
 */
export const FLAT_SEGMENT_COST_SCALE = 0.85;

export interface TopicCut {
  /** The sentence that opens the new segment. */
  unit: number;
  /** −log-likelihood saved by the cut against merging its two segments, in nats (≥ 0). */
  gain: number;
}

/** f·ln(f+1) for small f, the term of a segment's log-likelihood that changes as counts grow. */
const FLOGF = Float64Array.from({ length: 4096 }, (_, f) => f * Math.log(f + 1));
const flogf = (f: number): number => (f < FLOGF.length ? FLOGF[f] : f * Math.log(f + 1));

/**
 * `unitStarts[u]` is the first token of sentence u; sentence u ends where u+1 starts (the last at `endToken`).
 * Returns the sentences (index ≥ 1) that open a new topic segment, each with the gain of cutting there.
 */
export function topicSegments(tokens: Tokens, model: CohesionModel, unitStarts: readonly number[], endToken: number, costScale = SEGMENT_COST_SCALE): TopicCut[] {
  const n = unitStarts.length;
  if (n < 2) return [];
  const bounds = [...unitStarts, endToken];
  // Content words only; k = distinct content words of the run (the Laplace vocabulary).
  const seen = new Set<number>();
  let total = 0;
  for (let t = bounds[0]; t < endToken; t++) if (model.content[t]) { seen.add(tokens.id[t]); total++; }
  const k = Math.max(1, seen.size);
  const segCost = costScale * Math.log(Math.max(2, total));
  const counts = new Int32Array(tokens.vocabSize);
  const best = new Float64Array(n + 1).fill(Infinity);
  const back = new Int32Array(n + 1);
  best[0] = 0;
  for (let j = 1; j <= n; j++) {
    // Grow the segment leftwards from sentence j-1, keeping Σ f·ln(f+1) and the word count up to date.
    let sumF = 0, words = 0;
    const lo = Math.max(0, j - MAX_SEGMENT_UNITS);
    for (let i = j - 1; i >= lo; i--) {
      for (let t = bounds[i]; t < bounds[i + 1]; t++) {
        if (!model.content[t]) continue;
        const id = tokens.id[t];
        const f = counts[id];
        sumF += flogf(f + 1) - flogf(f);
        counts[id] = f + 1;
        words++;
      }
      // −log P(words | segment) = n·ln(n+k) − Σ f·ln(f+1)   (Laplace: P(w) = (f+1)/(n+k)).
      const cost = words * Math.log(words + k) - sumF + segCost;
      if (best[i] + cost < best[j]) { best[j] = best[i] + cost; back[j] = i; }
    }
    for (let i = j - 1; i >= lo; i--) for (let t = bounds[i]; t < bounds[i + 1]; t++) counts[tokens.id[t]] = 0;
  }
  const cuts: number[] = [];
  for (let j = n; j > 0; j = back[j]) if (back[j] > 0) cuts.push(back[j]);
  cuts.reverse();
  // The gain of each cut: what merging its two segments would cost (in nats). Large = a clear topic shift.
  const edges = [0, ...cuts, n];
  const cost = (a: number, b: number): number => {
    let sumF = 0, words = 0;
    for (let t = bounds[a]; t < bounds[b]; t++) {
      if (!model.content[t]) continue;
      const f = counts[tokens.id[t]]++;
      sumF += flogf(f + 1) - flogf(f);
      words++;
    }
    for (let t = bounds[a]; t < bounds[b]; t++) counts[tokens.id[t]] = 0;
    return words * Math.log(words + k) - sumF + segCost;
  };
  return cuts.map((unit, c) => ({ unit, gain: cost(edges[c], edges[c + 2]) - cost(edges[c], edges[c + 1]) - cost(edges[c + 1], edges[c + 2]) }));
}
