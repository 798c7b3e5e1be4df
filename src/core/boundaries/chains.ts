// Entity chains across a decided cut: when the stories on both sides of a cut name the same people and places, one
// story goes on (a long article: a subheading, a caption or a topic drift inside it); separate stories, even on one
// topic, share few names. Line breaks are checked too: on train and devwide alike that left more single stories whole
// (devwide 78.6% -> 81%) and lowered Pk (devwide 0.095 -> 0.090, a train sample 0.103 -> 0.091).
// Words make a chain too: two stories whose vocabularies overlap as much as one article's parts do (see
// CHAIN_MIN_WORD_SHARE) are one story, whatever the cut's structure says (a caption, a subheading, a line with no
// full stop), unless the cut is marked as a story's end (find.ts).
import type { CohesionModel } from './cohesion';
import type { Tokens } from '../text/tokenize';

/** Distinct names shared by the two stories either side of a cut for it to read as one story going on... */
export const CHAIN_MIN_NAMES = 4;
/** ...when they are more than this share of the names of the story with fewer: most of its people recur. Two
 * stories on one topic (one protest movement, one trial) share some names, seldom most (dev: 43-50%, vs 55-100%). */
export const CHAIN_MIN_SHARE = 0.5;

/** Distinct content words shared by the two stories near a cut for a word chain... */
export const CHAIN_MIN_WORDS = 4;
/**
 * ...when they are at least this share of the distinct content words of the side with fewer. At the cuts the engine
 * chose on a train sample, 15% and more marked 57 false cuts and 14 true ones. Undoing them, with the marked ends
 * spared: train sample Pk 0.0925 -> 0.0814, devwide 0.087 -> 0.0775, single stories left whole 81% -> 90%, Choi
 * 0.1137 -> 0.1127. Cost: cut stories on one topic merge more (dev same_topic Pk 0.047 -> 0.050). (10-12% undid
 * more true cuts than false; 20-30% left false ones; a window of 250 words was worse, 600 no better.)
 */
export const CHAIN_MIN_WORD_SHARE = 0.15;
/** Words either side of the cut whose vocabularies are compared: about two paragraphs of an article. */
export const CHAIN_WORD_WINDOW = 400;

/**
 * Cuts close together in a long article (a caption line, a subheading, a pull quote) leave short pieces that share
 * few words with each other, though the article around them shares many. So a cut left standing is looked at again
 * with the piece beside it read together with the story past it, when that piece is shorter than this (words) and
 * the story past it is long (CHAIN_LONG_STORY_WORDS or more), or when the cut between them is one a chain has undone
 * (now or before, kept by its other evidence); never across a cut marked as a story's end. Devwide Pk 0.0775 ->
 * 0.0760, single stories left whole 89.7% -> 90.6%; train sample 0.0816 -> 0.0810. (Undone cuts alone: 0.0775 and
 * 0.0815. Pieces under 150 words: the teasers after a long story on a page merged, dev seed story counts fell; 70:
 * train 0.0815.)
 */
export const CHAIN_SHORT_PIECE_WORDS = 100;
export const CHAIN_LONG_STORY_WORDS = 500;

/** What ties the stories either side of a cut: the same people, much of the same vocabulary, or nothing. */
export type Chain = 'names' | 'words' | null;

/** Rounds of undoing at most: each may let the decoder pick a neighbouring cut, checked again (2-3 suffice in practice). */
export const MAX_CHAIN_PASSES = 8;

/**
 * Undoes chained cuts until none is left: `decodeCuts` decides the cuts (candidate indices), `chained` says which of
 * them join stories sharing a chain, `penalise` lowers a candidate's score for the next decision. Each candidate is
 * penalised once. Returns the settled cuts.
 */
export function settleChains(decodeCuts: () => number[], chained: (cuts: readonly number[]) => readonly Chain[], penalise: (cut: number, chain: NonNullable<Chain>) => void, maxPasses = MAX_CHAIN_PASSES): number[] {
  let cuts = decodeCuts();
  const done = new Set<number>();
  for (let pass = 0; pass < maxPasses; pass++) {
    const links = chained(cuts);
    let undone = 0;
    cuts.forEach((c, k) => {
      const chain = links[k];
      if (!chain || done.has(c)) return;
      done.add(c);
      penalise(c, chain);
      undone++;
    });
    if (!undone) break;
    cuts = decodeCuts();
  }
  return cuts;
}

/**
 * The two stories are compared near the cut: over at most this many times the shorter one's length either side...
 * A long article holds so many names (and German capitalises every noun) that a teaser beside it shares most of its
 * own by chance; the people of one story going on recur near the cut. (Whole stories: pages-dev run-on F1 0.977 -> 0.964,
 * three teasers merged into the long story above; windowed 0.977, devwide Pk 0.0887 -> 0.0890.)
 */
export const CHAIN_WINDOW_RATIO = 6;
/** ...and never less than this many words, so that stories of ordinary length are compared whole. */
export const CHAIN_WINDOW_MIN_WORDS = 500;

/** Distinct words of tokens [from, to) that `keep` accepts, and how many of them `seen` has marked with `stamp`. */
interface Vocabulary { distinct: number; shared: number }

