// Topic shifts inside long lines (flat text): U00 over the sentences of each line of FLAT_LINE_WORDS or more. The
// result is a set of columns, one value per candidate, read by terms.ts; nothing here writes into the features.
import type { Candidate } from './candidates';
import type { Cohesion, CohesionModel } from './cohesion';
import { lineOf, type LineIndex } from '../text/lines';
import { tokenAt, type Tokens } from '../text/tokenize';
import { FLAT_LINE_WORDS } from '../text/shapes';
import { SHORT_SEGMENT_ALPHA, topicSegmentsTwice, topicUnits } from './topic';

/** Lines this long are flat runs of several stories (shapes.ts): U00 segments them. Was 250 words: three teasers pasted
 * as one line (130-200 words) were never segmented (devwide flat Pk 0.199 -> 0.185, dev flat 0.074 -> 0.068). */
const TOPIC_LINE_WORDS = FLAT_LINE_WORDS;
/** A run needs this many topic cuts before their median gain says anything (one story gives one or two). */
const MIN_CUTS_FOR_TYPICAL = 4;
/** A cut teaser's tail run into the next story's first sentence reads as one sentence longer than the line's whole
 * ones. The sentence before a topic cut is read as such a pair only when it is at least this many times the line's
 * lower-quartile sentence: a sentence of the usual length ends where it stops (flat text, capitals inside a sentence
 * before a cut under 1.25 times the median: train 1.1% story starts, against 3-4% after a cut or in a longer sentence;
 * devwide 2.4%). The lower quartile, not the median: in a feed of two-sentence teasers each cut mid-sentence, most of
 * the line's sentences are such pairs. */
const MERGED_SENTENCE_RATIO = 1.5;

export interface TopicColumns {
  /** 1: U00 cut at this sentence start; 2: a candidate in the sentence just after such a cut, or just before it when that
   * sentence is long for its line (MERGED_SENTENCE_RATIO); 0: none. */
  cut: Uint8Array;
  /** For cut 1: nats the cut saves against merging its two segments. */
  gain: Float64Array;
  /** For cut 1 and 2: the median gain of all cuts in the same run. */
  typicalGain: Float64Array;
  /** For cut 1 and 2: the share of the run's cuts with a name on both sides (1 elsewhere). */
  nameShare: Float64Array;
  /** U00 with a sharper prior cuts near here where the plain run did not: a shift between short teasers. */
  short: Uint8Array;
}

/** What the topic reading needs of each candidate: its word index, its line's words, and whether a short sentence remnant follows it. */
export interface TopicInput {
  word: readonly number[];
  lineWords: readonly number[];
  nextFragment: readonly boolean[];
}

/** The first index in [lo, hi) whose word is at least `word` (candidates are in word order): linear overall. */
function lowerBound(words: readonly number[], lo: number, hi: number, word: number): number {
  while (lo < hi) { const mid = (lo + hi) >> 1; if (words[mid] < word) lo = mid + 1; else hi = mid; }
  return lo;
}

/**
 * U00 over the sentences of each long line: 1 on the sentence start it chose, 2 on the candidates in the sentence
 * just after, and just before when that one is long (a cut teaser's tail reads as one sentence with the next story's first).
 */
export function topicShifts(tokens: Tokens, model: CohesionModel, lines: LineIndex, cands: readonly Candidate[], input: TopicInput, cohesion: (word: number) => Cohesion, costScale: number): TopicColumns {
  const n = cands.length;
  const col: TopicColumns = { cut: new Uint8Array(n), gain: new Float64Array(n), typicalGain: new Float64Array(n), nameShare: new Float64Array(n).fill(1), short: new Uint8Array(n) };
  const { word } = input;
  const hasNames = model.isName.includes(1);
  let i = 0;
  while (i < n) {
    const line = lineOf(lines, cands[i].start);
    let j = i;
    while (j < n && lineOf(lines, cands[j].start) === line && cands[j].kind !== 'line' && cands[j].kind !== 'blank') j++;
    if (j === i) { i++; continue; }
    if (input.lineWords[i] >= TOPIC_LINE_WORDS) lineShifts(tokens, model, lines, line, cands, i, j, word, cohesion, costScale, hasNames, col);
    i = j;
  }
  moveFragmentCuts(cands, input.nextFragment, col);
  return col;
}

/**
 * The topic shifts inside one long line: candidates [i, j) on line `line`, written to `col`. A function of its own: the
 * optimizing compiler takes it alone, and a line of a new shape sends back to it this part, not the whole reading.
 */
