// Finds story boundaries in a text: candidates, evidence at each, page priors for block input, global decision.
import type { StorySpan } from '../types';
import { breaksLine, findCandidates, joinsParagraphs, type Candidate } from './candidates';
import { FLAT_SEGMENT_COST_SCALE, SEGMENT_COST_SCALE } from './topic';
import { topicShifts } from './topic-shifts';
import { chainedCuts, settleChains } from './chains';
import { END_MATTER_PENALTY, endMatterCuts, plainTailCut, TAIL_PENALTY } from './end-matter';
import { makeAttach, makePairCount, makeRestated } from './attach';
import { decodeTeaserLength, MIN_REGULAR_END_LOG_ODDS, rescoreCutEnds, spaceWordIndex, teaserLengthPossible } from './regularity';
import { endsCut, endsOnEllipsis, endsTerminal, opensWithSpeaker } from './cues';
import { headlineRuns } from './headline-runs';
import { paragraphTopicCuts } from './paragraph-topics';
import { numberedItems } from './numbered-items';
import { speakerTurns } from './speaker-turns';
import { questionTurns } from './questions';
import { earlierCapCuts } from './near-cuts';
import { asOneLine, runsOnInLines } from './run-on';
import { gluedCutParagraphs, longSentences, makeCommonCap, markRegularLines } from './layout-cues';

import type { BoundaryFeatures, FeatureContext } from './features';
import { cohesionModel, makeCohesion, makeKept, makeNameEcho, makeNovelty, makeOverlap, memoCohesion, type Cohesion, type CohesionModel } from './cohesion';
import { decode, type Scored } from './decode';
import { makeNamesIntroduced, namesMarkStories } from './names-introduced';
import { glueNear, glueThroughout, storiesSpaced } from './glue-near';
import { flatCohesionWindow, ITEM_LIST_STORY_WORDS, minStoryWords } from './story-length';
import { everydayMask, unrelatedParts, withoutWords } from './unrelated-parts';
import { BRIEF_MAX_WORDS, isBrief, namesNothingNew } from './new-names';
import { NOUN_CAPITALISING } from '../text/lang/anatomy/index';
import { FLAT_LINE_WORDS } from '../text/shapes';
import { boundaryLogOdds, gluedness, HEADLINE_LIST_MIN, HEADLINE_LIST_SHARE, PARAGRAPH_MAX_WORDS, scoreTerms, termValues, type DocumentCues } from './terms';
import { SCORING_WEIGHTS } from './scoring-weights';
import { INLINE_WINDOW, addCohesion, boundaryFeatures, CaseReading, clearCohesion, continuerPhrases, cutBefore, makeHeadlineMemo, makeLineCounter } from './features';
import { pagePriors } from './page-priors';
import { continuersFor, everydayWordsFor, strongContinuersFor } from '../text/lang/stopwords';
import { functionWordsOf } from '../text/own-function-words';
import { indexLines, lineOf } from '../text/lines';
import { tokenAt, tokenize, type Tokens } from '../text/tokenize';
import type { Block } from '../types';

/** A cut between two stories naming the same people or sharing much of their words (see chains.ts) is one story going on. */
const CHAINED_CUT_PENALTY = -6;
/**
 * More for a chained cut after a short line with no stop (prevCut, not prevCutLongLine) that follows a finished
 * sentence: in an article whose words go on across it, such a line between paragraphs is a caption ("Harbour at
 * dawn: the first ferry leaves") or a subheading. Devwide Pk 0.0703 -> 0.0694 (full 0.112 -> 0.108, single stories left
 * whole 94.0% -> 94.9%), train sample 0.0757 the same. (Without the finished sentence above: train 0.0753, but teasers
 * on one topic, each cut off, merged: devwide teaser story counts fell. -4 and -6: no better.)
 */
const CHAINED_CAPTION_PENALTY = -2;
/**
 * Candidate i opens a line after a short line with no stop (the terms say prevCut, not prevCutLongLine), and the line
 * above that one ends a sentence: the short line stands between paragraphs, as a caption or a subheading does. (The walk
 * back stops at the nearest line candidate: the short line's own start.)
 */
