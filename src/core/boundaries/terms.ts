// The scoring ledger: each log-odds term at a candidate is a weight (evidence.ts, or learned) times an activation
// read off its features and the document's statistics. The activations are here, in one place, so that the engine,
// `storysplit explain` and `npm run train` all read the same terms; a term's contribution is weight × activation.
import { breaksLine } from './candidates';
import type { BoundaryFeatures } from './features';
import type { TermName, Weights } from './evidence';
import { SCORING_WEIGHTS } from './scoring-weights';
import { FLAT_LINE_WORDS } from '../text/shapes';

/** Cosine where the cohesion term is zero (the line prior applies here). */
const COSINE_REF = 0.03;
/** Added to the cosine before the log so that zero overlap stays finite. */
const COSINE_FLOOR = 0.01;
/** The cohesion activation with no shared word at all: the best case, used until cohesion is read. */
export const COSINE_NONE = Math.log(COSINE_FLOOR / (COSINE_REF + COSINE_FLOOR));
/** Median gain (nats) below which a run looks like one long story (single stories sit at 2-3)... */
const TYPICAL_GAIN_LOW = 5;
/** ...and how many nats above it the clear-topics term takes to reach its full value. */
const TYPICAL_GAIN_SPAN = 5;
/** Share of a run's cuts with a name on both sides at which it reads as one story (long articles sit near 1)... */
const NAME_SHARE_HIGH = 0.8;
/** ...and how far below it the run counts as fully separate topics (Choi-like text sits near 0.1). */
const NAME_SHARE_SPAN = 0.5;
/** Share of the clear-topics term kept in text whose first reading shows its stories open on new names (DocumentCues
 * namesMarkStories, news): there U00 finds clear runs inside long articles and teaser runs alike; in text that does not
 * (Choi's Brown excerpts) a clear run is its segments. Whole train flat Pk 0.1269 -> 0.1259, Choi 3-11 kept. */
export const CLEAR_RUN_NAMED = 0.5;
/** Gains above this many nats count no more (a long segment's gain grows with its length). */
const TOPIC_GAIN_CAP = 40;
/** Novelty where the term is zero: continuations sit below (0.2-0.6), new stories above (0.8-1). */
const NOVELTY_REF = 0.7;
/** A sentence end's names term (namesIntroduced): a sentence bringing this many capitalised words new to the text is
 * neutral (train flat: 3 or more new such words at 7% gold sentence ends against 0.2% for none)... */
const NAMES_REF = 3;
/** ...and more than this many count as this many (a list of names is one sentence's). */
const NAMES_CAP = 6;
/**
 * Past this many words of text, novelty is read against how much text came before: one article's vocabulary fills up
 * as it goes (a paragraph 2,000 words in brings few new words), so a line whose words are mostly new counts more there.
 */
const NOVELTY_TEXT_WORDS = 150;
/** ...novelty added per unit of ln(words before / NOVELTY_TEXT_WORDS) (2,000 words before: +0.52). Devwide full Pk
 * 0.125 -> 0.110, ALL 0.0742 -> 0.0726 at 0.15; train full 0.131 -> 0.125, single 0.054 -> 0.057 (taken back by
 * headlineKeepsWords); 0.2 beside that term: train 0.0817 -> 0.0811, devwide 0.0719 -> 0.0718 (0.1: devwide full 0.114;
 * from 150 words on both sides, not only after: summaries worse, 0.127 -> 0.131). */
const NOVELTY_PER_LOG_WORDS = 0.2;
/** ...at most (from about 1,400 words before): the reference never falls below 0.25, so a line with no new word never
 * counts toward a cut, however deep (a 400,000-word article was cut in 4 without the cap); devwide alike, train +0.0004. */
const NOVELTY_DEPTH_CAP = 0.45;
/** Share of a headline's recurring rare words the text already used from which it reads as a subheading: a new story's
 * headline sits at 0-0.25 (train: median 0.11, 90% under 0.43), a subheading of the article going on at 0.3-0.8. */
