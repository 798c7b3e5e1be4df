// Does a story start inside a sentence? truncation.ts finds the sign a reader can see (a small letter, a continuing
// word, a closing quote…); this file weighs that sign by where the story stands in its document, with weights fitted
// on the training set (scripts/fit-start-model.ts writes start-model.json). A sign on a story that follows another one
// on the page is mostly a false alarm: a story after a found boundary begins where a sentence begins.
import model from './start-model.json';
import type { CutReason } from './truncation';

/** Where a story stands among the stories of its text. */
export interface StartContext {
  /** The story is the document's first: only there can the text begin before the story does. */
  first: boolean;
}

/** The sign's family: its own, or its code without the `_body` suffix ("start_small_letter_body" → "small_letter"). */
export function signFamily(sign: CutReason): string {
  return sign.family ?? sign.code.replace(/^start_/, '').replace(/_body$/, '');
}

/** The features of one story, by name, for the logistic model. Absent features are 0. */
export function startFeatures(sign: CutReason | null, at: StartContext): string[] {
  const out: string[] = [];
  if (at.first) out.push('first');
  if (!sign) return out;
  const fam = signFamily(sign);
  const body = sign.code.endsWith('_body');
  out.push(`sign:${fam}`);
  if (body) out.push('body');
  if (at.first) {
    out.push(`first&sign:${fam}`);
    if (body) out.push('first&body');
  }
  return out;
}

/** The fitted model: the log-odds bias, a weight a feature, the cut-off, and each sign's count on training first stories. */
export interface StartModel {
  bias: number;
  threshold: number;
  weights: Readonly<Record<string, number>>;
  firstSupport: Readonly<Record<string, number>>;
}

/** A sign seen on fewer first stories than this in training says nothing yet about its precision there: the rule stands.
 * (Later stories need no such support: none of the training set's 19,725 later stories starts inside a sentence.) */
const MIN_SUPPORT = 5;

/** The model's probability that the story starts inside a sentence. */
export function startProbability(sign: CutReason | null, at: StartContext, m: StartModel = model): number {
  let z = m.bias;
  for (const f of startFeatures(sign, at)) z += m.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** The sign, when the model says the story starts inside a sentence; null otherwise. No sign, no flag: the reader sees why. */
export function decideStart(sign: CutReason | null, at: StartContext, m: StartModel = model): CutReason | null {
  if (!sign) return null;
  if (at.first && (m.firstSupport[signFamily(sign)] ?? 0) < MIN_SUPPORT) return sign;
  return startProbability(sign, at, m) >= m.threshold ? sign : null;
}