export function captionAbove(cands: readonly Candidate[], features: readonly BoundaryFeatures[], doc: DocumentCues, i: number): boolean {
  const isLine = (j: number) => breaksLine(cands[j].kind);
  if (!isLine(i)) return false;
  const names = termValues(features[i], doc).map(([n]) => n);
  if (!names.includes('prevCut') || names.includes('prevCutLongLine')) return false;
  for (let j = i - 1; j >= 0; j--) if (isLine(j)) return features[j].prevTerminal;
  return false;
}
/** What undid a cut (find.ts's record of settleChains' penalties). */
const CHAINED_BY_NAMES = 1;
const CHAINED_BY_WORDS = 2;
/** Words below a headline searched for one of its words: the lede and the next paragraph. */
const HEADLINE_STORY_WORDS = 80;
/**
 * A candidate whose log-odds stay below this even with no shared word is never chosen (dropping a negative
 * boundary always raises the decoder's score), so its cohesion is not computed.
 */
const HOPELESS_LOG_ODDS = 0;

/** The (upper) median of word counts, 0 for none. Sorts `words` in place. */
function medianWords(words: number[]): number {
  words.sort((a, b) => a - b);
  return words.length ? words[words.length >> 1] : 0;
}

/** Line breaks sampled at most for the text's typical cohesion: enough for a median, bounded work on a huge text. */
const TYPICAL_COSINE_SAMPLES = 16;

/**
 * The median cosine across this text's line breaks (its sentence ends when it has none): how much neighbouring
 * paragraphs share here. Short paragraphs of one story may share little, and a boundary is a drop below that.
 */
function typicalCosine(cands: readonly Candidate[], features: readonly BoundaryFeatures[], cohesion: (word: number) => Cohesion): number {
  // (Arrays pushed, not mapped: an optimized .map makes a holey array where the interpreter made a packed one.)
  const idx: number[] = [];
  for (let i = 0; i < cands.length; i++) if (breaksLine(cands[i].kind)) idx.push(i);
  if (!idx.length) for (let i = 0; i < cands.length; i++) if (cands[i].kind === 'sentence' || cands[i].kind === 'glued') idx.push(i);
  if (!idx.length) return Number.NaN;
  const step = Math.max(1, Math.floor(idx.length / TYPICAL_COSINE_SAMPLES));
  const cos: number[] = [];
  for (let k = 0; k < idx.length; k += step) cos.push(cohesion(features[idx[k]].word).cosine);
  cos.sort((a, b) => a - b);
  return cos[cos.length >> 1];
}

/** Sentence ends sampled at most for the item-list reading. */
const ITEM_LIST_SAMPLES = 32;
/** Words a text needs for the reading: a shorter one is as often one short piece whose every sentence is new (a
 * travel note of 120 words read so was cut in four). */
const ITEM_LIST_MIN_WORDS = 150;
/** Sentence ends needed for it: two may be one story's. */
const ITEM_LIST_MIN_SENTENCES = 3;
/** Words either side compared at a sentence end: about a summary each side. */
const ITEM_LIST_WINDOW = 40;
/** Content words of the next sentence read for novelty. */
const ITEM_LIST_NOVELTY_WORDS = 12;
/** A list of items: the median sentence brings at least this share of new words (summaries 0.92-1, teasers and
 * stories 0.58-0.83 on train and devwide, flat text)... */
const ITEM_LIST_NOVELTY = 0.92;
/** ...and shares at most this cosine with its neighbours (summaries 0-0.01, stories and teasers 0.05-0.07). */
const ITEM_LIST_COSINE = 0.02;

/** A flat text shorter than ITEM_LIST_MIN_WORDS is a list of items when it falls into this many unrelated parts
 * (unrelated-parts.ts): three teasers pasted as one line. (Two may be one story's halves: train one-line texts under 120
 * words, 9 of 236 single stories fall into two parts, none into three.) */
const SHORT_LIST_PARTS = 3;
/** ...each of at least this many words: a headline and a sentence (train one-line texts under 120 words: 27 of 78
 * lists fall into three such parts; at 20 words 21). */
const SHORT_LIST_PART_WORDS = 15;

