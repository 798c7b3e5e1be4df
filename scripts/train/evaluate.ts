// Scores a set of weights the way the engine's first pass uses them: log-odds per candidate (plus what the ledger
// added), the page's shortest story (story-length.ts), the global decision (decode.ts), then Pk against the gold.
import { decode } from '../../src/core/boundaries/decode';
import { minStoryWords } from '../../src/core/boundaries/story-length';
import { score, type PredDoc, type Scores } from '../lib/metrics';
import type { DocData } from './data';

export function predict(d: DocData, w: Float64Array): PredDoc {
  const scores = d.samples.map((s) => {
    let z = s.added;
    for (let k = 0; k < s.idx.length; k++) z += w[s.idx[k]] * s.val[k];
    return z;
  });
  const words = d.samples.map((s) => s.word);
  const chosen = decode(d.samples.map((s, i) => ({ word: s.word, score: scores[i] })), d.totalWords, minStoryWords(words, scores, d.totalWords));
  const starts = [0, ...chosen.map((i) => d.samples[i].start)];
  return { id: d.gold.id, stories: starts.map((start, i) => ({ start, end: starts[i + 1] ?? d.gold.text.length })) };
}

/** Scores of the weights on these documents, pooled and grouped by the given fields. */
export function evaluate(docs: readonly DocData[], w: Float64Array, by: readonly string[] = []): Map<string, Scores> {
  const preds = new Map(docs.map((d) => [String(d.gold.id), predict(d, w)]));
  return score(docs.map((d) => d.gold), preds, by);
}
