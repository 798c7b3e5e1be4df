// Hand-set weights turning boundary features into log-odds that a story starts there: one weight per term of
// terms.ts, each a named constant with its reason. They were set by hand from how often each cue marks a real
// boundary on the dev set (scripts/lib/feature-stats.ts), rounded, and checked per source and language.
// `npm run train` fits the same terms on train.jsonl; scoring-weights.ts says which set the engine uses.

export const WEIGHTS = {
  /** Log-odds of a plain line break (no other cue) whose sides share almost no words (cosine ≈ COSINE_REF). */
  priorLine: 0.2,
  /** A blank line says no more than a line break. */
  priorBlank: 0.2,
  /** A sentence end inside a long line: a flat story end with no cue is rarer than a line break. */
  priorSentence: -3,
  /** A glued join after a full stop ("soon.In") is a paragraph break in glued text, like a line break. */
  priorGlued: 0,
  /** A glued join in a document that isn't glued text (terms.ts gluedness: too few joins, or half with few far between) is a camel-case name: PlayStation. */
  gluedInNormalText: -6,
  /** In glued text stories join with no space at all: a candidate after a space there is inside a story (times gluedness). */
  spacedInGluedText: -3,
  /** "ApplePay", "AhrEifel": a capitalised word glued to a capital is a compound name, seldom a cut teaser. */
  camelCaseName: -3,
  /** An in-line candidate in a text written in paragraphs: there stories start on a new line (dev: 0 of 17 chosen were right). */
  inlineInParagraphs: -3,
  /** A capitalised word after a lower-case one inside a long line: names mid-sentence are everywhere. */
  priorCap: -5,
  /** An in-line candidate in a line of ordinary paragraph length: stories there start on lines (not at a sentence end of a short flat list of items, terms.ts). */
  shortLine: -5,
  /** Log-odds lost per unit of ln(cosine): similarity across a boundary is the strongest topic cue. */
  cosineSlope: -3.2,
  /** A long unit ending with no terminal punctuation was cut: a teaser ends here. */
  prevCut: 4,
  /** ...and more when the line is LONG_LINE_RATIO times this text's median line or longer: a teaser among shorter paragraphs, where a short unpunctuated line is a caption, a lyric or a list item (train: 64% of such cut lines start a story, 26% of the other cut lines). */
  prevCutLongLine: 1.5,
  /** ...especially when it stops on a function word ("or even"). */
  prevDangling: 1,
  /** An ellipsis or "Read more" ends a teaser. */
  prevTeaserEnd: 4,
  /** ...and more in flat text, after a sentence or before a capital ("…defector Read more |Tony Blair…"): nothing else marks the end there (dev flat: 84% and 96% start a story). */
  flatTeaserEnd: 5,
  /** ...and far more after a feed's truncation mark ("… [+1880 chars]"): the feed cut the story there, so whatever follows, even inside a short line of a text in paragraphs, is another story: it outweighs the in-line penalties (priorCap + shortLine + inlineInParagraphs = -13) with the teaser end (+4). */
  prevTruncationMark: 12,
  /** The line before is a headline: it belongs to the story below, never split after it. */
  prevHeadline: -8,
  /** A credit line sits inside a story. */
  caption: -5,
  /** A headline line followed by prose opens a story. */
  nextHeadline: 3,
  /** In a list of headlines with summaries, a headline line opens a story even when it shares no word with its summary ("…Covid strain" over "…the variant…"). */
  nextHeadlineInList: 3,
  /** ...and the line after it belongs to it. */
  prevHeadlineInList: -4,
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
  /** Glued text: the same for a long glued paragraph that ends cut (as nextLineCut; the paragraph is read between guessed joins). */
  nextGluedParagraphCut: 5,
  /** A line opening with a dash or bullet continues a list or a quote of the story above. */
  nextBullet: -4,
  /** A writer's contact line ("Write to … at name@example.org") closes the article above: no story opens on it (train and devwide: 0 of 37 such lines; the engine cut before 7 of them). */
  nextContactLine: -6,
  /** A related link or a contributors' line ("More: …", "Lesen Sie auch: …", "Contributing: …") closes the story above: no story opens on it (train, devwide and dev, lines in paragraphs: 1 of 84 related-link lines not labelled as a video, "Watch: …"). */
  nextTrailerLine: -6,
  /** The next item of a numbered sequence ("2 - …", "PART 2: …") goes on one article's list or sections (train: 3 of 4,090 start a story). */
  nextNumberedItem: -6,
  /** A transcript's speaker takes the word again ("WALLACE: …" once more): the interview goes on, and its label is no kicker (train: 1 of 6,337 start a story). */
  nextSpeakerTurn: -8,
  /** An interview's or a commentary's questions, line after line: a line that asks goes on the piece (questions.ts; train: 20 of 4,092 start a story). */
  questionTurn: -6,
  /** In a short brief of one-sentence lines (terms.ts DocumentCues.brief), a line that names no one new goes on the
   * story: it outweighs the word statistics at their highest (no shared word, all words new: +5.3), which say nothing
   * in a text this short. */
  briefGoesOn: -6,
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
  /** A mid-sentence cut between a sentence's capitalised first word and a name of the text ("…on time.' Captain |Ines"): a story seldom ends on its next sentence's first word (a train sample: 7 of 2,247 such candidates start a story, 0.3% against 0.5% of all capital candidates; devwide 3 of 846, 0.4% against 0.7%). Those rates alone say about -0.5; -3 was chosen on devwide and the train sample (it must outweigh the name's capital), -5 was no better. */
  prevLoneOpener: -3,
  /** U00 topic segmentation of the flat run cuts at this sentence start... */
  topicCut: 2.5,
  /** U00 over the paragraphs of a text in lines cuts at this line break: the topic changes here, read over the whole text. */
  paragraphTopicCut: 0,
  /** ...or reads one topic across it: a paragraph break inside a story, however few words the two paragraphs share. */
  paragraphTopicSame: -2,
  /** A shift between short teasers that only U00 with a sharper prior finds: weaker than a cut of the plain run (dev flat: tMid 0.899 → 0.908, Choi 3-11 Pk 0.1167 → 0.1141). */
  topicShort: 1.5,
  /** ...and each nat the cut saves against merging its segments adds this (a clear shift saves 20-40). */
  topicGainPerNat: 0.05,
  /** A run whose cuts all save a lot (median gain high) is a run of separate topics: each cut counts more. */
  clearTopicRun: 2,
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
  /** A name (capitalised mid-sentence twice or more) found on both sides: the same story goes on. */
  sharedName: -0.5,
  /** ...and each further one. */
  moreSharedNames: -0.3,
  /** Log-odds per unit of ln(cosine / the text's typical cosine): a boundary is a drop in sharing below what this text's paragraphs share, whatever its style. */
  cosineVsText: 0,
  /** In flat text, each name of the next sentence already used just before: the story refers back, it goes on. */
  nameEcho: -1,
  /** The same after a line break: a subheading or a paragraph of the same story names the people of the text above; a new story's lede names its own. */
  lineNameEcho: -1,
  /** Per unit of the share of a headline's recurring rare words the text above already used, past KEPT_HEADLINE_REF (terms.ts): a subheading keeps the article's words, a new story's headline brings its own (chosen cuts at a headline, AUC 0.87 train, 0.86 devwide). Devwide Pk 0.0724 -> 0.0719 (seed 0.067 -> 0.064), train 0.0824 -> 0.0817 (single 0.057 -> 0.054). */
  headlineKeepsWords: -8,
  /** Flat text whose first reading's cuts open on new names (names-introduced.ts), a sentence end: per capitalised word
   * the next sentence brings new to the text, past NAMES_REF (terms.ts; below it, a penalty). Chosen on the whole train
   * flat set (0.1287 -> 0.05: 0.1283, 0.1: 0.1281, 0.15: 0.1280, 0.2: 0.1273, 0.3: 0.1277); 0.2 and up cut two or
   * three more dev seed texts and devwide es texts into too many stories (gate: 2 new worse figures), 0.1 none. */
  namesIntroduced: 0.1,
} as const;


/** The weights the engine scores with: one per term, by name (hand ones above, or learned ones of the same names). */
export type Weights = { readonly [K in keyof typeof WEIGHTS]: number };
export type TermName = keyof typeof WEIGHTS;
