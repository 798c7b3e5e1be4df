// Words with their offsets, interned to ids, with the flags the boundary features need.
import { CJK_CHAR, LOWER, UPPER, WORD_CHAR, charClass, charWidth, isMark, lowerCase } from './chars';
import { FormTable } from './intern';
import { inflectionStripper } from './inflection';
import { stopwordsFor } from './lang/stopwords';
import { firstAtOrAfter } from './search';

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
  /** The same with the word's inflection stripped first where the language has rules (inflection.ts: "cities" meets
   * "city"), else `id` itself: what the topic segmentation compares. Ids of one vocabulary with `id`. */
  topicId: Int32Array;
  flags: Uint8Array;
  /** 1 for a CJK character standing as a word. */
  cjk: Uint8Array;
  vocabSize: number;
}

// CJK characters are words on their own; other scripts are runs of letters and digits joined by ' ’ -, with the
// combining marks among them (a Devanagari vowel sign, an accent written apart).
// (The scanner below does what /[\p{Script=Han}…]|[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu would, without a match object per word.)
/** Code points from here on (CJK radicals onward) are ideographs or kana when they stand alone as a word. */
export const CJK_FROM = 0x2e80;
/** Words are compared by this many leading characters (a language-free stemmer). */
const STEM_CHARS = 6;
/** A Hangul syllable is a consonant-vowel(-consonant) block, so Korean stems are shorter: 대통령은 meets 대통령이. */
const HANGUL_STEM_CHARS = 2;
const isHangul = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3;
/** Cyrillic words are compared by more letters: Russian words run longer than English ones, and six letters join
 * other words on a long shared root ("коронавирус" and "коронация", "министр" and "министерство"). Train ru Pk
 * 0.1219 -> 0.1152 (7 letters 0.1156, whole words 0.1149; 5 letters 0.1387). */
const CYRILLIC_STEM_CHARS = 8;
const isCyrillic = (c: number): boolean => c >= 0x400 && c <= 0x4ff;
/** Token arrays start this long and double as needed: no per-word boxing, memory in proportion to the words. */
const INITIAL_CAPACITY = 1024;
/** Marks around a sentence start, by char code: one table read a test, where a set of codes hashed each (the
 * tokenizer asks at every word, up to six times). */
const MARKS = new Uint8Array(0x10000);
const OPENER = 1, ENDER = 2, CLOSER = 4;
const mark = (chars: string, bit: number): void => { for (const c of chars) MARKS[c.charCodeAt(0)] |= bit; };
/** Characters that may stand between a sentence end and the next word and leave it sentence-initial (with the German
 * „ and the Spanish ¿ ¡: "¿Qué…" opens a question, and its capital names no one). */
mark(' \t\r"“‘«„¿¡([-–—\u00a0', OPENER);
/** Characters that end a sentence or a line. */
mark('.!?…:\n', ENDER);
/** Closing quotes and brackets that may follow a sentence end. */
mark('"”’»)]', CLOSER);
/** Joiners inside a word: ' ’ - (only between letters or digits). */
const isJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 45;

/** The word at `at` opens a sentence: a sentence end (maybe closed by a quote) or the text start precedes it. */
function opensSentence(text: string, at: number, prevEnd: number): boolean {
  let i = at - 1;
  if (i >= 0 && i === prevEnd - 1 && charClass(text, i) & LOWER) return true; // glued: "evenKemal"
  while (i >= 0 && at - i <= 4 && MARKS[text.charCodeAt(i)] & OPENER) i--;
  if (i < 0) return true;
  if (MARKS[text.charCodeAt(i)] & ENDER) return true;
  return (MARKS[text.charCodeAt(i)] & CLOSER) !== 0 && i > 0 && (MARKS[text.charCodeAt(i - 1)] & ENDER) !== 0;
}

/**
 * End of the word that starts at `i`: a CJK character alone, or letters and digits joined by ' ’ -. Negated (-end - 1)
 * when a capital stands after the word's first character: only then can it be two words run together ("evenKemal").
 */
function wordEnd(text: string, i: number): number {
  const first = charClass(text, i);
  if (first & CJK_CHAR) return i + charWidth(text, i);
  let j = i + charWidth(text, i);
  let innerCapital = false;
  while (j < text.length) {
    const c = charClass(text, j);
    if (c & WORD_CHAR) { if (c & UPPER) innerCapital = true; j += charWidth(text, j); }
    else if (isMark(text, j)) j++;
    else if (isJoiner(text.charCodeAt(j)) && j + 1 < text.length && charClass(text, j + 1) & WORD_CHAR) {
      if (charClass(text, j + 1) & UPPER) innerCapital = true;
      j += 1 + charWidth(text, j + 1);
    } else break;
  }
  return innerCapital ? -j - 1 : j;
}

