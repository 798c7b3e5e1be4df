// Hand-set weights turning boundary features into log-odds that a story starts there. Each weight is a named
// constant with its reason. They were set by hand from how often each cue marks a real boundary on the dev set
// (scripts/lib/feature-stats.ts), rounded, and checked per source and language; nothing here is trained.
import type { BoundaryFeatures } from './features';
import { FLAT_LINE_WORDS } from '../text/shapes';

export const WEIGHTS = {
  /** Log-odds of a plain line break (no other cue) whose sides share almost no words (cosine ≈ COSINE_REF). */
  priorLine: 0.2,
  /** A blank line says no more than a line break. */
  priorBlank: 0.2,
  /** A sentence end inside a long line: a flat story end with no cue is rarer than a line break. */
  priorSentence: -3,
  /** A glued join after a full stop ("soon.In") is a paragraph break in glued text, like a line break. */
  priorGlued: 0,
  /** A glued join in a document that isn't glued text (fewer than GLUED_DOC_MIN joins) is a camel-case name: PlayStation. */
  gluedInNormalText: -6,
  /** In glued text stories join with no space at all: a candidate after a space there is inside a story. */
  spacedInGluedText: -3,
  /** "ApplePay", "AhrEifel": a capitalised word glued to a capital is a compound name, seldom a cut teaser. */
  camelCaseName: -3,
  /** An in-line candidate in a text written in paragraphs: there stories start on a new line (dev: 0 of 17 chosen were right). */
  inlineInParagraphs: -3,
  /** A capitalised word after a lower-case one inside a long line: names mid-sentence are everywhere. */
  priorCap: -5,
  /** An in-line candidate in a line of ordinary paragraph length: stories there start on lines. */
  shortLine: -5,
  /** Log-odds lost per unit of ln(cosine): similarity across a boundary is the strongest topic cue. */
  cosineSlope: -3.2,
  /** Cosine where the slope is anchored (the prior above applies here). */
  cosineRef: 0.03,
  /** Added to the cosine before the log so that zero overlap stays finite. */
  cosineFloor: 0.01,
  /** A long unit ending with no terminal punctuation was cut: a teaser ends here. */
  prevCut: 4,
  /** ...especially when it stops on a function word ("or even"). */
  prevDangling: 1,
  /** An ellipsis or "Read more" ends a teaser. */
  prevTeaserEnd: 4,
  /** ...and more in flat text, after a sentence or before a capital ("…defector Read more |Tony Blair…"): nothing else marks the end there (dev flat: 84% and 96% start a story). */
  flatTeaserEnd: 5,
  /** The line before is a headline: it belongs to the story below, never split after it. */
  prevHeadline: -8,
  /** A credit line sits inside a story. */
  caption: -5,
  /** A headline line followed by prose opens a story. */
  nextHeadline: 3,
  /** "RISING RACISM: …" opens a story. */
  nextKicker: 5,
  /** "LONDON (Reuters) -" opens a story. */
  nextDateline: 3,
  /** A lower-case start after a line break or a cut continues a sentence. */
  nextLower: -5,
  /** A lower-case start after a full stop is unusual but not impossible (excerpts that open mid-sentence). */
  nextLowerAfterStop: -1.5,
  /** Two long lines in a row (a teaser each, as on listing pages): story paragraphs are mostly shorter. */
  longLines: 1,
  /** After a paragraph that ends a sentence, a long line cut mid-sentence is a teaser of its own (dev nl+blank: 92% start a story). */
  nextLineCut: 5,
  /** A line opening with a dash or bullet continues a list or a quote of the story above. */
  nextBullet: -4,
  /** "He said…", "But…", "Aber…": a sentence that points back continues the story. */
  nextContinues: -2,
  /** ...more when it is a pronoun or a connective: dev stories open so 3 times in 2,676, Choi's never. */
  nextContinuesStrong: -1,
  /** A capitalised function word ("The", "Der") after a lower-case word: a sentence starts mid-line. */
  nextStopCap: 1.5,
  /** A capitalised word the text otherwise writes in lower case, after a lower-case word: a sentence opens with no stop before it (dev flat: 2.2× the base rate). */
  nextCommonCap: 1,
  /** ...after a function word ("…whether or not |Plans to…"): a teaser cut there (dev flat: 7× the base rate). */
  commonCapAfterDangling: 1,
  /** A 'cap' candidate inside an overlong sentence: two sentences run together, maybe at a cut (dev flat: 3-5× the base rate). */
  inLongSentence: 1,
  /** A mid-sentence cut leaving a few words before a full stop ("…aus dem |Labor in Dresden vor."): a story opens with no such remnant. */
  nextFragment: -4,
  /** U00 topic segmentation of the flat run cuts at this sentence start... */
  topicCut: 2.5,
  /** A shift between short teasers that only U00 with a sharper prior finds: weaker than a cut of the plain run (dev flat: tMid 0.899 → 0.908, Choi 3-11 Pk 0.1167 → 0.1141). */
  topicShort: 1.5,
  /** ...and each nat the cut saves against merging its segments adds this (a clear shift saves 20-40). */
  topicGainPerNat: 0.05,
  /** A run whose cuts all save a lot (median gain high) is a run of separate topics: each cut counts more. */
  clearTopicRun: 2,
  /** Median gain (nats) below which a run looks like one long story (single stories sit at 2-3)... */
  typicalGainLow: 5,
  /** ...and how many nats above it the bonus takes to reach its full weight. */
  typicalGainSpan: 5,
  /** Share of a run's cuts with a name on both sides at which it reads as one story (long articles sit near 1)... */
  nameShareHigh: 0.8,
  /** ...and how far below it the run counts as fully separate topics (Choi-like text sits near 0.1). */
  nameShareSpan: 0.5,
  /** Gains above this many nats count no more (a long segment's gain grows with its length). */
  topicGainCap: 40,
  /** Per word either side of a cut near a topic shift that goes with its own side (attach.ts): the exact cut point. */
  attachPerWord: 0.5,
  /** A headline run opens here: its lede restates RESTATED_MIN of its words (dev: 18-32% true vs 2-4% without). */
  restatedHeadline: 1,
  /** The words either side stand together elsewhere in the text: a name or phrase, not a story break. */
  repeatedPair: -3,
  /** U00 cut one sentence away: this mid-sentence candidate may be where a cut teaser ends ("or even Kemal"). */
  topicNear: 3.5,
  /** Log-odds per unit of novelty above noveltyRef: a lede's words are new to the document, a continuation's are not. */
  noveltySlope: 3,
  /** Novelty where the term is zero: continuations sit below (0.2-0.6), new stories above (0.8-1). */
  noveltyRef: 0.7,
  /** Shared names from which novelty can only count against a boundary: the same people, the same story. */
  noveltyNamesVeto: 2,
  /** A name (capitalised mid-sentence twice or more) found on both sides: the same story goes on. */
  sharedName: -0.5,
  /** ...and each further one. */
  moreSharedNames: -0.3,
  /** In flat text, each name of the next sentence already used just before: the story refers back, it goes on. */
  nameEcho: -1,
  /** Echoed names counted at most (a long story's lede may repeat a few). */
  nameEchoCap: 3,
} as const;

