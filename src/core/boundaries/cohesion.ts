// Lexical cohesion across a boundary: tf-idf cosine between word windows either side, and names shared across it.
// Windows are bounded, so the cost is linear in the text: O(candidates × window).
import { CAP, INITIAL, STOP, type Tokens } from '../text/tokenize';
import { repeatedLineTokens } from './repeated-lines';

/** Words either side of a boundary compared for cohesion; single lines are too short to compare. */
export const COHESION_WINDOW = 150;
/** Document IDF counts words in chunks of this many words, so a word repeated in one paragraph counts once. */
const IDF_CHUNK_WORDS = 40;
/** Mid-sentence capitalised mentions for a word to count as a name. */
const NAME_MIN_MENTIONS = 2;

export interface CohesionModel {
  idf: Float64Array;
  /** 1 when the word appears capitalised mid-sentence somewhere in the document: a name. */
  isName: Uint8Array;
  content: Uint8Array;
}

/** `text` is the text the tokens were read from: words of end matter it repeats word for word carry no topic. */
export function cohesionModel(tokens: Tokens, text?: string): CohesionModel {
  const furniture = text === undefined ? null : repeatedLineTokens(text, tokens);
  const df = new Int32Array(tokens.vocabSize);
  const seenIn = new Int32Array(tokens.vocabSize).fill(-1);
  const isName = new Uint8Array(tokens.vocabSize);
  const content = new Uint8Array(tokens.count);
  for (let i = 0; i < tokens.count; i++) {
    const id = tokens.id[i];
    const chunk = Math.floor(i / IDF_CHUNK_WORDS);
    if (seenIn[id] !== chunk) { seenIn[id] = chunk; df[id]++; }
    const f = tokens.flags[i];
    if ((f & CAP) && !(f & INITIAL) && !(f & STOP) && isName[id] < 255) isName[id]++;
    // Stop words and one-letter words carry no topic; a single CJK character does.
    content[i] = f & STOP || (tokens.end[i] - tokens.start[i] < 2 && !tokens.cjk[i]) || furniture?.[i] ? 0 : 1;
  }
  // A name is a word seen capitalised mid-sentence at least NAME_MIN_MENTIONS times: one capital may be a title word.
  for (let v = 0; v < tokens.vocabSize; v++) isName[v] = isName[v] >= NAME_MIN_MENTIONS ? 1 : 0;
  const chunks = Math.ceil(tokens.count / IDF_CHUNK_WORDS) + 1;
  const idf = new Float64Array(tokens.vocabSize);
  // ln(1 + N/df), not ln(N/df): in a one-story document the topic words fill every chunk and must still count.
  for (let v = 0; v < tokens.vocabSize; v++) idf[v] = Math.log(1 + chunks / Math.max(1, df[v]));
  return { idf, isName, content };
}

export interface Cohesion {
  cosine: number;
  /** Distinct names found on both sides. */
  sharedNames: number;
}

/**
 * The positions of the tokens whose flag is set (flag[i], or flag[byId[i]] with `byId`), in order, and for every token
 * the count of such tokens before it: a window's kept tokens are at[rank[lo]] … at[rank[hi] - 1], walked without
 * passing over the others. One pass, no test callback.
 */
interface Positions { at: Int32Array; rank: Int32Array }
function positionsWhere(count: number, flag: Uint8Array, byId?: Int32Array): Positions {
  const rank = new Int32Array(count + 1);
  const at = new Int32Array(count);
  let n = 0;
  if (byId) for (let i = 0; i < count; i++) { rank[i] = n; if (flag[byId[i]] === 1) at[n++] = i; }
  else for (let i = 0; i < count; i++) { rank[i] = n; if (flag[i] === 1) at[n++] = i; }
  rank[count] = n;
  return { at: at.subarray(0, n), rank };
}

