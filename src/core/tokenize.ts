// Words with their offsets, interned to ids, with the flags the boundary features need.
import { stopwordsFor } from './lang/stopwords';

export const STOP = 1;
/** The word starts with a capital letter. */
export const CAP = 2;
/** The word opens a sentence or a line, so its capital says nothing about it being a name. */
export const INITIAL = 4;

export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** Interned lower-case stem (see STEM_CHARS). */
  id: Int32Array;
  flags: Uint8Array;
  /** 1 for a CJK character standing as a word. */
  cjk: Uint8Array;
  vocabSize: number;
}

// CJK characters are words on their own; other scripts are runs of letters and digits joined by ' ’ -.
const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
/** Code points from here on (CJK radicals onward) are ideographs or kana when they stand alone as a word. */
const CJK_FROM = 0x2e80;
/** Words are compared by this many leading characters (a language-free stemmer). */
const STEM_CHARS = 6;
const CAPITAL = /^\p{Lu}/u;
/** Characters that may stand between a sentence end and the next word and leave it sentence-initial. */
const OPENERS = new Set([...' \t\r"“‘«([-–—\u00a0']);
/** Characters that end a sentence or a line. */
const ENDERS = new Set([...'.!?…:\n']);
/** Closing quotes and brackets that may follow a sentence end. */
const CLOSERS = new Set([...'"”’»)]']);

/** The word at `at` opens a sentence: a sentence end (maybe closed by a quote) or the text start precedes it. */
function opensSentence(text: string, at: number, prevEnd: number): boolean {
  let i = at - 1;
  if (i >= 0 && i === prevEnd - 1 && /\p{Ll}/u.test(text[i])) return true; // glued: "evenKemal"
  while (i >= 0 && at - i <= 4 && OPENERS.has(text[i])) i--;
  if (i < 0) return true;
  if (ENDERS.has(text[i])) return true;
  return CLOSERS.has(text[i]) && i > 0 && ENDERS.has(text[i - 1]);
}

const HAS_GLUE = /\p{Ll}\p{Lu}/u;

/** "evenKemal" is two words run together (text glued from two paragraphs): split where a lower-case letter meets a capital. */
function* splitGlued(w: string, at: number): Generator<{ 0: string; index: number }> {
  let from = 0;
  for (const g of w.matchAll(/\p{Ll}(?=\p{Lu}\p{Ll})/gu)) {
    yield { 0: w.slice(from, g.index + 1), index: at + from };
    from = g.index + 1;
  }
  yield { 0: w.slice(from), index: at + from };
}

export function tokenize(text: string, lang: string): Tokens {
  const stop = stopwordsFor(lang);
  const starts: number[] = [];
  const ends: number[] = [];
  const ids: number[] = [];
  const flags: number[] = [];
  const cjk: number[] = [];
  const vocab = new Map<string, number>();
  const seen = new Map<string, number>();
  let prevEnd = 0;
  for (const whole of text.matchAll(WORD)) for (const m of HAS_GLUE.test(whole[0]) ? splitGlued(whole[0], whole.index) : [whole]) {
    const w = m[0];
    // Words repeat (Zipf): remember each written form's id and flags instead of lower-casing and stemming it again.
    let known = seen.get(w);
    if (known === undefined) {
      const lower = w.toLowerCase();
      // A crude stem for any language: the first STEM_CHARS letters, so "election" meets "elections" and "Wahl" "Wahlen".
      const stem = lower.length > STEM_CHARS ? lower.slice(0, STEM_CHARS) : lower;
      let id = vocab.get(stem);
      if (id === undefined) vocab.set(stem, (id = vocab.size));
      const c0 = w.charCodeAt(0);
      const f = (stop.has(lower) ? STOP : 0) | ((c0 >= 65 && c0 <= 90) || (c0 > 127 && CAPITAL.test(w)) ? CAP : 0);
      seen.set(w, (known = id * 8 + f));
    }
    const id = known >> 3;
    let f = known & 7;
    if (starts.length === 0 || opensSentence(text, m.index, prevEnd)) f |= INITIAL;
    starts.push(m.index);
    ends.push(m.index + w.length);
    ids.push(id);
    flags.push(f);
    cjk.push(w.charCodeAt(0) >= CJK_FROM ? 1 : 0);
    prevEnd = m.index + w.length;
  }
  return { count: starts.length, start: Int32Array.from(starts), end: Int32Array.from(ends), id: Int32Array.from(ids), flags: Uint8Array.from(flags), cjk: Uint8Array.from(cjk), vocabSize: vocab.size };
}

/** Index of the first token starting at or after `offset` (binary search). */
export function tokenAt(tokens: Tokens, offset: number): number {
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.start[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
