// Where in glued text a spaced candidate stands. Text glued at every paragraph break ("soon.In") has glued joins all
// along it; flat text that joins with spaces stories scraped glued inside has them only inside those stories, and its
// story starts are spaced. (Train, text read as glued: a spaced sentence end of text joined glued has a glued join
// within 80 words 90-95% of the time; a story start of flat text 49%, its other sentence ends 34%.) So a spaced
// candidate far from any glued join is only half as surely inside a glued paragraph (terms.ts spacedInGluedText):
// devwide flat Pk 0.1032 -> 0.1016 (full 0.119 -> 0.110), train sample flat 0.1134 -> 0.1114, whole train flat
// 0.1281 -> 0.1277. Nothing at all far from glue split single stories that hold a stray join or two (train single
// 0.100 -> 0.172); text glued throughout is read as before (half far from glue there: whole train glued 0.0659 -> 0.0665).
import type { Candidate } from './candidates';
import type { BoundaryFeatures } from './features';

/** Words either side searched for a glued join: about a paragraph (devwide and train alike at 60-100). */
const GLUE_NEAR_WORDS = 80;

/** A join of two sentences with no space between them (a glued join, not a camel-case name). */
const gluedJoin = (c: Candidate, f: BoundaryFeatures): boolean => c.kind === 'glued' || (c.kind === 'gluedWord' && !f.prevCapWord);

/** Per candidate: 1 where a glued join stands within GLUE_NEAR_WORDS words before or after it (null: the text has none). */
export function glueNear(cands: readonly Candidate[], features: readonly BoundaryFeatures[]): Uint8Array | null {
  const at: number[] = [];
  for (let i = 0; i < cands.length; i++) if (gluedJoin(cands[i], features[i])) at.push(features[i].word);
  if (!at.length) return null;
  const out = new Uint8Array(cands.length);
  // at[k] is the first glued join at or after the candidate's word (candidates are in text order).
  for (let i = 0, k = 0; i < cands.length; i++) {
    const w = features[i].word;
    while (k < at.length && at[k] < w) k++;
    const before = k > 0 && at[k - 1] >= w - GLUE_NEAR_WORDS;
    let after = k;
    while (after < at.length && at[after] === w) after++;
    if (before || (after < at.length && at[after] <= w + GLUE_NEAR_WORDS)) out[i] = 1;
  }
  return out;
}

/** Text glued at every paragraph break has a glued join near at least this share of its sentence ends (train, text read
 * as glued: joined glued, 335 of 457 texts at 0.95 or more, 33 under 0.7; flat text whose stories were glued inside, 52
 * of 66 under 0.7). */
const THROUGHOUT_SHARE = 0.75;

/** Whether the glued joins of a text stand near most of its sentence ends (features' glueNear set). */
export function glueThroughout(cands: readonly Candidate[], features: readonly BoundaryFeatures[]): boolean {
  let sentences = 0, near = 0;
  for (let i = 0; i < cands.length; i++) if (cands[i].kind === 'sentence') { sentences++; if (features[i].glueNear) near++; }
  return near >= THROUGHOUT_SHARE * sentences;
}

/** Whether a first reading of text read as glued, not throughout, cut more often at spaced sentence ends than at glued
 * joins (`chosen`): its stories are joined by spaces and its glued joins are paragraph breaks inside some of them
 * (DocumentCues.storiesSpaced). Text joined glued cuts at its glued joins (train, text read as glued, not throughout:
 * joined glued, 86 of 714 glued joins open a story and 84 are cut, 2 spaced sentence ends; flat text, 0 of 1,029 open a story, 137 cut). */
export function storiesSpaced(cands: readonly Candidate[], features: readonly BoundaryFeatures[], chosen: readonly number[]): boolean {
  let spaced = 0, glued = 0;
  for (const k of chosen) {
    if (cands[k].kind === 'sentence') spaced++;
    else if (gluedJoin(cands[k], features[k])) glued++;
  }
  return spaced > glued;
}
