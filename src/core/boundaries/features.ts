// The evidence at each candidate boundary, read off the text: structure around it and cohesion across it.
import { breaksLine, isCapitalisedFunctionWord, stopEndsSentence, type Candidate } from './candidates';
import { LETTER, LOWER, SPACE, UPPER, WORD_CHAR, charClass, charWidth, isSpaceCode, lowerCase } from '../text/chars';
import { COHESION_WINDOW, type Cohesion } from './cohesion';
import { lastWordRaw, endsCut, endsOnEllipsis, endsWithTruncationMark, endsLikeTeaser, endsTerminal, isCaption, isContactLine, isHeadlineLike, isLabelledCaption, lastWord, opensLowerCase, opensWithDateline, opensWithKicker } from './cues';
import { countWords } from '../text/words';
import { lineOf, neighbourLine, type LineIndex } from '../text/lines';
import { opensTrailerLabel } from '../text/labels';

/** A list item or a dialogue dash opens the line. */
const BULLET = /^[-–—•·*▪►]\s/u;
/** A quote opens the text: its "I" or "We" is the speaker's, pointing nowhere before (“I have been…”). */
const QUOTE_OPEN = /^\s*["“‘«„']/u;
/** A lower-case word then a space or a comma: a sentence going on (a link's "https://" or "com." is none). */
const LOWER_WORD_OPENS = /^\p{Ll}+[\s,;]/u;
/** Letters read for whether the script writes capitals, and the share of capitals from which it does (a cased text
 * sets a capital at each sentence and name: a few in a hundred letters). */
const CASE_SAMPLE_CHARS = 20_000;
const CASED_MIN_SHARE = 0.005;

/** Whether the text's script writes capitals (FeatureContext.cased), read once, on first asking: few texts ask. (An
 * object a text with one method, not a closure a text: the one call, met by few texts, had seen one text's closure
 * when boundaryFeatures was compiled, and the next text's sent it back to the compiler.) */
export class CaseReading {
  private cased: boolean | undefined;
  constructor(private readonly text: string) {}
  writesCapitals(): boolean {
    if (this.cased !== undefined) return this.cased;
    const text = this.text;
    let upper = 0, lower = 0;
    for (let i = 0, end = Math.min(text.length, CASE_SAMPLE_CHARS); i < end; i += charWidth(text, i)) {
      const c = charClass(text, i);
      if (c & UPPER) upper++;
      else if (c & LOWER) lower++;
    }
    return (this.cased = upper > CASED_MIN_SHARE * (upper + lower));
  }
}
/** Characters of context read either side of an in-line candidate. */
const CONTEXT_CHARS = 80;
/** Content words read after a line break for novelty: about a lede sentence. */
const NOVELTY_WORDS = 20;
/** Cohesion window for candidates inside a line (flat text), in words, unless the text's stories are short (story-length.ts flatCohesionWindow). */
export const INLINE_WINDOW = 150;
/** Words after an in-line candidate searched for names: about the first sentence of a new story. */
const ECHO_NEXT_WORDS = 30;
/** Words before it where those names would have been used: the story so far. */
const ECHO_BACK_WORDS = 300;
/** Words read after a candidate for the rare words the text before already used: a heading and its first lines. */
const KEPT_NEXT_WORDS = 60;
/** A mid-sentence cut whose remnant ends a sentence within this many words starts no story (dev: 0 of 23 chosen were right). */
const FRAGMENT_MAX_WORDS = 6;
/** A line this long that ends mid-sentence is a cut teaser, not a headline or a label. */
const TEASER_LINE_MIN_WORDS = 30;
/** The text opens with a one-letter word ("A", "I") or an opening quote: no name goes on that way ("JarvisA US", "Liles“I have"). */
const NOT_NAME_PART = /^(?:[AI]\s|["“„«])/;
/** The text before ends on one capitalised word right after a full stop ("…on time.' Captain"): the word opens a sentence.
 * Lower-case letters after the capital: an upper-case label ("WHOOPI:") opens a teaser of its own. */
const LONE_OPENER_WORD = /^\p{Lu}[\p{Ll}\p{M}’'-]*$/u;
const isOpenerStop = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
/** The closers a stop may carry before the word: " ' ’ ” » ) ]. */
const isOpenerCloser = (c: number): boolean => c === 0x22 || c === 0x27 || c === 0x2019 || c === 0x201d || c === 0xbb || c === 0x29 || c === 0x5d;

/**
 * What /[.!?…]["'’”»)\]]*\s+(\p{Lu}[\p{Ll}\p{M}’'-]*)\s*$/u finds, read back from the end: the stop's offset and the
 * word. The word holds no white space, so it is the text's last run of non-space, and the stop, its closers and the
 * white space before that word can stand only one way. (The pattern was tried at every stop of the text before each
 * 'cap' candidate, to learn about the text's last few characters.)
 */
function loneOpenerAt(s: string): { stop: number; word: string } | null {
  let end = s.length;
  while (end > 0 && isSpaceCode(s.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isSpaceCode(s.charCodeAt(start - 1))) start--;
  let k = start;
  while (k > 0 && isSpaceCode(s.charCodeAt(k - 1))) k--;
  if (start === end || k === start) return null;
  while (k > 0 && isOpenerCloser(s.charCodeAt(k - 1))) k--;
  if (k === 0 || !isOpenerStop(s.charCodeAt(k - 1))) return null;
  const word = s.slice(start, end);
  return LONE_OPENER_WORD.test(word) ? { stop: k - 1, word } : null;
}
/** Closing quotes and brackets that may follow a full stop. */
const CLOSERS = new Set(['"', '”', '’', '»', ')', ']']);

export interface BoundaryFeatures {
  kind: Candidate['kind'];
  /** Words in the unit (line, or line so far) before the boundary. */
  prevWords: number;
  /** Line candidates: words in the next line. */
  nextWords: number;
  prevTerminal: boolean;
  prevTeaserEnd: boolean;
  /** The text before ends on a feed's truncation mark ("… [+1880 chars]"). */
  prevTruncationMark: boolean;
  prevDangling: boolean;
  /** The word before the boundary starts with a capital. */
  prevCapWord: boolean;
  prevHeadline: boolean;
  /** The line before is shaped like a headline over prose, whether or not it shares a word with the text below. */
  prevHeadlineShape: boolean;
  prevCaption: boolean;
  /** Line candidates: the line before is a labelled picture caption ("Quiet start: …", no stop; cues.ts). */
  prevLabelledCaption: boolean;
  nextHeadline: boolean;
  /** The next line is shaped like a headline over prose (short, unpunctuated, capitalised), shared words or not. */
  nextHeadlineShape: boolean;
  nextCaption: boolean;
  nextKicker: boolean;
  nextDateline: boolean;
  nextLower: boolean;
  /** An ellipsis (not a feed's truncation mark) before a lower-case word: the sentence goes on ("…titles… and this year"). */
  ellipsisGoesOn: boolean;
  /** The line before opens with a dash or bullet: a list item, which often has no full stop. */
  prevBullet: boolean;
  /** Line candidates: the next line is a long paragraph that ends mid-sentence, a cut teaser on its own line. */
  nextLineCut: boolean;
  /** Glued text: the paragraph after this glued join is long and ends cut (layout-cues.ts), as nextLineCut for lines. */
  nextGluedParagraphCut?: boolean;
  /** The next line opens with a dash or bullet: a list item or (in Nordic papers) a quote inside the story. */
  nextBullet: boolean;
  /** Line candidates: the next line is a writer's contact line (a short line holding an e-mail address). */
  nextContactLine: boolean;
  /** The next line is a related link or a contributors' line ("More: …", "Contributing: …"): it closes the story above. */
  nextTrailerLine: boolean;
  /** The next item of a numbered sequence opens here ("2 - …", "PART 2: …"; numbered-items.ts, set in find.ts). */
  nextNumberedItem: boolean;
  /** A transcript's speaker takes the word again here ("WALLACE: …"; speaker-turns.ts, set in find.ts). */
  nextSpeakerTurn: boolean;
  /** A line that asks, in a text that asks line after line (questions.ts, set in find.ts). */
  questionTurn: boolean;
  /** In-line candidates: words in the line holding them (a long line may run several flat stories together). */
  lineWords: number;
  /** Line candidates: the next line names no one new to the text (new-names.ts, set in find.ts). */
  nextNamesNothing: boolean;
  /** The next sentence opens with a word that points back (He, But, Aber…): it continues a story. */
  nextContinues: boolean;
  /** ...with a pronoun or a connective ("She", "But") outside a quote, never a story's first word in news. */
  nextContinuesStrong: boolean;
  /** 'cap' candidates: the sentence it would cut ends within FRAGMENT_MAX_WORDS words ("…aus dem |Labor in Dresden vor."). */
  nextFragment: boolean;
  /** 'cap' candidates: the sentence it would cut opened one capitalised word before, not a function word ("…on time.' Captain |Ines"),
   * and (set in find.ts) the word after is a name of this text. */
  prevLoneOpener: boolean;
  /** The next word is a capitalised function word ("The", "Der", "Le"): a sentence starts here. */
  nextStopCap: boolean;
  /** The next sentence may point back: it opens on a continuer (nextContinues), or, for a language with no list of
   * them, on any capitalised function word (nextStopCap). An article ("The", "Der") points back to nothing. */
  nextPointsBack: boolean;
  /** 'cap' candidates: the next word is capitalised but written in lower case elsewhere ("…whether or not |Plans to…"): not a name, so a sentence starts. */
  nextCommonCap: boolean;
  /** U00 topic segmentation of flat text: 1 cut exactly here, 2 cut at the next sentence start, 0 none. */
  topicCut: 0 | 1 | 2;
  /** 'cap' and 'sentence' candidates: U00 with a sharper prior (topic.ts SHORT_SEGMENT_ALPHA) cuts where the plain run
   * did not, at the start of the next sentence or of this one: a shift between short teasers. Marked from the start of
   * the sentence before the cut to the end of the sentence it opens. */
  topicShort?: boolean;
  /** For topicCut 1: nats the cut saves against merging its two segments. */
  topicGain: number;
  /** For topicCut 1 and 2: the median gain of all cuts in the same run. */
  topicTypicalGain: number;
  /** For topicCut 1 and 2: the share of the run's cuts with a name on both sides. */
  topicNameShare: number;
  cosine: number;
  sharedNames: number;
  /** Line candidates: share of the next paragraph's first content words new to the document (NaN if none). */
  novelty: number;
  /** Names in the next ~sentence already used as a chain just before (0 until cohesion is read). */
  nameEcho: number;
  /** Share of the recurring rare words just after that the text before already used (cohesion.ts makeKept; NaN: none, or cohesion not read yet). */
  kept: number;
  /** Sentence ends of flat text: capitalised words the next sentence brings new to the text (names-introduced.ts). */
  namesIntroduced: number;
  /** Flat text: a glued join ("soon.In") stands within a paragraph's words of the candidate (glue-near.ts). */
  glueNear: boolean;
  /** Near a topic cut: whether the words either side go with their own side (see attach.ts); 0 elsewhere. */
  attach?: number;
  /** Near a topic cut: words of the next few that the text right after restates (a headline over its lede). */
  restated?: number;
  /** In-line candidates: other places where its two neighbouring words stand side by side ("Wayne Rooney"). */
  pairRepeats?: number;
  /** 'cap' candidates well inside an overlong sentence (set in boundaries.ts). */
  inLongSentence?: boolean;
  /** Paragraph breaks (lines, or glued joins in glued text): U00 over the paragraphs cut here (1), kept one topic across (-1), or did not run (0). */
  paragraphTopic?: number;
  /** Word index of the boundary. */
  word: number;
}

export interface FeatureContext {
  text: string;
  lines: LineIndex;
  stopwords: ReadonlySet<string>;
  continuers: Continuers;
  strongContinuers: Continuers;
  /** The line [from, to) shares a content word with the text just below it (a headline with its story). */
  sharesWordsBelow: (from: number, to: number) => boolean;
  cohesion: (word: number, reach?: number) => Cohesion;
  wordAt: (offset: number) => number;
  /** The word index of line i's start and of its end (wordAt of lines.starts[i] and lines.ends[i]), remembered: the
   * candidates inside a long line all ask for them. */
  lineStartWord: (line: number) => number;
  lineEndWord: (line: number) => number;
  novelty: (word: number, words: number) => number;
  nameEcho: (word: number, next: number, back: number) => number;
  kept: (word: number, next: number) => number;
  /** Cohesion window for in-line candidates: INLINE_WINDOW, or less in a flat text of short stories (find.ts). */
  inlineWindow: number;
  /** The word at this index is capitalised here and written in lower case elsewhere in the text. */
  commonCap: (word: number) => boolean;
  /** isHeadlineLike of a line, remembered for the last few lines (makeHeadlineMemo). */
  headlineLike: (line: string) => boolean;
  /** The text's script writes capitals (a share of its letters): in Georgian every letter is lower case, and a small
   * letter after an ellipsis says nothing. */
  cased: CaseReading;
  /** countWords of a line (makeLineCounter). */
  countLine: (line: string) => number;
}

/** Code units of the code point at `i`: 2 only for a whole surrogate pair. */
const width = (s: string, i: number): number => {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const n = s.charCodeAt(i + 1);
  return n >= 0xdc00 && n <= 0xdfff ? 2 : 1;
};

/** The first word of the text, lower-cased, skipping opening quotes and dashes: what
 * /^[^\p{L}\p{N}]{0,3}([\p{L}\p{N}]+(?:['’][\p{L}]+)?)/u captures, read by character class (twice a candidate). */
export function firstWord(s: string): string {
  let i = 0;
  for (let skipped = 0; skipped < 3 && i < s.length && !(charClass(s, i) & WORD_CHAR); skipped++) i += width(s, i);
  if (!(charClass(s, i) & WORD_CHAR)) return '';
  const start = i;
  while (i < s.length && charClass(s, i) & WORD_CHAR) i += width(s, i);
  if ((s[i] === "'" || s[i] === '’') && charClass(s, i + 1) & LETTER) {
    i++;
    while (i < s.length && charClass(s, i) & LETTER) i += width(s, i);
  }
  return lowerCase(s.slice(start, i)).replace('’', "'");
}

/** Words of a continuer phrase read at most ("on the other hand"). */
const PHRASE_MAX_WORDS = 4;

/** A language's continuers (words and phrases) and the first words of its phrases ("as" of "as a result"), so most
 * candidates skip the phrase check. Made once a text (continuerPhrases), the sets being the language's own. */
export interface Continuers { words: ReadonlySet<string>; heads: ReadonlySet<string> }

const PHRASE_HEADS = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();
export function continuerPhrases(words: ReadonlySet<string>): Continuers {
  let heads = PHRASE_HEADS.get(words);
  if (!heads) PHRASE_HEADS.set(words, heads = new Set([...words].filter((c) => c.includes(' ')).map((c) => c.split(' ')[0])));
  return { words, heads };
}

/** The text opens with a continuer: a word ("But", "She") or a phrase ("As a result", "In addition"). */
function opensWithContinuer(s: string, { words: continuers, heads }: Continuers, w = firstWord(s)): boolean {
  if (continuers.has(w)) return true;
  if (!heads.has(w)) return false;
  const words = lowerCase(s.slice(0, 60)).replace(/^[^\p{L}]+/u, '').split(/[^\p{L}'’]+/u, PHRASE_MAX_WORDS);
  for (let n = 2; n <= words.length; n++) if (continuers.has(words.slice(0, n).join(' '))) return true;
  return false;
}

/** The run of letters that opens the text (\p{L}+), or ''. */
function leadingLetters(s: string): string {
  let i = 0;
  while (i < s.length && charClass(s, i) & LETTER) i++;
  return s.slice(0, i);
}

/** The text opens with the tail of a sentence, FRAGMENT_MAX_WORDS words or fewer up to its full stop. */
function shortRemnant(s: string): boolean {
  let words = 0, inWord = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '.' || ch === '!' || ch === '?') {
      // Only a stop followed by white space (after any closers) ends the sentence; "U.S." or "9.5" does not.
      let j = i + 1;
      while (j < s.length && CLOSERS.has(s[j])) j++;
      return (j >= s.length || (charClass(s, j) & SPACE) !== 0) && words + (inWord ? 0 : 1) <= FRAGMENT_MAX_WORDS;
    }
    const space = (charClass(s, i) & SPACE) !== 0;
    if (!space && !inWord && ++words > FRAGMENT_MAX_WORDS) return false;
    inWord = !space;
  }
  return false;
}

/** The text ends on a sentence's first word, capitalised and no function word ("…on time.' Captain"). */
function loneOpener(s: string, stopwords: ReadonlySet<string>): boolean {
  const m = loneOpenerAt(s);
  // After a title or an initial ("Mrs. Edna |Holt") the word is a name going on, not a sentence's first; after a
  // number's dot ("am 5. Dezember") a date goes on.
  return m !== null && !stopwords.has(lowerCase(m.word)) && stopEndsSentence(s, m.stop) && !/\d/.test(s[m.stop - 1] ?? '');
}

/** The text stops on a function word with no stop after it ("…said the"): cut. "Is It Lying To You?" is a whole question. */
const danglingEnd = (s: string, stopwords: ReadonlySet<string>): boolean => !endsTerminal(s) && stopwords.has(lastWord(s));

/** countWords for the lines around line breaks, remembering the last line: read in order, a break's next line is
 * the following break's line before, so each is counted once. One per text (FeatureContext.countLine). */
export function makeLineCounter(): (line: string) => number {
  let counted = '';
  let words = 0;
  return (line) => {
    if (line !== counted) { counted = line; words = countWords(line); }
    return words;
  };
}

/** The text before the boundary ends cut: no full stop, or a teaser's ellipsis or "Read more". */
export const cutBefore = (f: BoundaryFeatures): boolean => !f.prevTerminal || f.prevTeaserEnd;

/** Caption lines read past under a line ("Photo: AP" between a headline and its text). */
const CAPTIONS_READ_PAST = 2;

/** Prose: a word at least, and neither a headline nor a caption. */
const prose = (s: string, headlineLike: (line: string) => boolean): boolean => countWords(s, 1) > 0 && !headlineLike(s) && !isCaption(s);

/** Lines remembered by makeHeadlineMemo. */
const HEADLINE_MEMO_SIZE = 4;

/** isHeadlineLike of the last few lines asked about, one memo per text (FeatureContext.headlineLike): a line break asks
 * of the line before it, the line after it and the one after that, and its neighbours ask of the same lines again. */
export function makeHeadlineMemo(): (line: string) => boolean {
  const lines: string[] = [];
  const answers: boolean[] = [];
  let next = 0;
  return (line) => {
    for (let k = 0; k < lines.length; k++) if (lines[k] === line) return answers[k];
    const answer = isHeadlineLike(line);
    lines[next] = line;
    answers[next] = answer;
    next = (next + 1) % HEADLINE_MEMO_SIZE;
    return answer;
  };
}

export function boundaryFeatures(ctx: FeatureContext, c: Candidate): BoundaryFeatures {
  const { text, lines } = ctx;
  const isLine = breaksLine(c.kind);
  const prevLineIdx = lineOf(lines, c.prevEnd);
  const nextLineIdx = lineOf(lines, c.start);
  const prevUnit = isLine ? text.slice(lines.starts[prevLineIdx], c.prevEnd).trim() : text.slice(Math.max(lines.starts[prevLineIdx], c.prevEnd - CONTEXT_CHARS), c.prevEnd);
  const nextUnit = isLine ? text.slice(c.start, lines.ends[nextLineIdx]).trim() : text.slice(c.start, Math.min(lines.ends[nextLineIdx], c.start + CONTEXT_CHARS));
  const word = ctx.wordAt(c.start);
  // The text a headline stands over: a picture's credit between them ("Photo: AP") is read past.
  const lineAfterNext = isLine ? neighbourLine(text, lines, nextLineIdx, 1, isCaption, CAPTIONS_READ_PAST) : '';
  const nextFirst = firstWord(nextUnit);
  const prevLast = lastWordRaw(prevUnit);
  // A headline may end on a particle ("…you need to know about"); a line cut there goes on in lower case below.
  const prevHeadlineShape = isLine && ctx.headlineLike(prevUnit) && prose(nextUnit, ctx.headlineLike) && !opensLowerCase(nextUnit);
  // An ellipsis before a lower-case word: the sentence goes on ("…my favourites… and this year"), as after no stop.
  const truncationMark = endsWithTruncationMark(prevUnit);
  const ellipsisGoesOn = LOWER_WORD_OPENS.test(nextUnit) && endsOnEllipsis(text, c.prevEnd) && !truncationMark && ctx.cased.writesCapitals();
  const nextTrailer = isLine && opensTrailerLabel(nextUnit);
  const nextHeadlineShape = isLine && ctx.headlineLike(nextUnit) && prose(lineAfterNext, ctx.headlineLike) && !opensLowerCase(lineAfterNext);
  const nextContinues = opensWithContinuer(nextUnit, ctx.continuers, nextFirst);
  const nextStopCap = (charClass(nextUnit, 0) & UPPER) !== 0 && ctx.stopwords.has(lowerCase(leadingLetters(nextUnit)));
  const f: BoundaryFeatures = {
    kind: c.kind,
    prevWords: isLine ? ctx.countLine(prevUnit) : word - ctx.lineStartWord(prevLineIdx),
    nextWords: isLine ? ctx.countLine(nextUnit) : 0,
    prevTerminal: endsTerminal(prevUnit),
    prevTeaserEnd: endsLikeTeaser(prevUnit, !isLine && c.kind !== 'glued' && c.kind !== 'gluedWord'),
    prevTruncationMark: truncationMark,
    prevDangling: ctx.stopwords.has(lowerCase(prevLast)),
    // "PlayStation" is a name; "HeGame" is a story cut after "He", and "JarvisA US firm" or "Liles“I have" one cut after
    // a name (no name goes on with a one-letter word or a quote).
    prevCapWord: (charClass(prevLast, 0) & UPPER) !== 0 && !isCapitalisedFunctionWord(prevLast, ctx.stopwords) && !NOT_NAME_PART.test(nextUnit),
    // A line that stops on a function word ("…said the") was cut; a headline doesn't end that way.
    prevHeadline: prevHeadlineShape && !danglingEnd(prevUnit, ctx.stopwords) && ctx.sharesWordsBelow(lines.starts[prevLineIdx], c.start),
    prevHeadlineShape,
    prevCaption: isLine && isCaption(prevUnit),
    prevLabelledCaption: isLine && isLabelledCaption(prevUnit),
    nextHeadline: nextHeadlineShape && !danglingEnd(nextUnit, ctx.stopwords) && ctx.sharesWordsBelow(c.start, lines.ends[nextLineIdx]),
    nextHeadlineShape,
    nextCaption: isLine && isCaption(nextUnit),
    // "MORE : Harbour bridge to close" is set as a kicker is, but links to another story: no kicker.
    nextKicker: opensWithKicker(nextUnit) && !nextTrailer,
    nextDateline: opensWithDateline(nextUnit),
    nextLower: opensLowerCase(nextUnit),
    ellipsisGoesOn,
    nextBullet: isLine && BULLET.test(nextUnit),
    nextContactLine: isLine && isContactLine(nextUnit),
    nextTrailerLine: nextTrailer,
    nextNumberedItem: false,
    nextSpeakerTurn: false,
    questionTurn: false,
    nextLineCut: isLine && ctx.countLine(nextUnit) >= TEASER_LINE_MIN_WORDS && endsCut(nextUnit),
    nextGluedParagraphCut: false,
    prevBullet: isLine && BULLET.test(prevUnit),
    lineWords: isLine ? 0 : ctx.lineEndWord(prevLineIdx) - ctx.lineStartWord(prevLineIdx),
    nextNamesNothing: false,
    nextContinues,
    nextContinuesStrong: !QUOTE_OPEN.test(nextUnit) && opensWithContinuer(nextUnit, ctx.strongContinuers, nextFirst),
    nextFragment: c.kind === 'cap' && shortRemnant(nextUnit),
    prevLoneOpener: c.kind === 'cap' && loneOpener(prevUnit, ctx.stopwords),
    nextStopCap,
    nextPointsBack: ctx.continuers.words.size > 0 ? nextContinues : nextStopCap,
    nextCommonCap: c.kind === 'cap' && ctx.commonCap(word),
    // The topic fields are set for every candidate by explainBoundaries (find.ts). NaN until then: a fraction from the
    // start keeps the field a double, where a 0 written over by a fraction changed every object's hidden class.
    topicCut: 0,
    topicGain: Number.NaN,
    topicTypicalGain: Number.NaN,
    topicNameShare: Number.NaN,
    topicShort: false,
    // Filled in by addCohesion, only where the structure leaves the boundary possible (it is the costly part).
    cosine: Number.NaN,
    sharedNames: 0,
    // Set below for a line: NaN first, so the field holds a double in every object (a text whose first line had a
    // novelty of 0 or 1 made it an integer field, and the first fraction changed the objects' hidden class).
    novelty: Number.NaN,
    nameEcho: 0,
    kept: Number.NaN,
    namesIntroduced: 0,
    glueNear: false,
    // Filled in by explainBoundaries (find.ts) where they apply. Every field is set here, so that all features objects
    // share one hidden class: fields added later on some objects only made the code reading them polymorphic.
    attach: 0,
    restated: 0,
    pairRepeats: 0,
    inLongSentence: false,
    paragraphTopic: 0,
    word,
  };
  if (isLine) f.novelty = ctx.novelty(word, NOVELTY_WORDS);
  return f;
}

/** The cohesion fields as boundaryFeatures leaves them, before addCohesion: for a reading in another window. */
export function clearCohesion(f: BoundaryFeatures): void {
  f.cosine = Number.NaN;
  f.sharedNames = 0;
  f.nameEcho = 0;
  f.kept = Number.NaN;
}

export function addCohesion(ctx: FeatureContext, f: BoundaryFeatures): BoundaryFeatures {
  const inLine = f.kind !== 'line' && f.kind !== 'blank';
  const coh = ctx.cohesion(f.word, inLine ? ctx.inlineWindow : undefined);
  f.cosine = coh.cosine;
  f.sharedNames = coh.sharedNames;
  // After a line break too: a subheading or a new paragraph of one story keeps the names of the text above it.
  f.nameEcho = ctx.nameEcho(f.word, ECHO_NEXT_WORDS, ECHO_BACK_WORDS);
  f.kept = ctx.kept(f.word, KEPT_NEXT_WORDS);
  return f;
}

export { COHESION_WINDOW };
