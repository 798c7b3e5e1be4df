// Finds story boundaries in a text: candidates, evidence at each, page priors for block input, global decision.
import type { StorySpan } from '../types';
import { findCandidates, type Candidate } from './candidates';
import { FLAT_SEGMENT_COST_SCALE, SEGMENT_COST_SCALE, SHORT_SEGMENT_ALPHA, topicSegments, topicUnits } from './topic';
import { chainedCuts } from './chains';
import { makeAttach, makePairCount, makeRestated } from './attach';
import { decodeTeaserLength, MIN_REGULAR_END_LOG_ODDS, rescoreCutEnds, spaceWordIndex, teaserLengthPossible } from './regularity';
import { endsCut, endsTerminal } from './cues';
import { markHeadlineRuns } from './headline-runs';
import { paragraphTopicCuts } from './paragraph-topics';
import { FLAT_LINE_WORDS } from '../text/shapes';
import { makeCommonCap, markGluedCutParagraphs, markLongSentences, markRegularLines } from './layout-cues';

import type { CohesionModel } from './cohesion';
import type { BoundaryFeatures } from './features';
import { lineOf, type LineIndex } from '../text/lines';
import type { Tokens } from '../text/tokenize';
import { cohesionModel, makeCohesion, makeNameEcho, makeNovelty, makeOverlap, type Cohesion } from './cohesion';
import { decode } from './decode';
import { minStoryWords } from './story-length';
import { boundaryLogOdds, PARAGRAPH_MAX_WORDS, structuralSum, sumTerms, termValues } from './terms';
import { SCORING_WEIGHTS } from './scoring-weights';
import { addCohesion, boundaryFeatures, cutBefore } from './features';
import { pagePriors } from './page-priors';
import { continuersFor, stopwordsFor, strongContinuersFor } from '../text/lang/stopwords';
import { indexLines } from '../text/lines';
import { tokenAt, tokenize } from '../text/tokenize';
import type { Block } from '../types';

/** Lines this long are flat runs of several stories (shapes.ts): U00 segments them. Was 250 words: three teasers pasted
 * as one line (130-200 words) were never segmented (devwide flat Pk 0.199 -> 0.185, dev flat 0.074 -> 0.068). */
const TOPIC_LINE_WORDS = FLAT_LINE_WORDS;
/** An in-line cut between two stories naming the same people (see chains.ts) is one story going on. */
const CHAINED_CUT_PENALTY = -6;
/** A run needs this many topic cuts before their median gain says anything (one story gives one or two). */
const MIN_CUTS_FOR_TYPICAL = 4;
/** Words below a headline searched for one of its words: the lede and the next paragraph. */
const HEADLINE_STORY_WORDS = 80;
/**
 * A candidate whose log-odds stay below this even with no shared word is never chosen (dropping a negative
 * boundary always raises the decoder's score), so its cohesion is not computed.
 */
const HOPELESS_LOG_ODDS = 0;

/**
 * The first index in [lo, hi) whose candidate word is at least `word`. Candidates are in word order, so a binary
 * search finds a sentence's candidates: linear overall, even on one huge line.
 */
function lowerBound(features: readonly BoundaryFeatures[], lo: number, hi: number, word: number): number {
  while (lo < hi) { const mid = (lo + hi) >> 1; if (features[mid].word < word) lo = mid + 1; else hi = mid; }
  return lo;
}

/**
 * Runs U00 topic segmentation over the sentences of each long line (flat text) and marks its cuts on the features:
 * 1 on the sentence start it chose, 2 on mid-sentence candidates in the sentence just before (a cut teaser's tail).
 */