/**
 * Marks the distinct words of [from, to) accepted by `keep` in `mark` with `stamp`, counting them, and counting
 * those `seen` already holds with the same stamp. One pass; the tables are stamped, never cleared.
 */
function readVocabulary(tokens: Tokens, from: number, to: number, keep: (t: number) => boolean, mark: Int32Array, stamp: number, seen?: Int32Array): Vocabulary {
  let distinct = 0, shared = 0;
  for (let t = from; t < to; t++) {
    const v = tokens.id[t];
    if (mark[v] === stamp || !keep(t)) continue;
    mark[v] = stamp;
    distinct++;
    if (seen && seen[v] === stamp) shared++;
  }
  return { distinct, shared };
}

/**
 * For each cut (word index, ascending, between 0 and tokens.count), whether the stories either side of it share
 * an entity chain or a word chain near the cut. `marked(k)`: something marks the story before cut k as ended (find.ts:
 * a block the page opens, a feed's truncation mark, a teaser's end); teasers on one topic share their words, so only
 * names chain those. The word window is not cut to the shorter story's length: a short piece between two false cuts
 * of a long article (a caption, a subheading) shares the article's words (equal windows: train sample Pk 0.0814 ->
 * 0.0846-0.0872). Linear: each window lies inside the two stories of its cut, or reaches one story beyond a short one, and is bounded.
 */
export function chainedCuts(tokens: Tokens, model: CohesionModel, cuts: readonly number[], marked: (k: number) => boolean = () => false, spent: (k: number) => boolean = () => false): Chain[] {
  // One story (most texts' first decision): no cut to check, and no tables the size of the vocabulary to fill.
  if (!cuts.length) return [];
  const bounds = [0, ...cuts, tokens.count];
  const tables = [0, 1, 2, 3].map(() => new Int32Array(tokens.vocabSize).fill(-1));
  const [nameLeft, nameRight, wordLeft, wordRight] = tables;
  const isName = (t: number) => model.isName[tokens.id[t]] === 1 && model.content[t] === 1;
  // A CJK character is a content word for cohesion, but any two texts in one script share many of them.
  const isContent = (t: number) => model.content[t] === 1 && !tokens.cjk[t];
  // (Pushed, not mapped: an optimized .map makes a holey array where the interpreter made a packed one.)
  const chained: Chain[] = [];
  for (let k = 0; k < cuts.length; k++) chained.push(chainAt(k, false, false, k));
  // A second look at the cuts left: a piece may read its words across the cut beyond it (see CHAIN_SHORT_PIECE_WORDS).
  const first = chained.slice();
  // Across cut j (the other side of a piece of `piece` words, with a story of `beyond` words past it).
  const reaches = (j: number, piece: number, beyond: number) => !marked(j)
    && (first[j] !== null || spent(j) || (piece < CHAIN_SHORT_PIECE_WORDS && beyond >= CHAIN_LONG_STORY_WORDS));
  for (let k = 0; k < cuts.length; k++) {
    if (first[k] !== null || marked(k)) continue;
    const reachLeft = k > 0 && reaches(k - 1, cuts[k] - bounds[k], bounds[k] - bounds[k - 1]);
    const reachRight = k + 1 < cuts.length && reaches(k + 1, bounds[k + 2] - cuts[k], bounds[k + 3] - bounds[k + 2]);
    if (reachLeft || reachRight) chained[k] = chainAt(k, reachLeft, reachRight, cuts.length + k);
  }
  return chained;

  function chainAt(k: number, reachLeft: boolean, reachRight: boolean, stamp: number): Chain {
    const cut = cuts[k], from = bounds[k], to = bounds[k + 2];
    // The names were read at the first look (the second reaches only for words).
    if (!reachLeft && !reachRight) {
      const span = Math.max(CHAIN_WINDOW_MIN_WORDS, Math.min(cut - from, to - cut) * CHAIN_WINDOW_RATIO);
      const namesBefore = readVocabulary(tokens, Math.max(from, Math.floor(cut - span)), cut, isName, nameLeft, stamp);
      const namesAfter = readVocabulary(tokens, cut, Math.min(to, Math.ceil(cut + span)), isName, nameRight, stamp, nameLeft);
      if (namesAfter.shared >= CHAIN_MIN_NAMES && namesAfter.shared > CHAIN_MIN_SHARE * Math.min(namesBefore.distinct, namesAfter.distinct)) return 'names';
    }
    if (marked(k)) return null;
    const wFrom = reachLeft ? bounds[k - 1] : from;
    const wTo = reachRight ? bounds[k + 3] : to;
    const wordsBefore = readVocabulary(tokens, Math.max(wFrom, cut - CHAIN_WORD_WINDOW), cut, isContent, wordLeft, stamp);
    const wordsAfter = readVocabulary(tokens, cut, Math.min(wTo, cut + CHAIN_WORD_WINDOW), isContent, wordRight, stamp, wordLeft);
    return wordsAfter.shared >= CHAIN_MIN_WORDS && wordsAfter.shared >= CHAIN_MIN_WORD_SHARE * Math.min(wordsBefore.distinct, wordsAfter.distinct) ? 'words' : null;
  }
}
