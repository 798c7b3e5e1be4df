// Scores a set of weights the way the engine's first pass uses them: log-odds per candidate (plus what the ledger
// added), the page's shortest story (story-length.ts), the global decision (decode.ts), then Pk against the gold.
import { decode } from '../../src/core/boundaries/decode';
import { minStoryWords } from '../../src/core/boundaries/story-length';
import { itemWords } from '../../src/core/boundaries/find';
import { score, type PredDoc, type Scores } from '../lib/metrics';
import { TERM_NAMES, type DocData } from './data';
import { LEXICAL_TERMS } from '../../src/core/boundaries/terms';

const LEXICAL = Uint8Array.from(TERM_NAMES.map((n) => (LEXICAL_TERMS.has(n) ? 1 : 0)));

export function predict(d: DocData, w: Float64Array): PredDoc {
  // The score of each candidate, and what story-length.ts reads of it (as find.ts: structure alone inside a line).
  const scores: number[] = [], lengthScores: number[] = [];
  for (const s of d.samples) {
    let z = s.added, structural = s.added;
    for (let k = 0; k < s.idx.length; k++) {
      const v = w[s.idx[k]] * s.val[k];
      z += v;
      if (!LEXICAL[s.idx[k]]) structural += v;
    }
    scores.push(z);
    lengthScores.push(s.paragraphJoin ? z : structural);
  }
  const words = d.samples.map((s) => s.word);
  const chosen = decode(d.samples.map((s, i) => ({ word: s.word, score: scores[i] })), d.totalWords, minStoryWords(words, lengthScores, d.totalWords, itemWords(d.itemList, d.totalWords)));
  const starts = [0, ...chosen.map((i) => d.samples[i].start)];
  return { id: d.gold.id, stories: starts.map((start, i) => ({ start, end: starts[i + 1] ?? d.gold.text.length })) };
}

/** Scores of the weights on these documents, pooled and grouped by the given fields. */
export function evaluate(docs: readonly DocData[], w: Float64Array, by: readonly string[] = []): Map<string, Scores> {
  const preds = new Map(docs.map((d) => [String(d.gold.id), predict(d, w)]));
  return score(docs.map((d) => d.gold), preds, by);
}