const KEPT_HEADLINE_REF = 0.35;
/** ...counted up to this much past it (-3 at the term's weight): a briefing's follow-up story keeps the words of an
 * earlier one and is still a story (devwide and train alike with or without the cap). */
const KEPT_HEADLINE_SPAN = 0.375;
/** Shared names from which novelty can only count against a boundary: the same people, the same story. */
const NOVELTY_NAMES_VETO = 2;
/** Echoed names counted at most (a long story's lede may repeat a few). */
const NAME_ECHO_CAP = 3;
/** Words of a run restated in the lede that make it a headline: one may be chance. */
const RESTATED_MIN = 2;
/** A line this long is teaser-sized: a whole teaser on one line. */
const TEASER_LINE_WORDS = 70;
/** Words before the boundary for "no full stop" to mean a cut rather than a headline or label. */
const CUT_MIN_WORDS = 12;
/** A line this many times the text's median line is long for this text: cut there, it is a teaser, not a paragraph. */
const LONG_LINE_RATIO = 2;
/** Headline-shaped lines over prose that make a text a list of headlines with their summaries: at least this many... */
export const HEADLINE_LIST_MIN = 3;
/** ...and at least this share of its lines (a headline and a one-paragraph summary give one half; train: 98% of such lines there open a story). */
export const HEADLINE_LIST_SHARE = 0.3;
/** Paragraphs longer than this on average (in words) make a text flat, even with a title line or two. */
export const PARAGRAPH_MAX_WORDS = 150;
/** A document with at least this many glued joins ("soon.In") may be glued text, where such joins are paragraph breaks... */
export const GLUED_DOC_MIN = 2;
/** ...and is, when they are at least this share of the joins between its sentences (glued and spaced): glued text has
 * a glued join at every paragraph break, a long flat text only a few stray ones ("U.S.The", a typo), and with the count
 * alone every sentence end of it read as no story start (train sample full 0.116 -> 0.110; 0.05-0.12 all near). */
export const GLUED_DOC_SHARE = 0.08;
/** Gluedness of a text with a few glued joins far between: a stray typo and a story glued on look alike, so half of
 * each reading (a glued join half a camel-case name, a sentence end half inside a glued paragraph; train sample
 * Pk 0.0724 with neither, 0.0720 with half). */
export const GLUED_DOC_UNSURE = 0.5;

/** How surely a text with `glued` glued joins and `spaced` sentence ends is glued text (DocumentCues.glued). */
export function gluedness(glued: number, spaced: number): number {
  if (glued < GLUED_DOC_MIN) return 0;
  return glued >= GLUED_DOC_SHARE * (glued + spaced) ? 1 : GLUED_DOC_UNSURE;
}

export interface DocumentCues {
  /** No line breaks at all: flat text, where topic segmentation is the main evidence. */
  flat: boolean;
  /** Line breaks come at least every PARAGRAPH_MAX_WORDS words on average: the text is written in paragraphs. */
  paragraphed: boolean;
  /** How surely glued joins (after sentence punctuation, "soon.In", or a lower-case word, "evenKemal") are this text's
   * paragraph breaks: 1 glued text, 0 too few to be (a camel-case name), GLUED_DOC_UNSURE between (gluedness). */
  glued: number;
  /** Glued text with a glued join near most of its sentence ends (glue-near.ts): glued at every paragraph break. */
  glueThroughout: boolean;
  /** The median words of a line before a line break (0 without line breaks): this text's paragraph. */
  medianLineWords: number;
  /** Lines shaped like a headline over prose are a share of the text's lines (HEADLINE_LIST_SHARE, at least
   * HEADLINE_LIST_MIN): a list of headlines with their summaries, where each such line opens a story. */
  headlineList: boolean;
  /** Flat text whose sentences each bring words new to the text and share almost none with their neighbours: a list
   * of short unrelated items (an aggregator's summaries), where a sentence end is as likely a story start as not. A text
   * too short to read so falls into three parts that share no word (unrelated-parts.ts: teasers pasted as one line). */
  itemList: boolean;
  /** A short text of prose lines that falls into three parts sharing no word at its line breaks: summaries one a line. */
  lineList: boolean;
  /** A short text of one-sentence lines, most naming no one new: a news brief (new-names.ts), one story. */
  brief: boolean;
  /** The median cosine across this text's line breaks (or sentence ends): how much its paragraphs share (NaN: none). */
  typicalCosine: number;
  /** Flat text whose first reading's cuts open on sentences naming someone new to the text (names-introduced.ts),
   * set for its second reading. */
  namesMarkStories: boolean;
  /** Flat text read as glued, not throughout, whose first reading cut more at spaced sentence ends than at glued joins
   * (glue-near.ts storiesSpaced): its stories are joined by spaces, so its glued joins are paragraphs inside one; set
   * for its second reading. */
  storiesSpaced: boolean;
}

