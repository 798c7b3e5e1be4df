// U00 over the paragraphs of a text written in lines (or over its glued paragraphs, "soon.In", when it has none): a
// global reading of where the topic changes, with a cost per segment, so that a long story whose paragraphs share few
// words is still one segment when no paragraph break saves more than a segment costs. Each paragraph break gets a
// column: whether U00 cut there (1), read it and kept one topic (-1), or did not read it (0: too few paragraphs).
import { breaksLine, type Candidate } from './candidates';
import type { CohesionModel } from './cohesion';
import type { Tokens } from '../text/tokenize';
import { SEGMENT_COST_SCALE, topicSegments, topicUnits } from './topic';

/** Paragraphs needed before a topic reading of them means anything. */
const MIN_PARAGRAPHS = 4;

export function paragraphTopicCuts(tokens: Tokens, model: CohesionModel, cands: readonly Candidate[], words: readonly number[]): Int8Array {
  const out = new Int8Array(cands.length);
  // (Index arrays pushed, not mapped and filtered: an optimized .map makes holey arrays, another shape to compile for.)
  const lines: number[] = [];
  for (let i = 0; i < cands.length; i++) if (breaksLine(cands[i].kind)) lines.push(i);
  // Glued text has no lines: its paragraphs meet at joins after a full stop ("soon.In").
  if (!lines.length) for (let i = 0; i < cands.length; i++) if (cands[i].kind === 'glued') lines.push(i);
  if (lines.length + 1 < MIN_PARAGRAPHS) return out;
  const starts: number[] = [0];
  for (const i of lines) starts.push(words[i]);
  const cuts = new Set(topicSegments(topicUnits(tokens, model, starts, tokens.count, tokens.id), SEGMENT_COST_SCALE).map((c) => c.unit));
  lines.forEach((i, k) => { out[i] = cuts.has(k + 1) ? 1 : -1; });
  return out;
}