/** `stop`: the function words to flag (the language's list unless given: a text's own where we hold none). */
export function tokenize(text: string, lang: string, stop: ReadonlySet<string> = stopwordsFor(lang)): Tokens {
  // (One function, no closures: variables a closure writes live in a heap context, and these are written every word.)
  let capacity = INITIAL_CAPACITY;
  let starts = new Int32Array(capacity), ends = new Int32Array(capacity), ids = new Int32Array(capacity);
  let flags = new Uint8Array(capacity), cjk = new Uint8Array(capacity);
  let count = 0;
  const vocab = new Map<string, number>();
  const seen = new FormTable(text);
  const strip = inflectionStripper(lang);
  // Per distinct written form (the FormTable's value): its id and flags, and its topic id where endings are stripped.
  // A form is first met as a token, so these never hold more than the token arrays and grow with them.
  let formCode = new Int32Array(capacity), formTopic = new Int32Array(capacity);
  let forms = 0;
  let topicIds = strip ? new Int32Array(capacity) : ids;
  let prevEnd = 0;
  for (let i = 0; i < text.length;) {
    const cls = charClass(text, i);
    if (!(cls & (WORD_CHAR | CJK_CHAR))) { i += charWidth(text, i); continue; }
    const found = wordEnd(text, i);
    const glued = found < 0;
    const end = glued ? -found - 1 : found;
    // "evenKemal" is two words run together (text glued from two paragraphs): split where a lower-case letter meets a
    // capitalised word (looked for only in a word with a capital after its first character). Each piece [s, e) is a word.
    for (let s = i; s < end;) {
      let e = end;
      if (glued) for (let k = s; k + 2 < end; k++) {
        if (charClass(text, k) & LOWER && charClass(text, k + 1) & UPPER && charClass(text, k + 2) & LOWER) { e = k + 1; break; }
      }
      if (count === capacity) {
        // Token arrays double as needed, the forms' with them. (One place: a second growth of its own, met by few texts,
        // sent this function back to the compiler when the first text with that many forms came.)
        capacity *= 2;
        const s32 = starts, e32 = ends, i32 = ids, t32 = topicIds, f8 = flags, c8 = cjk, fc = formCode, ft = formTopic;
        starts = new Int32Array(capacity); starts.set(s32);
        ends = new Int32Array(capacity); ends.set(e32);
        ids = new Int32Array(capacity); ids.set(i32);
        topicIds = strip ? new Int32Array(capacity) : ids;
        if (strip) topicIds.set(t32);
        flags = new Uint8Array(capacity); flags.set(f8);
        cjk = new Uint8Array(capacity); cjk.set(c8);
        formCode = new Int32Array(capacity); formCode.set(fc);
        formTopic = new Int32Array(capacity); formTopic.set(ft);
      }
      // Words repeat (Zipf): remember each written form's id and flags instead of lower-casing and stemming it again.
      let known = seen.get(s, e);
      if (known < 0) {
        const w = text.slice(s, e);
        const lower = lowerCase(w);
        // A crude stem for any language: the first STEM_CHARS letters, so "election" meets "elections" and "Wahl" "Wahlen".
        const first = lower.charCodeAt(0);
        const keep = isHangul(first) ? HANGUL_STEM_CHARS : isCyrillic(first) ? CYRILLIC_STEM_CHARS : STEM_CHARS;
        const stem = lower.length > keep ? lower.slice(0, keep) : lower;
        let id = vocab.get(stem);
        if (id === undefined) vocab.set(stem, (id = vocab.size));
        const f = (stop.has(lower) ? STOP : 0) | (charClass(w, 0) & UPPER ? CAP : 0);
        formCode[forms] = id * 8 + f;
        if (strip) {
          const bare = strip(lower);
          const topicStem = bare.length > keep ? bare.slice(0, keep) : bare;
          let t = vocab.get(topicStem);
          if (t === undefined) vocab.set(topicStem, (t = vocab.size));
          formTopic[forms] = t;
        }
        known = forms++;
        seen.set(s, e, known);
      }
      const code = formCode[known];
      let f = code & 7;
      if (count === 0 || opensSentence(text, s, prevEnd)) f |= INITIAL;
      starts[count] = s;
      ends[count] = e;
      ids[count] = code >> 3;
      if (strip) topicIds[count] = formTopic[known];
      flags[count] = f;
      cjk[count] = text.charCodeAt(s) >= CJK_FROM ? 1 : 0;
      count++;
      prevEnd = e;
      s = e;
    }
    i = end;
  }
  return { count, start: starts.subarray(0, count), end: ends.subarray(0, count), id: ids.subarray(0, count), topicId: topicIds.subarray(0, count), flags: flags.subarray(0, count), cjk: cjk.subarray(0, count), vocabSize: vocab.size };
}

/** Index of the first token starting at or after `offset` (binary search). */
export function tokenAt(tokens: Tokens, offset: number): number {
  return firstAtOrAfter(tokens.start, offset, tokens.count);
}