function lineShifts(tokens: Tokens, model: CohesionModel, lines: LineIndex, line: number, cands: readonly Candidate[], i: number, j: number, word: readonly number[], cohesion: (word: number) => Cohesion, costScale: number, hasNames: boolean, col: TopicColumns): void {
  // Sentence units in typed arrays (the arrays built per line had several shapes, each a recompile).
  let count = 0;
  for (let k = i; k < j; k++) if (cands[k].kind === 'sentence' || cands[k].kind === 'glued') count++;
  const units = new Int32Array(count);
  const starts = new Int32Array(count + 1);
  starts[0] = tokenAt(tokens, lines.starts[line]);
  count = 0;
  for (let k = i; k < j; k++) if (cands[k].kind === 'sentence' || cands[k].kind === 'glued') { units[count] = k; starts[++count] = word[k]; }
  // The word where unit u+1 starts, past the end for the last unit.
  const startAfter = (u: number): number => (u + 1 < starts.length ? starts[u + 1] : Infinity);
  const lineEnd = tokenAt(tokens, lines.ends[line]);
  const sentences = topicUnits(tokens, model, starts, lineEnd);
  const merged = mergedMinWords(starts, lineEnd);
  // A second run with a sharper prior finds shifts between short teasers that the first merged.
  const [cuts, shortCuts] = topicSegmentsTwice(sentences, costScale, 1, SHORT_SEGMENT_ALPHA);
  const found = new Set<number>();
  for (let c = 0; c < cuts.length; c++) found.add(cuts[c].unit);
  for (let c = 0; c < shortCuts.length; c++) {
    const u = shortCuts[c].unit;
    if (found.has(u) || found.has(u - 1) || found.has(u + 1)) continue;
    const after = startAfter(u);
    for (let k = lowerBound(word, i, j, starts[u - 1]); k < j && word[k] < after; k++) {
      if (cands[k].kind === 'cap' || cands[k].kind === 'sentence') col.short[k] = 1;
    }
  }
  // How clear the run's topic shifts are overall: in one long story U00's cuts all save little.
  const gains = new Float64Array(cuts.length);
  for (let c = 0; c < cuts.length; c++) gains[c] = cuts[c].gain;
  gains.sort();
  const typicalGain = gains.length >= MIN_CUTS_FOR_TYPICAL ? gains[gains.length >> 1] : 0;
  // Names that carry across the cuts mean one story goes on (a long article); separate topics share none.
  // A text with no names at all (a script without capitals) says nothing either way: no bonus for separate topics.
  let named = 0;
  if (hasNames) for (let c = 0; c < cuts.length; c++) if (cohesion(starts[cuts[c].unit]).sharedNames > 0) named++;
  const nameShare = cuts.length && hasNames ? named / cuts.length : 1;
  for (let c = 0; c < cuts.length; c++) {
    const { unit: u, gain } = cuts[c];
    const at = units[u - 1];
    col.cut[at] = 1; col.gain[at] = gain; col.typicalGain[at] = typicalGain; col.nameShare[at] = nameShare;
    // A cut teaser's tail and the next story's first sentence read as one sentence, on either side of the cut (before
    // it only if that sentence is long for this line).
    const after = startAfter(u);
    const from = starts[u] - starts[u - 1] >= merged ? starts[u - 1] + 1 : starts[u] + 1;
    for (let k = lowerBound(word, i, j, from); k < j && word[k] < after; k++) {
      if (col.cut[k] === 0 && word[k] !== starts[u]) { col.cut[k] = 2; col.typicalGain[k] = typicalGain; col.nameShare[k] = nameShare; }
    }
  }
}

/** The words from which a sentence of the line (units starting at `starts`, the last ending at `end`) may be a cut
 * teaser's tail and the next story's first sentence: MERGED_SENTENCE_RATIO times the lower-quartile sentence. */
function mergedMinWords(starts: Int32Array, end: number): number {
  const lengths = new Float64Array(starts.length);
  for (let u = 0; u < starts.length; u++) lengths[u] = (u + 1 < starts.length ? starts[u + 1] : end) - starts[u];
  lengths.sort();
  return MERGED_SENTENCE_RATIO * lengths[lengths.length >> 2];
}

/**
 * A topic cut that lands a few words before a full stop ("…the hull to the |Orchard Valley Laboratory.") is one
 * sentence off: the previous story ends with that sentence, and the next starts right after it. The candidates inside
 * that remnant (capitals, glued words such as "Wal|Mart") are passed over to reach the sentence end.
 */
export function moveFragmentCuts(cands: readonly Candidate[], nextFragment: readonly boolean[], col: TopicColumns): void {
  for (let i = 0; i < cands.length; i++) {
    if (!nextFragment[i] || col.cut[i] !== 2) continue;
    let k = i + 1;
    while (k < cands.length && (cands[k].kind === 'cap' || cands[k].kind === 'gluedWord')) k++;
    if (k >= cands.length || cands[k].kind !== 'sentence' || col.cut[k] !== 0) continue;
    col.cut[k] = 2; col.typicalGain[k] = col.typicalGain[i]; col.nameShare[k] = col.nameShare[i];
  }
}
