// Why a story starts (or doesn't) at a place in the text: every log-odds term at the candidate nearest to an offset,
// each as activation × weight, plus what the page, the layout and the entity chains added later. The terms sum to the
// log-odds the decoder used, so a wrong boundary can be traced to the term that caused it.
import { explainBoundaries } from './find';
import { SCORING_WEIGHTS } from './scoring-weights';
import { lexicalShare, termValues, type DocumentCues } from './terms';
import { resolveLanguage } from '../text/langdetect';

export interface TermContribution {
  name: string;
  /** The term's value at this candidate (1 for a cue that fires; a number for graded terms such as cohesion). */
  activation: number;
  /** Its weight; null for terms added after scoring (page priors, layout, chains), which have only a contribution. */
  weight: number | null;
  contribution: number;
}

export interface BoundaryExplanation {
  /** The candidate boundary nearest to the offset asked about: where the previous story would end and the next start. */
  kind: string;
  prevEnd: number;
  start: number;
  /** Log-odds that a story starts here: the sum of the contributions. */
  logOdds: number;
  /** Whether the decoder chose it. */
  chosen: boolean;
  /** The shortest story the decoder allowed in this text without a cost (story-length.ts). */
  minStoryWords: number;
  /** The share of their value the word-statistics terms count here (their activations are shown so scaled). */
  lexicalShare: number;
  /** How the text as a whole was read (terms.ts DocumentCues), whether its lines were read as one (run-on.ts), and the
   * cohesion window of its in-line candidates (story-length.ts flatCohesionWindow). */
  reading: DocumentCues & { runOn: boolean; inlineWindow: number };
  terms: TermContribution[];
  /** The candidate's features, as the terms read them. */
  features: Record<string, unknown>;
}

/** The explanation at the candidate nearest to `offset` (null when the text has no candidate at all). */
export function explainAt(text: string, offset: number, langHint?: string): BoundaryExplanation | null {
  const lang = resolveLanguage(text, langHint);
  const { cands, features, scores, chosen, doc, added, minWords, runOn, inlineWindow } = explainBoundaries(text, lang);
  if (!cands.length) return null;
  let best = 0;
  cands.forEach((c, i) => { if (Math.abs(c.start - offset) < Math.abs(cands[best].start - offset)) best = i; });
  const terms: TermContribution[] = termValues(features[best], doc).map(([name, activation]) => ({ name, activation, weight: SCORING_WEIGHTS[name], contribution: activation * SCORING_WEIGHTS[name] }));
  for (const [name, value] of added[best]) terms.push({ name, activation: 1, weight: null, contribution: value });
  return {
    kind: cands[best].kind,
    prevEnd: cands[best].prevEnd,
    start: cands[best].start,
    logOdds: scores[best],
    chosen: chosen.includes(best),
    minStoryWords: minWords,
    lexicalShare: lexicalShare(features[best], doc),
    reading: { ...doc, runOn, inlineWindow },
    terms,
    features: { ...features[best] },
  };
}