/** A short text of prose lines (no headline over them) is a list of items, one a line, when it falls into
 * SHORT_LIST_PARTS unrelated parts at its line breaks and sentence ends, each of at least this many words: an
 * aggregator's one-line summaries pasted line under line (train sample 0.0676 -> 0.0671, summaries 0.104 -> 0.101;
 * devwide summaries 0.056 -> 0.055; no single story split on either; at 15 words train the same, devwide unchanged).
 * A brief of one-sentence paragraphs that share no word falls apart so too: it is read as a brief first (new-names.ts),
 * never as a list. */
const LINE_LIST_PART_WORDS = 12;

/** The shortest item of a text read as a list (Infinity: no list). A text too short for the topic reading
 * (FLAT_LINE_WORDS) was read in parts of SHORT_LIST_PART_WORDS; a longer one keeps ITEM_LIST_STORY_WORDS (a 120-word
 * list of three was cut in four at 15). */
export function itemWords(itemList: boolean, totalWords: number): number {
  return !itemList ? Infinity : totalWords < FLAT_LINE_WORDS ? SHORT_LIST_PART_WORDS : ITEM_LIST_STORY_WORDS;
}

/** A list of headlines has headline-sized lines: at a median under this many words they are an article's subheadings
 * ("What it costs", "Why the harbour"), and the text one story (train and devwide the same at 4 or 5). */
const HEADLINE_LIST_MEDIAN_WORDS = 5;

/** A short text is such a list when it falls into SHORT_LIST_PARTS or more unrelated parts, one at least shaped like a
 * teaser: a headline over its summary, as a sentence of its own or run into it. A brief of three long sentences, each
 * opening on a noun and sharing no word, falls into three plain sentences and is one story (train one-line summaries:
 * 98 of 168 stories found, 97 without this, 62 before any list reading; no single story split either way). */
const shortList = (p: { parts: number; oneSentence: number }): boolean => p.parts >= SHORT_LIST_PARTS && p.oneSentence < p.parts;