/** Compares the words [at-W, at) and [at, at+W). Scratch arrays are reused across calls. */
export function makeCohesion(tokens: Tokens, model: CohesionModel) {
  // Scratch weights by word id, reused across calls and cleared after each: no allocation per candidate.
  const left = new Float64Array(tokens.vocabSize);
  const right = new Float64Array(tokens.vocabSize);
  const { id } = tokens;
  const { idf, content, isName } = model;
  // The windows are walked over the tokens that can weigh: content words to add up, and to read back every token whose
  // word is a content word somewhere (a word's weight is read at its first token in the window, whichever that is, so
  // the sums run in the same order as over every token). Stop words and one-letter words are passed over.
  const everContent = new Uint8Array(tokens.vocabSize);
  for (let i = 0; i < tokens.count; i++) if (content[i]) everContent[id[i]] = 1;
  const adds = positionsWhere(tokens.count, content);
  const reads = positionsWhere(tokens.count, everContent, id);
  return (at: number, reach = COHESION_WINDOW): Cohesion => {
    const lo = Math.max(0, at - reach), hi = Math.min(tokens.count, at + reach);
    const addAt = adds.at, readAt = reads.at;
    for (let k = adds.rank[lo], end = adds.rank[at]; k < end; k++) { const v = id[addAt[k]]; left[v] += idf[v]; }
    for (let k = adds.rank[at], end = adds.rank[hi]; k < end; k++) { const v = id[addAt[k]]; right[v] += idf[v]; }
    let nl = 0, nr = 0, dot = 0, shared = 0;
    for (let k = reads.rank[lo], end = reads.rank[at]; k < end; k++) {
      const v = id[readAt[k]], w = left[v];
      if (w <= 0) continue;
      nl += w * w;
      if (right[v] > 0) { dot += w * right[v]; if (isName[v]) shared++; }
      left[v] = 0;
    }
    for (let k = reads.rank[at], end = reads.rank[hi]; k < end; k++) {
      const v = id[readAt[k]], w = right[v];
      if (w > 0) { nr += w * w; right[v] = 0; }
    }
    return { cosine: nl && nr ? dot / Math.sqrt(nl * nr) : 0, sharedNames: shared };
  };
}

/** Windows up to this many words are remembered by memoCohesion (a key is word × this + its reach). */
const MEMO_WINDOW_LIMIT = 4096;

/** A cohesion reader that remembers its readings: the typical cosine's sample, the topic runs and the candidates
 * ask again at the same word (candidates one token apart in characters share a word). Readings are never changed. */
export function memoCohesion(read: (at: number, reach?: number) => Cohesion): (at: number, reach?: number) => Cohesion {
  const seen = new Map<number, Cohesion>();
  return (at, reach = COHESION_WINDOW) => {
    if (reach >= MEMO_WINDOW_LIMIT) return read(at, reach);
    const key = at * MEMO_WINDOW_LIMIT + reach;
    let c = seen.get(key);
    if (!c) seen.set(key, (c = read(at, reach)));
    return c;
  };
}

/** Whether the content words of tokens [from, to) recur in the `reach` tokens after `to`: a headline shares words with its story. */
export function makeOverlap(tokens: Tokens, model: CohesionModel) {
  const mark = new Int32Array(tokens.vocabSize);
  let stamp = 0;
  return (from: number, to: number, reach: number): boolean => {
    stamp++;
    for (let i = from; i < to; i++) if (model.content[i]) mark[tokens.id[i]] = stamp;
    const hi = Math.min(tokens.count, to + reach);
    for (let i = to; i < hi; i++) if (model.content[i] && mark[tokens.id[i]] === stamp) return true;
    return false;
  };
}


/** For each word of the vocabulary, the token where the text first uses it (-1: never). */
export function firstUses(tokens: Tokens): Int32Array {
  const first = new Int32Array(tokens.vocabSize).fill(-1);
  for (let i = 0; i < tokens.count; i++) if (first[tokens.id[i]] < 0) first[tokens.id[i]] = i;
  return first;
}

