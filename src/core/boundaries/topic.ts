// U00-style topic segmentation (Utiyama & Isahara 2001) of a run of sentences: the segmentation that makes each
// segment's words most probable under its own (Laplace-smoothed) word distribution, with a cost per segment.
// Look-back is bounded (MAX_SEGMENT_UNITS), so time is linear in the number of sentences.
import type { CohesionModel } from './cohesion';
import type { Tokens } from '../text/tokenize';

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

/**
 * A sharper prior than Laplace's for a second run that looks for short segments: with P(w) = (f+α)/(n+αk) and α < 1
 * each repeated word weighs more, so teasers of 30-60 words separate, where Laplace's prior needs longer segments.
 */
export const SHORT_SEGMENT_ALPHA = 0.5;

/** Counts up to this get precomputed terms. */
const TABLE_SIZE = 4096;
/** D[f] = (f+1)·ln(f+1+α) − f·ln(f+α), what Σ f·ln(f+α) grows by when a count goes from f to f+1. */
const deltaOf = (f: number, alpha: number): number => (f + 1) * Math.log(f + 1 + alpha) - f * Math.log(f + alpha);
/** For each prior α: D[f] for the counts up to TABLE_SIZE. */
const DELTAS = new Map<number, Float64Array>();
function deltasFor(alpha: number): Float64Array {
  let d = DELTAS.get(alpha);
  if (!d) DELTAS.set(alpha, d = Float64Array.from({ length: TABLE_SIZE }, (_, f) => deltaOf(f, alpha)));
  return d;
}
/** D[f] from the table, or worked out past it. (The table read alone, the rare count past it a call: small enough for
 * the compiler to inline at all three calls of the search loop under the command line's budget, cli/jit.ts. With the
 * formula here the third call was left out, and each of its answers came back as a boxed double: on dev.jsonl 58 MB of
 * garbage, the most any one function made.) */
const delta = (d: Float64Array, f: number, alpha: number): number => (f < TABLE_SIZE ? d[f] : deltaOf(f, alpha));

/** A run of sentences reduced to what U00 reads: the content-word ids of each sentence, in order. */
export interface TopicUnits {
  /** Content-word ids, sentence after sentence. */
  ids: Int32Array;
  /** Sentence u's ids are ids[start[u]] … ids[start[u+1]-1]. */
  start: Int32Array;
  /** Distinct content words in the run. */
  distinct: number;
  vocabSize: number;
}

/** `unitStarts[u]` is the first token of sentence u; sentence u ends where u+1 starts (the last at `endToken`). */
export function topicUnits(tokens: Tokens, model: CohesionModel, unitStarts: ArrayLike<number>, endToken: number, wordIds: Int32Array = tokens.topicId): TopicUnits {
  const n = unitStarts.length;
  const ids: number[] = [];
  const start = new Int32Array(n + 1);
  const seen = new Set<number>();
  for (let u = 0; u < n; u++) {
    start[u] = ids.length;
    const to = u + 1 < n ? unitStarts[u + 1] : endToken;
    for (let t = unitStarts[u]; t < to; t++) if (model.content[t]) { ids.push(wordIds[t]); seen.add(wordIds[t]); }
  }
  start[n] = ids.length;
  return { ids: Int32Array.from(ids), start, distinct: seen.size, vocabSize: tokens.vocabSize };
}

/**
 * Returns the sentences (index ≥ 1) that open a new topic segment, each with the gain of cutting there.
 * `alpha` is the smoothing prior (1: Laplace, as U00).
 */
export function topicSegments(units: TopicUnits, costScale = SEGMENT_COST_SCALE, alpha = 1): TopicCut[] {
  return topicSegmentsBy(units, costScale, alpha, Number.NaN)[0];
}

/**
 * topicSegments under two priors at once ([cuts under alphaA, cuts under alphaB]): both runs grow the same segments
 * over the same word counts, so the counts are kept once. Each prior's sums are the ones a run of its own makes.
 */
export function topicSegmentsTwice(units: TopicUnits, costScale: number, alphaA: number, alphaB: number): [TopicCut[], TopicCut[]] {
  return topicSegmentsBy(units, costScale, alphaA, alphaB);
}