/** Words of a run restated in the lede that make it a headline: one may be chance. */
const RESTATED_MIN = 2;
/** A line this long is teaser-sized: a whole teaser on one line. */
const TEASER_LINE_WORDS = 70;
/** Words before the boundary for "no full stop" to mean a cut rather than a headline or label. */
const CUT_MIN_WORDS = 12;

/** Paragraphs longer than this on average (in words) make a text flat, even with a title line or two. */
export const PARAGRAPH_MAX_WORDS = 150;

/** A document with at least this many glued joins ("soon.In") is glued text, where such joins are paragraph breaks. */
export const GLUED_DOC_MIN = 2;

/** The most the cohesion terms can add: no shared word at all. Used to skip cohesion where it can't matter. */
export const MAX_COHESION_GAIN = WEIGHTS.cosineSlope * Math.log(WEIGHTS.cosineFloor / (WEIGHTS.cosineRef + WEIGHTS.cosineFloor));

export interface DocumentCues {
  /** No line breaks at all: flat text, where topic segmentation is the main evidence. */
  flat: boolean;
  /** Line breaks come at least every PARAGRAPH_MAX_WORDS words on average: the text is written in paragraphs. */
  paragraphed: boolean;
  /** Glued joins in the whole document: after sentence punctuation ("soon.In") or after a lower-case word ("evenKemal"). */
  gluedJoins: number;
}

