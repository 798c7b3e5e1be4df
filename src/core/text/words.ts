// Word counting, once for every reader. Scripts written without spaces (Chinese, Japanese, Thai, Lao, Khmer,
// Burmese) hold many words in one run of non-space, so their characters are counted by a per-script rate.
import { SPACE, WORD_CHAR, charClass, lowerCase } from './chars';

/** Han and kana: about two characters make a word (Chinese words average 1.5–2 characters). */
const CJK_CHARS_PER_WORD = 2;
/** Thai, Lao, Khmer and Burmese words average about five characters. */
const SEA_CHARS_PER_WORD = 5;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;
const SEA = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]/;

/** Which unspaced script a code unit belongs to: 0 none, else its characters per word. */
function unspacedRate(code: number, ch: string): number {
  if (code < 0x0e00) return 0;
  if (CJK.test(ch)) return CJK_CHARS_PER_WORD;
  return SEA.test(ch) ? SEA_CHARS_PER_WORD : 0;
}

/**
 * Words: runs of non-space (the metric's unit), with runs of an unspaced script counted by length. With `wordy`,
 * a run counts only if it holds a letter or digit (so "...", "—" and a cut marker are no words). Stops at `max`.
 */
export function countWords(s: string, max = Infinity, wordy = false): number {
  // (No closure over the counters: variables a closure captures live in a heap context, and every count was a store there.)
  let n = 0, inRun = false, counted = false, unspaced = 0, rate = 0;
  for (let i = 0; i < s.length && n < max; i++) {
    const code = s.charCodeAt(i);
    const space = code < 128 ? code === 32 || (code >= 9 && code <= 13) : (charClass(s, i) & SPACE) !== 0;
    if (space) {
      // A run of an unspaced script ends: its characters make words by the script's rate.
      if (inRun && unspaced) n += Math.max(0, Math.ceil(unspaced / rate) - 1);
      if (inRun) unspaced = 0;
      inRun = false;
      continue;
    }
    if (!inRun) { inRun = true; counted = false; }
    // (Tested on the code first: reading s[i] for every character costs a one-character string each.)
    const r = code < 0x0e00 ? 0 : unspacedRate(code, s[i]);
    if (r) { unspaced++; rate = r; }
    if (counted) {
      // The rest of a counted run of printable ASCII changes nothing above: passed in one tight loop.
      // (Within the text: a code read past its end sends the function back to the compiler.)
      while (i + 1 < s.length) {
        const x = s.charCodeAt(i + 1);
        if (x <= 32 || x >= 127) break;
        i++;
      }
      continue;
    }
    const isWord = !wordy || (code < 128 ? (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) : (charClass(s, i) & WORD_CHAR) !== 0);
    if (isWord) { n++; counted = true; }
  }
  if (inRun && counted && unspaced) n += Math.max(0, Math.ceil(unspaced / rate) - 1);
  return Math.min(n, max);
}

/** A word lower-cased without the punctuation around it ("“Mr." → "mr"): how word lists are looked up. */
export function bareWord(w: string): string {
  const low = lowerCase(w);
  // Most words start and end on an ASCII letter or digit: nothing to strip, and no regex run.
  if (low.length && isAsciiAlnum(low.charCodeAt(0)) && isAsciiAlnum(low.charCodeAt(low.length - 1))) return low;
  return low.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
