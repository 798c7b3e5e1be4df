// A short flat text that falls apart into unrelated parts: a few teasers or summaries pasted as one line ("Council
// approves new cycle lanes… Hospital waiting lists fall… Local team reaches cup final…"). Read by the words alone:
// the text may part only at a sentence end that no content word spans (no word of the text stands both before and
// after it), and every part must be long enough to be a story. One short story repeats its words across its sentences,
// or points back to them, so it seldom falls into three such parts; three unrelated teasers do.
import { breaksLine, type Candidate } from './candidates';
import type { CohesionModel } from './cohesion';
import type { BoundaryFeatures } from './features';
import { lowerCase } from '../text/chars';
import { STOP, type Tokens } from '../text/tokenize';

/**
 * How many parts of at least `minWords` words the text falls into at its sentence ends (and glued paragraph joins) that
 * no content word spans (1 when it holds together), and how many of them are one sentence with no headline run in. A sentence or paragraph that opens on a function word ("The
 * Oscar winner said…", "It…", "But…") may point back to the one before, even repeating none of its words: it opens no
 * part. (Ledes open so too, "The bank said…", so some lists are missed; with glued joins spared, a glued story whose
 * paragraphs open "But…" and "It's…" was cut in three.) Words marked `everyday` (everydayMask) span nothing either.
 * With `atLines`, line breaks may part the text too (summaries set one a line).
 */
export function unrelatedParts(tokens: Tokens, model: CohesionModel, cands: readonly Candidate[], features: readonly BoundaryFeatures[], minWords: number, everyday: Uint8Array, atLines = false): { parts: number; oneSentence: number } {
  const n = tokens.count;
  // spans[w]: content words used both before word w and at or after it (a difference array over each word's first and
  // last use).
  const first = new Int32Array(tokens.vocabSize).fill(-1);
  const last = new Int32Array(tokens.vocabSize);
  for (let i = 0; i < n; i++) {
    if (!model.content[i] || everyday[i]) continue;
    const v = tokens.id[i];
    if (first[v] < 0) first[v] = i;
    last[v] = i;
  }
  const spans = new Int32Array(n + 1);
  for (let v = 0; v < tokens.vocabSize; v++) {
    if (first[v] < 0 || last[v] === first[v]) continue;
    spans[first[v] + 1]++;
    spans[last[v] + 1]--;
  }
  for (let w = 1; w <= n; w++) spans[w] += spans[w - 1];
  // The most parts: a part ends at the first free start far enough from the last (greedy is optimal here), and a last
  // part too short joins the one before.
  let parts = 1, from = 0, ends = 0, oneSentence = 0;
  for (let i = 0; i < cands.length; i++) {
    const kind = cands[i].kind, w = features[i].word;
    // A headline run into its text ("…winter timetable Passengers on…": a common word capitalised inside a line) ends a
    // sentence of the part as a stop does.
    if (kind === 'cap' && (features[i].nextCommonCap || features[i].nextStopCap)) { ends++; continue; }
    if (kind !== 'sentence' && kind !== 'glued' && !(atLines && breaksLine(kind))) continue;
    ends++;
    if (w <= 0 || w >= n || spans[w] !== 0 || w - from < minWords) continue;
    if (tokens.flags[w] & STOP) continue;
    if (ends === 1) oneSentence++;
    parts++;
    from = w;
    ends = 0;
  }
  if (parts > 1 && n - from < minWords) return { parts: parts - 1, oneSentence };
  return { parts, oneSentence: oneSentence + (ends === 0 ? 1 : 0) };
}

/**
 * 1 for each word of the text that is one of the language's everyday words (../text/lang/everyday.json: days, numbers,
 * "nächsten", "sagte"), as written or after an elided article ("l'année"): words any two unrelated items may share, so
 * in a short line they tie no two parts together. Kept apart from the stop list, which also feeds the dangling-word and
 * story-start cues (the German stop list made as full cost devwide de Pk 0.083 -> 0.099).
 */
export function everydayMask(text: string, tokens: Tokens, words: ReadonlySet<string>): Uint8Array {
  const out = new Uint8Array(tokens.count);
  if (!words.size) return out;
  for (let i = 0; i < tokens.count; i++) {
    const form = lowerCase(text.slice(tokens.start[i], tokens.end[i]));
    const apostrophe = Math.max(form.lastIndexOf("'"), form.lastIndexOf('’'));
    if (words.has(form) || (apostrophe > 0 && words.has(form.slice(apostrophe + 1)))) out[i] = 1;
  }
  return out;
}

/** The model with the marked words no content words: what the cosine reads in a short list of items. */
export function withoutWords(model: CohesionModel, marked: Uint8Array): CohesionModel {
  const content = model.content.slice();
  for (let i = 0; i < content.length; i++) if (marked[i]) content[i] = 0;
  return { ...model, content };
}