export function boundaryLogOdds(f: BoundaryFeatures, doc: DocumentCues): number {
  const W = WEIGHTS;
  const isLine = f.kind === 'line' || f.kind === 'blank';
  let s = f.kind === 'line' ? W.priorLine : f.kind === 'blank' ? W.priorBlank : f.kind === 'sentence' ? W.priorSentence : f.kind === 'glued' || f.kind === 'gluedWord' ? W.priorGlued : W.priorCap;
  if ((f.kind === 'glued' || f.kind === 'gluedWord') && doc.gluedJoins < GLUED_DOC_MIN) s += W.gluedInNormalText;
  if ((f.kind === 'sentence' || f.kind === 'cap') && doc.flat && doc.gluedJoins >= GLUED_DOC_MIN) s += W.spacedInGluedText;
  if (f.kind === 'gluedWord' && f.prevCapWord) s += W.camelCaseName;
  if (!isLine && f.kind !== 'glued' && f.kind !== 'gluedWord' && f.lineWords < FLAT_LINE_WORDS) s += W.shortLine;
  if (!isLine && doc.paragraphed) s += W.inlineInParagraphs;
  // No full stop means a cut, except after a list item, or inside a camel-case name ("WhatsApp").
  const cut = !f.prevTerminal && f.prevWords >= CUT_MIN_WORDS && !f.prevBullet && !(f.kind === 'gluedWord' && f.prevCapWord);
  if (cut && (isLine || f.kind === 'glued' || f.kind === 'gluedWord')) s += W.prevCut + (f.prevDangling ? W.prevDangling : 0);
  if (f.prevTeaserEnd) s += W.prevTeaserEnd + (doc.flat && (f.kind === 'sentence' || f.kind === 'cap') ? W.flatTeaserEnd : 0);
  if (f.prevHeadline) s += W.prevHeadline;
  if (f.prevCaption || f.nextCaption) s += W.caption;
  if (f.nextHeadline) s += W.nextHeadline;
  if (f.nextKicker) s += W.nextKicker;
  if (f.nextDateline) s += W.nextDateline;
  if (f.nextLower) s += f.kind === 'sentence' && f.prevTerminal ? W.nextLowerAfterStop : W.nextLower;
  if (f.nextBullet) s += W.nextBullet;
  if (f.nextLineCut && f.prevTerminal) s += W.nextLineCut;
  if (f.nextContinues) s += W.nextContinues + (f.nextContinuesStrong ? W.nextContinuesStrong : 0);
  if (isLine && Math.min(f.prevWords, f.nextWords) >= TEASER_LINE_WORDS) s += W.longLines;
  if (f.kind === 'cap' && f.nextStopCap) s += W.nextStopCap;
  if (f.inLongSentence) s += W.inLongSentence;
  if (f.nextCommonCap) s += W.nextCommonCap + (f.prevDangling ? W.commonCapAfterDangling : 0);
  if (f.nextFragment) s += W.nextFragment;
  if (f.topicCut === 1) s += W.topicCut + W.topicGainPerNat * Math.min(W.topicGainCap, f.topicGain);
  if (f.topicCut === 2) s += W.topicNear;
  if (f.topicShort) s += W.topicShort;
  if (f.pairRepeats && f.pairRepeats > 0) s += W.repeatedPair;
  if (doc.flat && (f.restated ?? 0) >= RESTATED_MIN) s += W.restatedHeadline;
  if (f.attach && doc.flat) s += W.attachPerWord * f.attach;
  if (f.topicCut && doc.flat && (f.kind === 'sentence' || f.kind === 'cap')) {
    const clear = Math.min(1, Math.max(0, (f.topicTypicalGain - W.typicalGainLow) / W.typicalGainSpan));
    const separate = Math.min(1, Math.max(0, (W.nameShareHigh - f.topicNameShare) / W.nameShareSpan));
    s += W.clearTopicRun * clear * separate;
  }
  if (Number.isNaN(f.cosine)) return s + MAX_COHESION_GAIN + (Number.isNaN(f.novelty) ? 0 : W.noveltySlope * Math.max(0, f.novelty - W.noveltyRef));
  // New words after a line break mark a lede, unless names carry across (the same story goes on with new vocabulary).
  if (!Number.isNaN(f.novelty)) s += W.noveltySlope * (f.sharedNames >= W.noveltyNamesVeto ? Math.min(0, f.novelty - W.noveltyRef) : f.novelty - W.noveltyRef);
  s += W.cosineSlope * Math.log((f.cosine + W.cosineFloor) / (W.cosineRef + W.cosineFloor));
  if (f.nameEcho > 0) s += W.nameEcho * Math.min(W.nameEchoCap, f.nameEcho);
  if (f.sharedNames > 0) s += W.sharedName + W.moreSharedNames * (f.sharedNames - 1);
  return s;
}
