// Character classes by code point, cached: the hot loops (tokenizer, candidates) test one character at a time,
// and a Unicode property regex per character costs far more than a table lookup.

/** Letter or digit (\p{L}\p{N}). */
export const WORD_CHAR = 1;
/** Lower-case letter (\p{Ll}). */
export const LOWER = 2;
/** Upper-case letter (\p{Lu}). */
export const UPPER = 4;
/** Han, Hiragana or Katakana script: a word on its own. */
export const CJK_CHAR = 8;
/** White space (\s). */
export const SPACE = 16;
/** Decimal digit 0-9 (as \d matches). */
export const DIGIT = 32;
/** Letter (\p{L}). */
export const LETTER = 64;
/** Set once a code unit's class is known. */
const KNOWN = 128;

const TESTS: [RegExp, number][] = [
  [/[\p{L}\p{N}]/u, WORD_CHAR],
  [/\p{Ll}/u, LOWER],
  [/\p{Lu}/u, UPPER],
  [/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u, CJK_CHAR],
  [/\s/u, SPACE],
  [/\d/, DIGIT],
  [/\p{L}/u, LETTER],
];

const classify = (ch: string): number => TESTS.reduce((bits, [re, bit]) => (re.test(ch) ? bits | bit : bits), 0);

/** Classes of the Basic Multilingual Plane, filled on first sight (a page uses a few hundred characters). */
const BMP = new Uint8Array(0x10000);

/** The class bits of the code point at `i` (surrogate pairs read whole; a lone low surrogate is no class). */
export function charClass(text: string, i: number): number {
  if (i < 0 || i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i)!;
    return cp > 0xffff ? classify(String.fromCodePoint(cp)) : 0;
  }
  let k = BMP[c];
  if (!k) BMP[c] = k = classify(text[i]) | KNOWN;
  return k & ~KNOWN;
}

/** Code units the code point at `i` takes (2 for a surrogate pair). */
export const charWidth = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
};

/** Whether code unit `c` is white space (\s): ASCII by comparison, the rest by the cached table. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  let k = BMP[c];
  if (!k) BMP[c] = k = classify(String.fromCharCode(c)) | KNOWN;
  return (k & SPACE) !== 0;
}

/** The class bits of one code unit, read alone (a lone surrogate has none), as a regex tests `text[i]`. */
export function unitClass(c: number): number {
  let k = BMP[c];
  if (!k) BMP[c] = k = classify(String.fromCharCode(c)) | KNOWN;
  return k & ~KNOWN;
}

/**
 * s.toLowerCase(), without the call for a string of ASCII with no capital (most words): the built-in takes its slow
 * general path for a slice of any text holding a character past Latin-1 (a curly quote, a dash), about fifteen times
 * the cost of the string itself, and words are lower-cased at every candidate.
 */
export function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return s.toLowerCase();
  }
  return s;
}

/** Per BMP code unit: 0 not known yet, 1 a combining mark (\p{M}), 2 not. */
const MARK_OF = new Uint8Array(0x10000);

/** The code unit at `i` is a combining mark: a vowel sign of Devanagari, Bengali or Thai ("निगम" holds 'ि'), or an
 * accent written apart ("e" + U+0301). It goes with the letter before: a word runs on over it. (Marks of the basic
 * plane only: those of historic and minority scripts beyond it, Brahmi or Chakma, still end a word.) */
export function isMark(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x300) return false;
  let k = MARK_OF[c];
  if (!k) MARK_OF[c] = k = /\p{M}/u.test(text[i]) ? 1 : 2;
  return k === 1;
}