/** A term's activation at one candidate; terms not listed are 0. */
export type Term = readonly [TermName, number];

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

/** A term's weight and whether it is lexical (LEXICAL_TERMS), found by one lookup of its name: the weights object read
 * by many names and the lexical set cost two hash lookups a term, at every candidate. */
interface WeightedTerm { weight: number; lexical: boolean }
const WEIGHTED = new WeakMap<Weights, Map<TermName, WeightedTerm>>();
function weightedTerms(weights: Weights): Map<TermName, WeightedTerm> {
  let table = WEIGHTED.get(weights);
  if (!table) {
    table = new Map();
    for (const name of Object.keys(weights) as TermName[]) table.set(name, { weight: weights[name], lexical: LEXICAL_TERMS.has(name) });
    WEIGHTED.set(weights, table);
  }
  return table;
}

/**
 * Where visitTerms sends each term that is not zero: listed (`terms`), or summed by the weights. (A sink object, not a
 * callback and a closure `on` per call: scoring runs at every candidate, and those closures and the context of the
 * sums were made each time. One class for both uses: visitTerms, compiled for the sums, met a second kind of sink
 * when a chain first asked for a candidate's terms, and was compiled again.)
 */
class TermSink {
  total = 0;
  structural = 0;
  /** The share of their value the word-statistics terms count at the candidate being visited (lexicalShare), set by
   * visitTerms before any term. NaN here, so the field holds a double from the start: a 1 made it an integer field,
   * and the first list of headlines (share 0.25) changed the sink's hidden class and sent every function reading it
   * back to the compiler. */
  share = Number.NaN;
  constructor(private readonly weights: Weights | null, private readonly table: Map<TermName, WeightedTerm> | null, readonly terms: Term[] | null) {}
  term(name: TermName, value: number): void {
    if (this.terms) { this.terms.push([name, this.share < 1 && LEXICAL_TERMS.has(name) ? value * this.share : value]); return; }
    const t = this.table!.get(name);
    const lexical = t ? t.lexical : LEXICAL_TERMS.has(name);
    // (A name the weights lack reads as before: undefined weight, NaN.)
    const v = (t ? t.weight : this.weights![name]) * (lexical ? value * this.share : value);
    this.total += v;
    if (!lexical) this.structural += v;
  }
}

/**
 * The activations of every term that is not zero at this candidate. A cohesion not read yet (NaN cosine) counts
 * at its best case (no shared word), so the sum is an upper bound until addCohesion has run.
 */
export function termValues(f: BoundaryFeatures, doc: DocumentCues): Term[] {
  const t = new TermSink(null, null, []);
  visitTerms(f, doc, t);
  return t.terms!;
}

/** Log-odds of the terms at this candidate, and of its structural terms alone (the shape of the text, which
 * story-length.ts reads the spacing of), without building the term list. */
export function scoreTerms(f: BoundaryFeatures, doc: DocumentCues, weights: Weights): { total: number; structural: number } {
  const sums = new TermSink(weights, weightedTerms(weights), null);
  visitTerms(f, doc, sums);
  return { total: sums.total, structural: sums.structural };
}