/** Whether flat text is a list of short unrelated items (DocumentCues.itemList), read at a sample of its sentence ends. */
function isItemList(cands: readonly Candidate[], features: readonly BoundaryFeatures[], cohesion: (word: number, reach?: number) => Cohesion, novelty: (word: number, words: number) => number): boolean {
  const idx: number[] = [];
  for (let i = 0; i < cands.length; i++) if (cands[i].kind === 'sentence') idx.push(i);
  if (idx.length < ITEM_LIST_MIN_SENTENCES) return false;
  const step = Math.max(1, Math.floor(idx.length / ITEM_LIST_SAMPLES));
  const cos: number[] = [], nov: number[] = [];
  for (let k = 0; k < idx.length; k += step) {
    const w = features[idx[k]].word;
    cos.push(cohesion(w, ITEM_LIST_WINDOW).cosine);
    const n = novelty(w, ITEM_LIST_NOVELTY_WORDS);
    if (!Number.isNaN(n)) nov.push(n);
  }
  cos.sort((a, b) => a - b);
  nov.sort((a, b) => a - b);
  return nov.length > 0 && cos[cos.length >> 1] <= ITEM_LIST_COSINE && nov[nov.length >> 1] >= ITEM_LIST_NOVELTY;
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

/**
 * Stages 2 to 4 of explainBoundaries: the features of each candidate, local ones and the readings of the whole text.
 * (explainBoundaries is in parts so that a text of a new shape sends one part back to the compiler, not all.)
 */
function readFeatures(ctx: FeatureContext, tokens: Tokens, model: CohesionModel, cands: readonly Candidate[], lang: string): BoundaryFeatures[] {
  const { text, cohesion, sharesWordsBelow } = ctx;
  // 2. Local features: what the text around each candidate shows.
  // (Arrays here are built by push, not .map: an optimized .map makes a holey array where the interpreted one made a
  // packed one, and code compiled for one kind was thrown out of optimized code by the other.)
  const local: BoundaryFeatures[] = [];
  for (let i = 0; i < cands.length; i++) local.push(boundaryFeatures(ctx, cands[i]));
  const words: number[] = [], lineWords: number[] = [], nextFragment: boolean[] = [];
  for (let i = 0; i < local.length; i++) { words.push(local[i].word); lineWords.push(local[i].lineWords); nextFragment.push(local[i].nextFragment); }
  // 3. Readings of the whole text, each a column with one value per candidate (no stage writes into another's).
  const noLineBreaks = !cands.some((c) => breaksLine(c.kind));
  const topic = topicShifts(tokens, model, ctx.lines, cands, { word: words, lineWords, nextFragment }, cohesion, noLineBreaks ? FLAT_SEGMENT_COST_SCALE : SEGMENT_COST_SCALE);
  const runs = headlineRuns(text, cands, sharesWordsBelow);
  const gluedCut = gluedCutParagraphs(text, cands, local);
  const longSentence = longSentences(cands, words, tokens.count);
  const paragraphTopic = paragraphTopicCuts(tokens, model, cands, words);
  const numbered = numberedItems(text, cands);
  const turns = speakerTurns(text, cands);
  const questions = questionTurns(text, cands);
  // What a line or a sentence names is read only where capitals mark names (not German nouns, not an uncased script;
  // asked only where a reading of names would follow: the script's case is read from the text on first asking).
  const capitalsMarkNames = () => !NOUN_CAPITALISING.has(lang) && ctx.cased.writesCapitals();
  const namesNothing = tokens.count <= BRIEF_MAX_WORDS && capitalsMarkNames()
    ? namesNothingNew(text, tokens, cands, local, (o) => ctx.lineEndWord(lineOf(ctx.lines, o)), everydayWordsFor(lang)) : null;
  // Near a topic cut, which words go with which story decides the exact point (see attach.ts).
  const attach = makeAttach(tokens, model);
  const pairs = makePairCount(tokens);
  const restated = makeRestated(tokens, model);
  const namesIntroduced = noLineBreaks && capitalsMarkNames() ? makeNamesIntroduced(tokens) : null;
  const nearGlue = noLineBreaks ? glueNear(cands, local) : null;
  // 4. The features: local ones and the columns, put together once.
  // (The local feature objects are completed in place here, once: a copy per candidate cost a third of the time.)
  const features: BoundaryFeatures[] = local;
  for (let i = 0; i < features.length; i++) {
    const f = features[i];
    f.nextHeadline ||= runs.next[i] === 1;
    f.prevHeadline ||= runs.prev[i] === 1;
    f.nextGluedParagraphCut = gluedCut[i] === 1;
    f.inLongSentence = longSentence[i] === 1;
    f.topicCut = topic.cut[i] as 0 | 1 | 2;
    f.topicGain = topic.gain[i];
    f.topicTypicalGain = topic.typicalGain[i];
    f.topicNameShare = topic.nameShare[i];
    f.topicShort = topic.short[i] === 1;
    f.paragraphTopic = paragraphTopic[i];
    f.nextNumberedItem = numbered[i] === 1;
    f.nextSpeakerTurn = turns[i] === 1;
    f.questionTurn = questions[i] === 1;
    f.nextNamesNothing = namesNothing?.[i] === 1;
    if (namesIntroduced && f.kind === 'sentence') f.namesIntroduced = namesIntroduced(f.word);
    if (nearGlue) f.glueNear = nearGlue[i] === 1;
    if (f.topicCut !== 0 && f.kind !== 'glued') { f.attach = attach(f.word); f.restated = restated(f.word); }
    // No stop between the two words: how often they stand together elsewhere.
    if (f.kind === 'cap' || f.kind === 'gluedWord') f.pairRepeats = pairs(f.word) - 1;
    // A sentence's first word before a name of this text is a title or a first name ("Captain Ines…", "Coach Ravi…").
    f.prevLoneOpener &&= model.isName[tokens.id[f.word]] === 1;
  }
  return features;
}

/** What the scores read of the whole text (DocumentCues in terms.ts): stage 4 of explainBoundaries. */
function readDocument(cands: readonly Candidate[], features: readonly BoundaryFeatures[], tokens: Tokens, model: CohesionModel, cohesion: (word: number, reach?: number) => Cohesion, novelty: (word: number, words: number) => number, everyday: Uint8Array | null, brief: boolean) {
  const totalWords = tokens.count;
  const lineBreaks = cands.filter((c) => breaksLine(c.kind)).length;
  // The words of each headline-shaped line, and of each line before a line break (what a paragraph is in this text).
  const headWords = features.filter((f) => f.nextHeadlineShape).map((f) => f.nextWords);
  const lineWords = features.filter((f) => breaksLine(f.kind)).map((f) => f.prevWords);
  const itemList = lineBreaks === 0 && (everyday === null
    ? isItemList(cands, features, cohesion, novelty)
    : shortList(unrelatedParts(tokens, model, cands, features, SHORT_LIST_PART_WORDS, everyday)));
  const lineList = lineBreaks > 0 && everyday !== null && !brief && proseLines(cands, features)
    && shortList(unrelatedParts(tokens, model, cands, features, LINE_LIST_PART_WORDS, everyday, true));
  const doc: DocumentCues = {
    flat: lineBreaks === 0,
    headlineList: headWords.length >= HEADLINE_LIST_MIN && headWords.length >= HEADLINE_LIST_SHARE * (lineBreaks + 1) && medianWords(headWords) >= HEADLINE_LIST_MEDIAN_WORDS,
    paragraphed: lineBreaks > 0 && lineBreaks * PARAGRAPH_MAX_WORDS >= totalWords,
    // NaN first, so these fields hold doubles in every document's cues: a text whose gluedness was 0 or 1 made it an
    // integer field, and the first fraction changed the cues' hidden class and sent the scoring back to the compiler.
    glued: Number.NaN,
    glueThroughout: false,
    medianLineWords: medianWords(lineWords),
    typicalCosine: Number.NaN,
    namesMarkStories: false,
    storiesSpaced: false,
    itemList,
    lineList,
    brief,
  };
  doc.glued = textGluedness(cands, features);
  doc.glueThroughout = glueThroughout(cands, features);
  doc.typicalCosine = typicalCosine(cands, features, cohesion);
  return doc;
}

/** Every line of the text ends a sentence (or is cut short as a summary is): prose, no headline over it. */
function proseLines(cands: readonly Candidate[], features: readonly BoundaryFeatures[]): boolean {
  for (let i = 0; i < cands.length; i++) if (breaksLine(cands[i].kind) && !features[i].prevTerminal && !features[i].prevTruncationMark && !features[i].prevTeaserEnd) return false;
  return true;
}

/** Paragraphs joined with nothing between them ("soon.In", "evenKemal"): the glued joins against the sentence ends. */
function textGluedness(cands: readonly Candidate[], features: readonly BoundaryFeatures[]): number {
  let glued = 0, spaced = 0;
  for (let i = 0; i < cands.length; i++) {
    const kind = cands[i].kind;
    if (kind === 'glued' || (kind === 'gluedWord' && !features[i].prevCapWord)) glued++;
    else if (kind === 'sentence') spaced++;
  }
  return gluedness(glued, spaced);
}

/** f(offsets[i]) for line i, worked out on first asking. */
function memoByLine(offsets: readonly number[], f: (offset: number) => number): (line: number) => number {
  const known = new Int32Array(offsets.length).fill(-1);
  return (line) => (known[line] >= 0 ? known[line] : (known[line] = f(offsets[line])));
}

/** Every candidate with its features, log-odds and whether the decoder chose it: for the engine and for tuning. A flat
 * text whose first reading finds short stories is scored again with a cohesion window to their length (story-length.ts). */
export function explainBoundaries(text: string, lang: string, page?: { blocks: readonly Block[]; starts: readonly number[] }) {
  const read = readText(text, lang, page);
  const first = decideBoundaries(read);
  if (!read.doc.flat) return first;
  const shortWindow = flatCohesionWindow(first.totalWords, first.chosen.length, INLINE_WINDOW);
  // A text whose first cuts open on new names is read again with the names (names-introduced.ts).
  const names = namesMarkStories(first.features, first.chosen);
  read.doc.namesMarkStories = names;
  // Text read as glued only in places whose first cuts are spaced joins its stories with spaces (glue-near.ts).
  const spaced = read.doc.glued > 0 && !read.doc.glueThroughout && storiesSpaced(read.cands, read.features, first.chosen);
  read.doc.storiesSpaced = spaced;
  if (shortWindow === null && !names && !spaced) return first;
  // Only cohesion reads the window: the candidates, their other features and the topic reading stand.
  if (shortWindow !== null) {
    read.ctx.inlineWindow = shortWindow;
    for (const f of read.features) clearCohesion(f);
  }
  return decideBoundaries(read);
}

/** Stages 1 to 4 of explainBoundaries: the candidates and what the text shows at each, cohesion not read yet. */
function readText(text: string, lang: string, page?: { blocks: readonly Block[]; starts: readonly number[] }) {
  // 1. Candidates: every place a story could start. A text that runs its stories on inside its lines is read as flat
  // text (run-on.ts): a page's blocks are its own paragraphs, so only text without them.
  const stopwords = functionWordsOf(text, lang);
  let cands = findCandidates(text, stopwords, lang);
  const runOn = !page && runsOnInLines(text, cands);
  if (runOn) {
    text = asOneLine(text);
    cands = findCandidates(text, stopwords, lang);
  }
  const tokens = tokenize(text, lang, stopwords);
  const model = cohesionModel(tokens, text);
  const cohesion = memoCohesion(makeCohesion(tokens, model));
  const overlap = makeOverlap(tokens, model);
  const wordAt = (o: number) => tokenAt(tokens, o);
  const sharesWordsBelow = (from: number, to: number) => overlap(wordAt(from), wordAt(to), HEADLINE_STORY_WORDS);
  const lines = indexLines(text);
  const ctx = { text, lines, lineStartWord: memoByLine(lines.starts, wordAt), lineEndWord: memoByLine(lines.ends, wordAt), commonCap: makeCommonCap(tokens), stopwords, continuers: continuerPhrases(continuersFor(lang)), strongContinuers: continuerPhrases(strongContinuersFor(lang)), cohesion, wordAt, sharesWordsBelow, novelty: makeNovelty(tokens, model), nameEcho: makeNameEcho(tokens, model), kept: makeKept(tokens, model), inlineWindow: INLINE_WINDOW, countLine: makeLineCounter(), headlineLike: makeHeadlineMemo(), cased: new CaseReading(text) };
  const features = readFeatures(ctx, tokens, model, cands, lang);
  // A text under ITEM_LIST_MIN_WORDS is read for unrelated parts without its everyday words ("nächsten", "sagte")...
  const everyday = tokens.count < ITEM_LIST_MIN_WORDS ? everydayMask(text, tokens, everydayWordsFor(lang)) : null;
  const lineWord = (at: number, of: (line: number) => number) => of(lineOf(lines, at));
  const brief = isBrief(text, tokens, model, cands, features, (o) => lineWord(o, ctx.lineStartWord), (o) => lineWord(o, ctx.lineEndWord));
  const doc = readDocument(cands, features, tokens, model, cohesion, ctx.novelty, everyday, brief);
  // ...and, read as a list of items, so is the cosine at its sentence ends: one shared "nächsten" held two German
  // teasers together. (Read so in every short text: a Spanish article of 100 words sharing only "millones" across a
  // sentence end was cut in three; held-out one-line singles 200 -> 199 of 203.)
  if (everyday && doc.itemList) ctx.cohesion = memoCohesion(makeCohesion(tokens, withoutWords(model, everyday)));
  return { text, lang, page, runOn, cands, tokens, model, ctx, features, doc };
}

/** Stages 5 and 6 of explainBoundaries: the scores of the candidates read by `read`, cohesion in its context's window,
 * and the decoder's choice. */
function decideBoundaries(read: ReturnType<typeof readText>) {
  const { text, page, runOn, cands, tokens, model, ctx, features, doc } = read;
  // 5. Scores: the terms of each candidate (terms.ts). Structure first; cohesion is read (addCohesion fills the
  // features' cohesion fields, a pure function of the text) only where the boundary is still possible with the best cohesion.
  // The structural part of each score (no word statistics) is kept for story-length.ts.
  const structural = new Float64Array(features.length);
  const scores: number[] = [];
  for (let i = 0; i < features.length; i++) {
    const f = features[i];
    const { total: bound, structural: s } = scoreTerms(f, doc, SCORING_WEIGHTS);
    structural[i] = s;
    scores.push(bound < HOPELESS_LOG_ODDS ? bound : boundaryLogOdds(addCohesion(ctx, f), doc));
  }
  // 6. The ledger of what is added to a candidate after its own terms: page priors, layout, chains.
  const added: [string, number][][] = cands.map(() => []);
  // What the ledger added to candidate i so far, summed in order as it is added. (Kept beside the ledger, not read back
  // from it: its arrays, empty ones and ones holding pairs, have different shapes, and reading them threw this function
  // out of optimized code.)
  const addedSums = new Float64Array(cands.length);
  const add = (i: number, name: string, value: number) => { scores[i] += value; added[i].push([name, value]); addedSums[i] += value; };
  const pageOpens = page ? pagePriors(cands, add, page, { paragraphed: doc.paragraphed, lexical: (i) => scores[i] - structural[i] }) : new Uint8Array(cands.length);
  const lastLineStart = text.lastIndexOf('\n') + 1;
  // Words of the last line by the index of word starts (one pass over the text, read again below), not by splitting
  // it: in flat text the last line is the whole text.
  const wsWord = spaceWordIndex(text);
  // An article's end matter in the text's tail is no story (end-matter.ts): no cut where it opens nor in its line.
  const endMatter = endMatterCuts(text, cands, (o) => wsWord(text.length) - wsWord(o));
  // After end matter the article above has ended: a wire feed's next story may follow in the tail.
  for (let i = 0, ended = false; i < cands.length; i++) {
    if (endMatter[i]) { add(i, 'end matter: the article above goes on', END_MATTER_PENALTY); ended = true; }
    // (Not where the page itself opens a block: a front's last lists and teasers sit in its tail too.)
    else if (!ended && pageOpens[i] !== 1 && breaksLine(cands[i].kind) && plainTailCut(doc.paragraphed, wsWord(cands[i].start), wsWord(text.length) - wsWord(cands[i].start), structural[i]))
      add(i, "the tail of a long article, with word statistics alone: its closing paragraph", TAIL_PENALTY);
  }
  markRegularLines(cands, features, add, !endsTerminal(text.slice(lastLineStart)), wsWord(text.length) - wsWord(lastLineStart));
  // At a line break or a glued paragraph join the whole score speaks; inside a line, structure alone (topic shifts
  // inside running text come at any spacing: Choi 3-11 Pk 0.114 -> 0.117 with them).
  const words: number[] = [], minWordScores: number[] = [];
  for (let i = 0; i < features.length; i++) {
    words.push(features[i].word);
    minWordScores.push(joinsParagraphs(features[i].kind) ? scores[i] : structural[i] + addedSums[i]);
  }
  const minWords = minStoryWords(words, minWordScores, tokens.count, itemWords(doc.itemList || doc.lineList, tokens.count));
  // The decoder's input: each candidate's word and a score (as it stands, or as a pass reads it).
  // One list for every decode, its scores written afresh before each: the decodes run one after another and keep
  // nothing of their input (a new object a candidate a decode was a fifth of this function's garbage). NaN first, so
  // the field holds a double from the start.
  const scored: Scored[] = [];
  for (let i = 0; i < cands.length; i++) scored.push({ word: features[i].word, score: Number.NaN });
  const scoredBy = (score: (i: number) => number): Scored[] => {
    for (let i = 0; i < cands.length; i++) scored[i].score = score(i);
    return scored;
  };
  const decodeAll = () => decode(scoredBy((i) => scores[i]), tokens.count, minWords);
  // Chains: a cut between two stories that name the same people or share much of their words is undone, and the new
  // decision checked again. Shared words undo no cut that something else marks as a story's end: a block the page
  // opens, a feed's truncation mark, a teaser's "Read more" or ellipsis (teasers on one topic share their words), but
  // not an ellipsis before a speaker's label ("…we're...\nGREGG: No!"): a transcript's turn (train sample Pk 0.0826
  // with every ellipsis a mark, 0.0812 with this, 0.0814 with no ellipsis a mark).
  // With no function words (no list for the language and none of the text's own: Korean, a short text) they count as
  // content words, and any two stories share 15%: there every cut counts as marked, and only names chain. (The text's
  // own function words chain as a list does: with every list withheld, devwide Pk 0.073; chaining only names, 0.086.)
  const wordsChain = ctx.stopwords.size > 0;
  const endMarked = (i: number) => !wordsChain || pageOpens[i] === 1 || features[i].prevTruncationMark
    || (features[i].prevTeaserEnd && !(endsOnEllipsis(text, cands[i].prevEnd) && opensWithSpeaker(text, cands[i].start)));
  // The chain that undid each candidate (CHAINED_BY_NAMES, CHAINED_BY_WORDS), 0 for none. A cut undone once that its
  // other evidence keeps parts no stories for a neighbour's word chain (chains.ts `spent`).
  const chainedBy = new Uint8Array(cands.length);
  let chosen = settleChains(decodeAll, (cuts) => chainedCuts(tokens, model, cuts.map((i) => features[i].word), (k) => endMarked(cuts[k]), (k) => chainedBy[cuts[k]] !== 0), (i, chain) => {
    chainedBy[i] = chain === 'words' ? CHAINED_BY_WORDS : CHAINED_BY_NAMES;
    add(i, `chain: same ${chain} either side`, CHAINED_CUT_PENALTY);
    // A chained cut after a short line with no stop between paragraphs: a caption or a subheading of the article going
    // on, not a teaser cut off (its prevCut evidence is half taken back).
    if (captionAbove(cands, features, doc, i)) add(i, 'chain: the short line above is a caption', CHAINED_CAPTION_PENALTY);
  });
  // Second pass: teasers cut to one length (see regularity.ts). Cut ends still possible get their real score first,
  // but only where a length has support even with best-case scores (real ones are never higher).
  const spaceWords: number[] = [];
  for (let i = 0; i < cands.length; i++) spaceWords.push(wsWord(cands[i].start));
  // The length pass reads a cut end without its word chain: teasers cut to one length may share their words too.
  const lengthScore = (i: number) => scores[i] - (cutBefore(features[i]) && chainedBy[i] === CHAINED_BY_WORDS ? CHAINED_CUT_PENALTY : 0);
  const endsCutAt = (): boolean[] => {
    const out: boolean[] = [];
    for (let i = 0; i < cands.length; i++) out.push(cutBefore(features[i]) && lengthScore(i) >= MIN_REGULAR_END_LOG_ODDS);
    return out;
  };
  // Whether a length has support reads no scores: the candidates' decoder input is made only for the decode itself.
  const lengthSupport = () => ({ chosen, spaceWords, spaceWordsTotal: wsWord(text.length), endsCut: endsCutAt(), textEndsCut: endsCut(text) });
  const lengthInput = () => ({ ...lengthSupport(), scored: scoredBy(lengthScore), totalWords: tokens.count, minWords });
  if (teaserLengthPossible(lengthSupport())) {
    rescoreCutEnds(scores, (i) => cutBefore(features[i]) && Number.isNaN(features[i].cosine), chosen, (i) => {
      const bound = boundaryLogOdds(features[i], doc);
      return boundaryLogOdds(addCohesion(ctx, features[i]), doc) - bound;
      // The features now hold the real cohesion, so the ledger's terms show it: the correction is no term of its own.
    }, (i, _name, value) => { scores[i] += value; });
    const regular = decodeTeaserLength(lengthInput());
    if (regular) chosen = regular;
  }
  // In flat text a headline's first words may be capitalised like the name after them: of two near-tied capital cuts a
  // few words apart, the one after the teaser's last lower-case word (near-cuts.ts).
  if (doc.flat) chosen = earlierCapCuts(text, cands, features, scores, chosen);
  return { cands, features, scores, chosen, doc, added, minWords, totalWords: tokens.count, runOn, inlineWindow: ctx.inlineWindow };
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