function markTopicShifts(tokens: Tokens, model: CohesionModel, lines: LineIndex, cands: readonly Candidate[], features: BoundaryFeatures[], cohesion: (word: number) => Cohesion, costScale: number): void {
  const hasNames = model.isName.includes(1);
  let i = 0;
  while (i < cands.length) {
    const line = lineOf(lines, cands[i].start);
    let j = i;
    while (j < cands.length && lineOf(lines, cands[j].start) === line && cands[j].kind !== 'line' && cands[j].kind !== 'blank') j++;
    if (j === i) { i++; continue; }
    if (features[i].lineWords >= TOPIC_LINE_WORDS) {
      const units = [];
      for (let k = i; k < j; k++) if (cands[k].kind === 'sentence' || cands[k].kind === 'glued') units.push(k);
      const first = tokenAt(tokens, lines.starts[line]);
      const starts = [first, ...units.map((k) => features[k].word)];
      const sentences = topicUnits(tokens, model, starts, tokenAt(tokens, lines.ends[line]));
      const cuts = topicSegments(sentences, costScale);
      // A second run with a sharper prior finds shifts between short teasers that the first merged.
      const found = new Set(cuts.map((c) => c.unit));
      for (const { unit: u } of topicSegments(sentences, costScale, SHORT_SEGMENT_ALPHA)) {
        if (found.has(u) || found.has(u - 1) || found.has(u + 1)) continue;
        const after = starts[u + 1] ?? Infinity;
        for (let k = lowerBound(features, i, j, starts[u - 1]); k < j && features[k].word < after; k++) {
          if (cands[k].kind === 'cap' || cands[k].kind === 'sentence') features[k].topicShort = true;
        }
      }
      // How clear the run's topic shifts are overall: in one long story U00's cuts all save little.
      const gains = cuts.map((c) => c.gain).sort((a, b) => a - b);
      const typicalGain = gains.length >= MIN_CUTS_FOR_TYPICAL ? gains[gains.length >> 1] : 0;
      // Names that carry across the cuts mean one story goes on (a long article); separate topics share none.
      // A text with no names at all (a script without capitals) says nothing either way: no bonus for separate topics.
      const nameShare = cuts.length && hasNames ? cuts.filter((c) => cohesion(starts[c.unit]).sharedNames > 0).length / cuts.length : 1;
      for (const { unit: u, gain } of cuts) {
        features[units[u - 1]].topicCut = 1;
        features[units[u - 1]].topicGain = gain;
        features[units[u - 1]].topicTypicalGain = typicalGain;
        features[units[u - 1]].topicNameShare = nameShare;
        // A cut teaser's tail and the next story's first sentence read as one sentence, on either side of the cut.
        const after = starts[u + 1] ?? Infinity;
        for (let k = lowerBound(features, i, j, starts[u - 1] + 1); k < j && features[k].word < after; k++) {
          if (features[k].topicCut === 0 && features[k].word !== starts[u]) { features[k].topicCut = 2; features[k].topicTypicalGain = typicalGain; features[k].topicNameShare = nameShare; }
        }
      }
    }
    i = j;
  }
}

/**
 * A topic cut that lands a few words before a full stop ("…the hull to the |Orchard Valley Laboratory.") is
 * one sentence off: the previous story ends with that sentence, and the next starts right after it (so in each of the 5 dev cases read).
 */
function moveFragmentCuts(cands: readonly Candidate[], features: BoundaryFeatures[]): void {
  for (let i = 0; i < cands.length; i++) {
    const f = features[i];
    if (!f.nextFragment || f.topicCut !== 2) continue;
    let k = i + 1;
    while (k < cands.length && cands[k].kind === 'cap') k++;
    if (k >= cands.length || cands[k].kind !== 'sentence' || features[k].topicCut !== 0) continue;
    features[k].topicCut = 2;
    features[k].topicTypicalGain = f.topicTypicalGain;
    features[k].topicNameShare = f.topicNameShare;
  }
}

/** The median length (words) of the lines before line breaks: what a paragraph is in this text. */
function medianLineWords(features: readonly BoundaryFeatures[]): number {
  const words = features.filter((f) => f.kind === 'line' || f.kind === 'blank').map((f) => f.prevWords).sort((a, b) => a - b);
  return words.length ? words[words.length >> 1] : 0;
}

/** Line breaks sampled at most for the text's typical cohesion: enough for a median, bounded work on a huge text. */
const TYPICAL_COSINE_SAMPLES = 64;