/** Sends a term to the sink when it is not zero (a boolean counts 1). */
function on(sink: TermSink, name: TermName, value: number | boolean = 1): void {
  if (value) sink.term(name, Number(value));
}

/** At a headline-shaped line of a list of headlines over their summaries, the word statistics count this share: such a
 * line opens a story whatever words it shares (a feed's stories on one topic, one club, one game follow each other), so
 * shared words must not outvote it. The train sample and devwide both fell from share 1 to 0 (devwide Pk 0.0610, 0.0598
 * at 0.5, 0.0592 at 0.25, 0.0590 at 0); a quarter leaves the words some say where a headline reading is wrong. The
 * entity chains (find.ts) are not scaled. */
const HEADLINE_LIST_LEXICAL_SHARE = 0.25;

/** The share of their value the word-statistics terms count at this candidate (1 but at a headline of a list of them). */
export const lexicalShare = (f: BoundaryFeatures, doc: DocumentCues): number =>
  doc.headlineList && (f.nextHeadline || f.nextHeadlineShape) ? HEADLINE_LIST_LEXICAL_SHARE : 1;

/** Sends `sink` each term that is not zero at this candidate (the one definition of the activations). */
function visitTerms(f: BoundaryFeatures, doc: DocumentCues, sink: TermSink): void {
  sink.share = lexicalShare(f, doc);
  const isLine = breaksLine(f.kind);
  const glued = f.kind === 'glued' || f.kind === 'gluedWord';
  const spaced = f.kind === 'sentence' || f.kind === 'cap';
  // In a list of short unrelated items a sentence end is as likely a story start as not (DocumentCues.itemList), so it
  // has no prior there, the words decide; unless the next sentence opens on a word that points back ("It…", "But…",
  // nextPointsBack). No prior at every sentence end: devwide Pk 0.0586 -> 0.0579, whole train 0.0749 -> 0.0730 (no
  // source more than 0.001 worse; half the prior: 0.0584, 0.0735); the exception for any function word on top: devwide
  // 0.0577, train sample 0.0694 -> 0.0693. An article points back to nothing, and items open on one as often as not
  // ("Der Stadtrat…", "The council…"): in a list read by the topic pass (a line of FLAT_LINE_WORDS or more) the
  // exception holds for continuers only, whole train 0.0706 -> 0.0703 (39 documents better, 16 worse, all lists),
  // devwide 0.0560 the same (ru Pk 0.103 -> 0.098; one it list cut once more). A short line read in unrelated parts keeps
  // it for any function word: an item's second sentence there opens on a preposition ("Le auto…", "Alle…"). A
  // descriptive text whose every sentence brings new words reads as such a list too, and is cut more (a known failure
  // in the segment fixtures).
  const itemSentence = doc.itemList && f.kind === 'sentence' && !(f.lineWords >= FLAT_LINE_WORDS ? f.nextPointsBack : f.nextStopCap);
  if (!itemSentence) on(sink, f.kind === 'line' ? 'priorLine' : f.kind === 'blank' ? 'priorBlank' : f.kind === 'sentence' ? 'priorSentence' : glued ? 'priorGlued' : 'priorCap');
  // Each by how surely the text is glued (gluedness): a glued join in flat text is a name, a sentence end in glued text
  // inside a paragraph. In text whose stories are joined by spaces a glued join opens no story, as in text not glued.
  on(sink, 'gluedInNormalText', glued ? 1 - (doc.storiesSpaced ? 0 : doc.glued) : 0);
  // A spaced candidate far from any glued join is as unsure as a text with few of them: flat text may join stories
  // scraped glued inside with spaces (glue-near.ts).
  on(sink, 'spacedInGluedText', spaced && doc.flat ? doc.glued * (doc.glueThroughout || f.glueNear ? 1 : GLUED_DOC_UNSURE) : 0);
  on(sink, 'camelCaseName', f.kind === 'gluedWord' && f.prevCapWord);
  // (A short flat list of items is no paragraph of one story: its items end on sentence ends. Mid-sentence capitals keep
  // the penalty: a German noun that is also a function word, "…als ein Jahr…", reads as a sentence start.)
  on(sink, 'shortLine', !isLine && !glued && f.lineWords < FLAT_LINE_WORDS && !(doc.itemList && f.kind === 'sentence'));
  on(sink, 'inlineInParagraphs', !isLine && doc.paragraphed);
  // No full stop means a cut, except after a list item, or inside a camel-case name ("WhatsApp").
  // ...and except after a headline over its summary in a list of them (a long headline has no stop either).
  const cut = !f.prevTerminal && f.prevWords >= CUT_MIN_WORDS && !f.prevBullet && !(f.kind === 'gluedWord' && f.prevCapWord) && (isLine || glued)
    && !(doc.headlineList && f.prevHeadlineShape) && !f.prevLabelledCaption;
  on(sink, 'prevCut', cut);
  on(sink, 'prevDangling', cut && f.prevDangling);
  on(sink, 'prevCutLongLine', cut && isLine && doc.medianLineWords > 0 && f.prevWords >= LONG_LINE_RATIO * doc.medianLineWords);
  on(sink, 'prevTeaserEnd', f.prevTeaserEnd);
  on(sink, 'flatTeaserEnd', f.prevTeaserEnd && doc.flat && spaced);
  on(sink, 'prevTruncationMark', f.prevTruncationMark);
  on(sink, 'prevHeadline', f.prevHeadline);
  on(sink, 'caption', f.prevCaption || f.nextCaption);
  on(sink, 'nextHeadline', f.nextHeadline);
  on(sink, 'nextHeadlineInList', doc.headlineList && f.nextHeadlineShape && !f.nextHeadline);
  on(sink, 'prevHeadlineInList', doc.headlineList && f.prevHeadlineShape && !f.prevHeadline);
  on(sink, 'nextKicker', f.nextKicker);
  on(sink, 'nextDateline', f.nextDateline);
  // After an ellipsis a lower-case word goes on the sentence, as after no stop at all (half of train: 22 such cuts chosen,
  // 15 false; all true ones but one follow a feed's truncation mark or open on a link, both left out).
  on(sink, f.kind === 'sentence' && f.prevTerminal && !f.ellipsisGoesOn ? 'nextLowerAfterStop' : 'nextLower', f.nextLower);
  on(sink, 'nextBullet', f.nextBullet);
  on(sink, 'nextContactLine', f.nextContactLine);
  on(sink, 'nextTrailerLine', f.nextTrailerLine);
  on(sink, 'nextNumberedItem', f.nextNumberedItem);
  on(sink, 'nextSpeakerTurn', f.nextSpeakerTurn);
  on(sink, 'questionTurn', f.questionTurn);
  on(sink, 'nextLineCut', f.nextLineCut && f.prevTerminal);
  on(sink, 'nextGluedParagraphCut', !!f.nextGluedParagraphCut && f.prevTerminal);
  on(sink, 'briefGoesOn', isLine && doc.brief && f.nextNamesNothing);
  on(sink, 'nextContinues', f.nextContinues);
  on(sink, 'nextContinuesStrong', f.nextContinues && f.nextContinuesStrong);
  on(sink, 'longLines', isLine && Math.min(f.prevWords, f.nextWords) >= TEASER_LINE_WORDS);
  on(sink, 'nextStopCap', f.kind === 'cap' && f.nextStopCap);
  on(sink, 'inLongSentence', !!f.inLongSentence);
  on(sink, 'nextCommonCap', f.nextCommonCap);
  on(sink, 'commonCapAfterDangling', f.nextCommonCap && f.prevDangling);
  on(sink, 'nextFragment', f.nextFragment);
  on(sink, 'prevLoneOpener', f.prevLoneOpener);
  on(sink, 'topicCut', f.topicCut === 1);
  on(sink, 'topicGainPerNat', f.topicCut === 1 ? Math.min(TOPIC_GAIN_CAP, f.topicGain) : 0);
  on(sink, 'topicNear', f.topicCut === 2);
  on(sink, 'topicShort', !!f.topicShort);
  on(sink, 'paragraphTopicCut', f.paragraphTopic === 1);
  on(sink, 'paragraphTopicSame', f.paragraphTopic === -1);
  on(sink, 'repeatedPair', (f.pairRepeats ?? 0) > 0);
  on(sink, 'restatedHeadline', doc.flat && (f.restated ?? 0) >= RESTATED_MIN);
  on(sink, 'attachPerWord', doc.flat ? f.attach ?? 0 : 0);
  if (f.topicCut && doc.flat && spaced) {
    const clear = clamp01((f.topicTypicalGain - TYPICAL_GAIN_LOW) / TYPICAL_GAIN_SPAN);
    const separate = clamp01((NAME_SHARE_HIGH - f.topicNameShare) / NAME_SHARE_SPAN);
    on(sink, 'clearTopicRun', clear * separate * (doc.namesMarkStories ? CLEAR_RUN_NAMED : 1));
  }
  // Per name the next sentence brings new to the text past NAMES_REF, a penalty below it (a sentence naming no one new
  // goes on the story), where the text's first reading shows its stories open on new names.
  if (doc.namesMarkStories && f.kind === 'sentence') on(sink, 'namesIntroduced', Math.min(NAMES_CAP, f.namesIntroduced) - NAMES_REF);
  const novelty = f.novelty - NOVELTY_REF + Math.min(NOVELTY_DEPTH_CAP, NOVELTY_PER_LOG_WORDS * Math.max(0, Math.log((1 + f.word) / (1 + NOVELTY_TEXT_WORDS))));
  if (Number.isNaN(f.cosine)) {
    on(sink, 'cosineSlope', COSINE_NONE);
    if (!Number.isNaN(f.novelty)) on(sink, 'noveltySlope', Math.max(0, novelty));
    return;
  }
  // New words after a line break mark a lede, unless names carry across (the same story goes on with new vocabulary).
  if (!Number.isNaN(f.novelty)) on(sink, 'noveltySlope', f.sharedNames >= NOVELTY_NAMES_VETO ? Math.min(0, novelty) : novelty);
  on(sink, 'cosineSlope', Math.log((f.cosine + COSINE_FLOOR) / (COSINE_REF + COSINE_FLOOR)));
  if (!Number.isNaN(doc.typicalCosine)) on(sink, 'cosineVsText', Math.log((f.cosine + COSINE_FLOOR) / (doc.typicalCosine + COSINE_FLOOR)));
  on(sink, isLine ? 'lineNameEcho' : 'nameEcho', Math.min(NAME_ECHO_CAP, f.nameEcho));
  // A headline over words the text has had already is a subheading of the article going on (not in a list of headlines
  // over summaries: stories on one topic follow each other there).
  if (f.nextHeadline && !doc.headlineList && !Number.isNaN(f.kept)) on(sink, 'headlineKeepsWords', Math.min(KEPT_HEADLINE_SPAN, Math.max(0, f.kept - KEPT_HEADLINE_REF)));
  on(sink, 'sharedName', f.sharedNames > 0);
  on(sink, 'moreSharedNames', Math.max(0, f.sharedNames - 1));
}

/** Terms read from word statistics (cohesion, topic segmentation), not from the shape of the text. */
export const LEXICAL_TERMS: ReadonlySet<TermName> = new Set<TermName>(['paragraphTopicCut', 'paragraphTopicSame', 'cosineSlope', 'cosineVsText', 'noveltySlope', 'topicCut', 'topicGainPerNat', 'topicNear', 'topicShort', 'clearTopicRun', 'attachPerWord', 'restatedHeadline', 'nameEcho', 'lineNameEcho', 'sharedName', 'moreSharedNames', 'repeatedPair', 'headlineKeepsWords', 'namesIntroduced']);


/** Log-odds that a story starts at this candidate, from its features alone. */
export function boundaryLogOdds(f: BoundaryFeatures, doc: DocumentCues, weights: Weights = SCORING_WEIGHTS): number {
  return scoreTerms(f, doc, weights).total;
}