/**
 * Share of the first `words` content words from token `at` on that the text before `at` never used: a new story's lede.
 * The content words are listed once, with each token's rank among them, so a call reads only the words it counts:
 * a long run with no content word (stop words, one-letter lines) is skipped in one step, not walked to the end.
 */
export function makeNovelty(tokens: Tokens, model: CohesionModel) {
  const first = firstUses(tokens);
  // rank[i]: content words before token i; at[k]: the token index of the k-th content word.
  const rank = new Int32Array(tokens.count + 1);
  const contentAt: number[] = [];
  for (let i = 0; i < tokens.count; i++) { rank[i] = contentAt.length; if (model.content[i]) contentAt.push(i); }
  rank[tokens.count] = contentAt.length;
  return (at: number, words: number): number => {
    const from = rank[Math.max(0, Math.min(at, tokens.count))];
    const to = Math.min(contentAt.length, from + words);
    let novel = 0;
    for (let k = from; k < to; k++) if (first[tokens.id[contentAt[k]]] >= at) novel++;
    return to > from ? novel / (to - from) : Number.NaN;
  };
}

/**
 * Distinct names in the `next` tokens from `at` that the `back` tokens before it already used: a new story's
 * lede introduces its people, a story going on refers back to them ("Ruddock also warned…").
 */
export function makeNameEcho(tokens: Tokens, model: CohesionModel) {
  const mark = new Int32Array(tokens.vocabSize);
  let stamp = 0;
  // The text before is read for names only: their positions are listed once, so the other words are passed over.
  const names = positionsWhere(tokens.count, model.isName, tokens.id);
  return (at: number, next: number, back: number): number => {
    stamp += 3; // stamp: seen once before; stamp + 1: a chain (seen CHAIN_MENTIONS times); stamp + 2: counted
    for (let k = names.rank[Math.max(0, at - back)], end = names.rank[at]; k < end; k++) {
      const v = tokens.id[names.at[k]];
      mark[v] = mark[v] === stamp || mark[v] === stamp + 1 ? stamp + 1 : stamp;
    }
    let echoes = 0;
    const hi = Math.min(tokens.count, at + next);
    for (let i = at; i < hi; i++) {
      const v = tokens.id[i];
      if (model.content[i] && mark[v] === stamp + 1) { echoes++; mark[v] = stamp + 2; }
    }
    return echoes;
  };
}

/** A word is rare for `kept` when it stands in fewer than this share of the text's IDF chunks: a topic word, not a common one. */
const KEPT_MAX_CHUNK_SHARE = 0.25;

/**
 * Share of the recurring rare words in the `next` tokens from `at` (content words the text uses twice or more, rare by
 * KEPT_MAX_CHUNK_SHARE) that the text before `at` already used: an article going on keeps its own vocabulary (a
 * subheading and the paragraph under it name what the article named), a new story brings words the text has not had
 * yet. Words used once say nothing either way. NaN when there is no such word.
 */
export function makeKept(tokens: Tokens, model: CohesionModel) {
  const minIdf = Math.log(1 + 1 / KEPT_MAX_CHUNK_SHARE);
  const first = new Int32Array(tokens.vocabSize).fill(-1);
  const uses = new Int32Array(tokens.vocabSize);
  for (let i = 0; i < tokens.count; i++) {
    const v = tokens.id[i];
    if (first[v] < 0) first[v] = i;
    if (model.content[i]) uses[v]++;
  }
  const mark = new Int32Array(tokens.vocabSize);
  let stamp = 0;
  return (at: number, next: number): number => {
    stamp++;
    let words = 0, kept = 0;
    const hi = Math.min(tokens.count, at + next);
    for (let i = at; i < hi; i++) {
      const v = tokens.id[i];
      if (!model.content[i] || tokens.cjk[i] || uses[v] < 2 || model.idf[v] <= minIdf || mark[v] === stamp) continue;
      mark[v] = stamp;
      words++;
      if (first[v] < at) kept++;
    }
    return words ? kept / words : Number.NaN;
  };
}
