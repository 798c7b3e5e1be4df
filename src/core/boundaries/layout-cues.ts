// Cues from the layout of run-together teasers, read over all candidates at once: lines and glued paragraphs cut to
// one length or cut mid-sentence, run-on sentences in flat text, and capitals that open a sentence with no stop before.
import { breaksLine, type Candidate } from './candidates';
import type { AddTerm } from './page-priors';
import { endsCut } from './cues';
import { countWords } from '../text/words';
import { cutBefore, type BoundaryFeatures } from './features';
import { LENGTH_TOLERANCE, regularLength } from './regularity';
import { CAP, INITIAL, STOP, type Tokens } from '../text/tokenize';

/** Two lines of a run of one-line teasers cut to one length: each line is a story, even on the same topic. */
const REGULAR_LINES_BONUS = 4;
/** Share of the teaser-sized lines that must be cut at the regular length for the page to be a run of teasers. */
const REGULAR_SHARE = 0.3;
/** A teaser cut at a sentence end runs up to this much past the regular cut length (dev: 117 words beside 107). */
const TEASER_LINE_RATIO = 1.5;

/**
 * One-line teasers cut to a regular length (several lines cut mid-sentence at the same word count): a line break
 * between two lines of about that length is a story boundary, whether or not the line before ends on a full stop.
 */
export function markRegularLines(cands: readonly Candidate[], features: readonly BoundaryFeatures[], add: AddTerm, lastLineCut: boolean, lastLineWords: number): void {
  const lengths: number[] = [], cut: boolean[] = [];
  cands.forEach((c, i) => {
    if (c.kind !== 'line' && c.kind !== 'blank') return;
    lengths.push(features[i].prevWords);
    cut.push(cutBefore(features[i]));
  });
  lengths.push(lastLineWords);
  cut.push(lastLineCut);
  const length = regularLength(lengths, cut);
  if (length === null) return;
  // On a page of teasers most teaser-sized lines are cut at that length; in one article two captions of a length
  // are a coincidence among many whole paragraphs of that size.
  const teaserSized = (words: number) => words >= length - LENGTH_TOLERANCE && words <= length * TEASER_LINE_RATIO;
  const sized = lengths.filter(teaserSized).length;
  const cutAtLength = lengths.filter((n, k) => cut[k] && Math.abs(n - length) <= 2 * LENGTH_TOLERANCE).length;
  if (cutAtLength < REGULAR_SHARE * sized) return;
  cands.forEach((c, i) => {
    const f = features[i];
    if (breaksLine(c.kind) && teaserSized(f.prevWords) && teaserSized(f.nextWords)) add(i, 'layout: lines cut to one length', REGULAR_LINES_BONUS);
  });
}

/** A glued paragraph this long that ends cut is a teaser (as features.ts's TEASER_LINE_MIN_WORDS for lines). */
const TEASER_PARAGRAPH_WORDS = 30;
/** A "sentence" this long in flat text is likely two run together (news sentences run 15-35 words; dev: 3-5× the base rate of cuts). */
const LONG_SENTENCE_WORDS = 30;
/** ...with at least this many words either side of the candidate: a teaser's tail and a lede. */
const LONG_SENTENCE_SIDE_WORDS = 8;
/** Lower-case uses of a word that make its capital mid-sentence a sentence start rather than a name ("Plans", "Music"). */
const COMMON_MIN_LOWER = 1;

/**
 * A capitalised word mid-sentence that the text writes in lower case at least as often as capitalised mid-sentence
 * (this one included): a common word, so its capital opens a sentence. Names ("Bank" of "World Bank") and German nouns fail.
 */
export function makeCommonCap(tokens: Tokens): (word: number) => boolean {
  const lower = new Int32Array(tokens.vocabSize), capMid = new Int32Array(tokens.vocabSize);
  for (let t = 0; t < tokens.count; t++) {
    const f = tokens.flags[t];
    if (!(f & CAP)) lower[tokens.id[t]]++;
    else if (!(f & INITIAL)) capMid[tokens.id[t]]++;
  }
  return (t) => {
    if (t >= tokens.count || (tokens.flags[t] & (CAP | STOP)) !== CAP) return false;
    const id = tokens.id[t];
    return lower[id] >= COMMON_MIN_LOWER && lower[id] >= capMid[id];
  };
}

/** Indices of the glued joins ("soon.In", "evenKemal"), in text order: the paragraph breaks of glued text. */
export function gluedJoinIndices(cands: readonly Candidate[]): number[] {
  return cands.map((c, i) => i).filter((i) => cands[i].kind === 'glued' || cands[i].kind === 'gluedWord');
}

/**
 * Glued text: a paragraph between two glued joins that is long and ends in a cut join ("…the firm refused toKemal")
 * is a cut teaser on its own, as a cut line is in text with line breaks (nextLineCut; a term of its own, as the
 * paragraph here is read between guessed joins, not given).
 */
export function gluedCutParagraphs(text: string, cands: readonly Candidate[], features: readonly BoundaryFeatures[]): Uint8Array {
  const out = new Uint8Array(cands.length);
  if (!cands.some((c) => c.kind === 'glued')) return out;
  const joins = gluedJoinIndices(cands);
  for (let g = 0; g < joins.length; g++) {
    const a = joins[g], b = joins[g + 1];
    const end = b === undefined ? text.length : cands[b].prevEnd;
    const cutEnd = b === undefined ? endsCut(text) : (!features[b].prevTerminal && !features[b].prevCapWord) || features[b].prevTeaserEnd;
    if (cutEnd && countWords(text.slice(cands[a].start, end), TEASER_PARAGRAPH_WORDS) >= TEASER_PARAGRAPH_WORDS) out[a] = 1;
  }
  return out;
}

/**
 * Flat text: a cut teaser's tail and the next story's first sentence read as one sentence, so a 'cap' candidate
 * well inside an overlong "sentence" (LONG_SENTENCE_WORDS or more) may be where they meet.
 */
export function longSentences(cands: readonly Candidate[], words: readonly number[], totalWords: number): Uint8Array {
  const out = new Uint8Array(cands.length);
  const starts = [0];
  cands.forEach((c, i) => { if (c.kind !== 'cap') starts.push(words[i]); });
  starts.push(totalWords);
  let k = 0;
  cands.forEach((c, i) => {
    if (c.kind !== 'cap') return;
    const w = words[i];
    while (starts[k + 1] <= w) k++;
    const before = w - starts[k], after = starts[k + 1] - w;
    out[i] = before + after >= LONG_SENTENCE_WORDS && before >= LONG_SENTENCE_SIDE_WORDS && after >= LONG_SENTENCE_SIDE_WORDS ? 1 : 0;
  });
  return out;
}