/**
 * The median cosine across this text's line breaks (its sentence ends when it has none): how much neighbouring
 * paragraphs share here. Short paragraphs of one story may share little, and a boundary is a drop below that.
 */
function typicalCosine(cands: readonly Candidate[], features: readonly BoundaryFeatures[], cohesion: (word: number) => Cohesion): number {
  let idx = cands.map((c, i) => i).filter((i) => cands[i].kind === 'line' || cands[i].kind === 'blank');
  if (!idx.length) idx = cands.map((c, i) => i).filter((i) => cands[i].kind === 'sentence' || cands[i].kind === 'glued');
  if (!idx.length) return Number.NaN;
  const step = Math.max(1, Math.floor(idx.length / TYPICAL_COSINE_SAMPLES));
  const cos = idx.filter((_, k) => k % step === 0).map((i) => cohesion(features[i].word).cosine).sort((a, b) => a - b);
  return cos[cos.length >> 1];
}

export interface Boundaries {
  spans: StorySpan[];
  /** confidence[i]: how sure the start of story i is (1 for the first). */
  confidence: number[];
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

function trimSpan(text: string, start: number, end: number): StorySpan {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** Every candidate with its features, log-odds and whether the decoder chose it: for the engine and for tuning. */
export function explainBoundaries(text: string, lang: string, page?: { blocks: readonly Block[]; starts: readonly number[] }) {
  const tokens = tokenize(text, lang);
  const cands = findCandidates(text, stopwordsFor(lang));
  const model = cohesionModel(tokens);
  const cohesion = makeCohesion(tokens, model);
  const overlap = makeOverlap(tokens, model);
  const wordAt = (o: number) => tokenAt(tokens, o);
  const sharesWordsBelow = (from: number, to: number) => overlap(wordAt(from), wordAt(to), HEADLINE_STORY_WORDS);
  const ctx = { text, lines: indexLines(text), commonCap: makeCommonCap(tokens), stopwords: stopwordsFor(lang), continuers: continuersFor(lang), strongContinuers: strongContinuersFor(lang), cohesion, wordAt, sharesWordsBelow, novelty: makeNovelty(tokens, model), nameEcho: makeNameEcho(tokens, model) };
  const features = cands.map((c) => boundaryFeatures(ctx, c));
  const paragraphTopic = paragraphTopicCuts(tokens, model, cands, features.map((f) => f.word));
  features.forEach((f, i) => { f.paragraphTopic = paragraphTopic[i]; });
  const noLineBreaks = !cands.some((c) => c.kind === 'line' || c.kind === 'blank');
  markTopicShifts(tokens, model, ctx.lines, cands, features, cohesion, noLineBreaks ? FLAT_SEGMENT_COST_SCALE : SEGMENT_COST_SCALE);
  markHeadlineRuns(text, cands, features, sharesWordsBelow);
  if (cands.some((c) => c.kind === 'glued')) markGluedCutParagraphs(text, cands, features);
  markLongSentences(cands, features, tokens.count);
  moveFragmentCuts(cands, features);
  // Near a topic cut, which words go with which story decides the exact point (see attach.ts).
  const attach = makeAttach(tokens, model);
  const pairs = makePairCount(tokens);
  const restated = makeRestated(tokens, model);
  features.forEach((f) => {
    if (f.topicCut && f.kind !== 'glued') { f.attach = attach(f.word); f.restated = restated(f.word); }
    if (f.kind === 'cap' || f.kind === 'gluedWord') f.pairRepeats = pairs(f.word) - 1; // no stop between the two words
  });
  const lineBreaks = cands.filter((c) => c.kind === 'line' || c.kind === 'blank').length;
  const doc = {
    flat: lineBreaks === 0,
    paragraphed: lineBreaks > 0 && lineBreaks * PARAGRAPH_MAX_WORDS >= tokens.count,
    gluedJoins: cands.filter((c, i) => c.kind === 'glued' || (c.kind === 'gluedWord' && !features[i].prevCapWord)).length,
    medianLineWords: medianLineWords(features),
    typicalCosine: typicalCosine(cands, features, cohesion),
  };
  // Structure first; cohesion only where the boundary is still possible with the best cohesion.
  // The structural part of each score (no word statistics) is kept for story-length.ts.
  const structural = new Float64Array(features.length);
  const scores = features.map((f, i) => {
    const terms = termValues(f, doc);
    structural[i] = structuralSum(terms, SCORING_WEIGHTS);
    const bound = sumTerms(terms, SCORING_WEIGHTS);
    return bound < HOPELESS_LOG_ODDS ? bound : boundaryLogOdds(addCohesion(ctx, f), doc);
  });
  // The ledger of what is added to a candidate after its own terms: page priors, layout, chains, late cohesion.
  const added: [string, number][][] = cands.map(() => []);
  const add = (i: number, name: string, value: number) => { scores[i] += value; added[i].push([name, value]); };
  if (page) pagePriors(cands, add, page);
  const lastLine = text.slice(text.lastIndexOf('\n') + 1);
  markRegularLines(cands, features, add, !endsTerminal(lastLine), lastLine.split(/\s+/).filter(Boolean).length);
  const minWords = minStoryWords(features.map((f) => f.word), features.map((f, i) => structural[i] + added[i].reduce((x, [, v]) => x + v, 0)), tokens.count);
  const decodeAll = () => decode(cands.map((c, i) => ({ word: features[i].word, score: scores[i] })), tokens.count, minWords);
  let chosen = decodeAll();
  // Entity chains: an in-line cut between two stories that name the same people is undone, once.
  const chained = chainedCuts(tokens, model, chosen.map((i) => features[i].word));
  const undo = chosen.filter((i, k) => chained[k] && cands[i].kind !== 'line' && cands[i].kind !== 'blank');
  if (undo.length) { for (const i of undo) add(i, 'chain: same names either side', CHAINED_CUT_PENALTY); chosen = decodeAll(); }
  // Second pass: teasers cut to one length (see regularity.ts). Cut ends still possible get their real score first,
  // but only where a length has support even with best-case scores (real ones are never higher).
  const wsWord = spaceWordIndex(text);
  const spaceWords = cands.map((c) => wsWord(c.start));
  const lengthInput = () => ({
    scored: cands.map((c, i) => ({ word: features[i].word, score: scores[i] })),
    totalWords: tokens.count,
    chosen,
    spaceWords,
    spaceWordsTotal: wsWord(text.length),
    endsCut: cands.map((c, i) => cutBefore(features[i]) && scores[i] >= MIN_REGULAR_END_LOG_ODDS),
    textEndsCut: endsCut(text),
  });
  if (teaserLengthPossible(lengthInput())) {
    rescoreCutEnds(scores, (i) => cutBefore(features[i]) && Number.isNaN(features[i].cosine), chosen, (i) => {
      const bound = boundaryLogOdds(features[i], doc);
      return boundaryLogOdds(addCohesion(ctx, features[i]), doc) - bound;
      // The features now hold the real cohesion, so the ledger's terms show it: the correction is no term of its own.
    }, (i, _name, value) => { scores[i] += value; });
    const regular = decodeTeaserLength(lengthInput());
    if (regular) chosen = regular;
  }
  return { cands, features, scores, chosen, doc, added, minWords, totalWords: tokens.count };
}

export function findBoundaries(text: string, lang: string, page?: { blocks: readonly Block[]; starts: readonly number[] }): Boundaries {
  const { cands, scores, chosen } = explainBoundaries(text, lang, page);
  const spans: StorySpan[] = [];
  const confidence: number[] = [];
  let start = 0;
  for (const k of chosen) {
    const span = trimSpan(text, start, cands[k].prevEnd);
    if (span.end > span.start) { spans.push(span); confidence.push(spans.length === 1 ? 1 : sigmoid(scores[k])); }
    else if (spans.length) continue;
    start = cands[k].start;
  }
  const last = trimSpan(text, start, text.length);
  if (last.end > last.start) { spans.push(last); confidence.push(spans.length === 1 ? 1 : sigmoid(scores[chosen[chosen.length - 1]] ?? 0)); }
  return { spans, confidence };
}