/** The U00 search of topicSegments, under prior `alphaA` and, unless it is NaN, `alphaB` beside it. */
function topicSegmentsBy(units: TopicUnits, costScale: number, alphaA: number, alphaB: number): [TopicCut[], TopicCut[]] {
  const { ids, start } = units;
  const n = start.length - 1;
  if (n < 2) return [[], []];
  const two = !Number.isNaN(alphaB);
  const a = new U00Run(units, costScale, alphaA, n);
  const b = new U00Run(units, costScale, two ? alphaB : alphaA, two ? n : 0);
  const da = a.d, db = b.d;
  const counts = new Int32Array(units.vocabSize);
  for (let j = 1; j <= n; j++) {
    // Grow the segment leftwards from sentence j-1, keeping Σ f·ln(f+α) up to date.
    let sumA = 0, sumB = 0;
    const lo = Math.max(0, j - MAX_SEGMENT_UNITS);
    for (let i = j - 1; i >= lo; i--) {
      if (two) {
        for (let p = start[i]; p < start[i + 1]; p++) {
          const f = counts[ids[p]]++;
          sumA += delta(da, f, alphaA);
          sumB += delta(db, f, alphaB);
        }
        b.consider(i, j, sumB);
      } else {
        for (let p = start[i]; p < start[i + 1]; p++) sumA += delta(da, counts[ids[p]]++, alphaA);
      }
      a.consider(i, j, sumA);
    }
    for (let p = start[lo]; p < start[j]; p++) counts[ids[p]] = 0;
  }
  return [a.cuts(counts), two ? b.cuts(counts) : []];
}

/** One prior's side of the U00 search: its best segmentation of the first j sentences, for every j. */
class U00Run {
  readonly d: Float64Array;
  /** k = α × distinct content words of the run: the smoothing mass. */
  private readonly k: number;
  private readonly segCost: number;
  /** n·ln(n+k) by segment length in words, worked out once a length: the search meets each length many times. */
  private readonly lengthCost: Float64Array;
  private readonly best: Float64Array;
  private readonly back: Int32Array;

  constructor(private readonly units: TopicUnits, costScale: number, private readonly alpha: number, n: number) {
    this.d = deltasFor(alpha);
    this.k = alpha * Math.max(1, units.distinct);
    this.segCost = costScale * Math.log(Math.max(2, units.ids.length));
    this.lengthCost = new Float64Array(n ? units.ids.length + 1 : 0).fill(Number.NaN);
    this.best = new Float64Array(n + 1).fill(Infinity);
    this.back = new Int32Array(n + 1);
    this.best[0] = 0;
  }

  /** Sentences i … j-1 as one segment, whose words sum to `sumF`: −log P(words | segment) = n·ln(n+k) − Σ f·ln(f+α)
   * (P(w) = (f+α)/(n+k), Laplace when α = 1). */
  consider(i: number, j: number, sumF: number): void {
    const { start } = this.units;
    const words = start[j] - start[i];
    let lc = this.lengthCost[words];
    if (Number.isNaN(lc)) this.lengthCost[words] = lc = words * Math.log(words + this.k);
    const cost = lc - sumF + this.segCost;
    if (this.best[i] + cost < this.best[j]) { this.best[j] = this.best[i] + cost; this.back[j] = i; }
  }

  /** The chosen cuts with their gains; `counts` is all zeros and is left so. */
  cuts(counts: Int32Array): TopicCut[] {
    const { ids, start } = this.units;
    const { back, d, alpha, k, segCost } = this;
    const n = start.length - 1;
    const cuts: number[] = [];
    for (let j = n; j > 0; j = back[j]) if (back[j] > 0) cuts.push(back[j]);
    cuts.reverse();
    // The gain of each cut: what merging its two segments would cost (in nats). Large = a clear topic shift.
    const edges = [0, ...cuts, n];
    const cost = (a: number, b: number): number => {
      let sumF = 0;
      for (let p = start[a]; p < start[b]; p++) sumF += delta(d, counts[ids[p]]++, alpha);
      for (let p = start[a]; p < start[b]; p++) counts[ids[p]] = 0;
      const words = start[b] - start[a];
      return words * Math.log(words + k) - sumF + segCost;
    };
    // (Pushed, not mapped: an optimized .map makes a holey array where the interpreter made a packed one.)
    const out: TopicCut[] = [];
    for (let c = 0; c < cuts.length; c++) out.push({ unit: cuts[c], gain: cost(edges[c], edges[c + 2]) - cost(edges[c], edges[c + 1]) - cost(edges[c + 1], edges[c + 2]) });
    return out;
  }
}
