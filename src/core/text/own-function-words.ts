// A text's own function words: the short words it writes in lower case in more than one place. Read from the text
// alone, they mean the same in any language, so a language we hold no stop-word list for still has its function
// words told from its content words (without them any two stories share "в", "का", "של" and cohesion reads nothing).
// With every list withheld (scripts/eval-withheld.ts), devwide Pk 0.153 -> 0.073 and train 0.174 -> 0.074.
import { LETTER, UPPER, WORD_CHAR, charClass, charWidth, isMark, lowerCase } from './chars';
import { FormTable } from './intern';
import { stopwordsFor } from './lang/stopwords';
import { CJK_FROM } from './tokenize';

/** Words are counted in chunks of this many words: a word met in two chunks is the text's habit, not one phrase's. */
const CHUNK_WORDS = 40;
const MIN_CHUNKS = 2;
/** Function words are short in every script we split on spaces (withheld lists: 3 letters 0.086, 4 0.073, 5 0.077). */
const MAX_LETTERS = 4;
/** None in Korean or in the scripts read one character a word (Chinese, Japanese; all from CJK_FROM on), nor in a text
 * mostly written in them: Korean writes its function words
 * onto the word before ("대통령은"), which the tokenizer's two-syllable stems already leave aside. Its short words are
 * names and topics ("정치", "대선"), and even one syllable ("이", "년") cut dev's one Korean article in two. */
const readsOwnWords = (c: number): boolean => c < CJK_FROM;
/** Share of the text's own function words (by uses) a language's list must hold to stand alone. In its own language a
 * list mostly holds more (devwide: all but 3 of 42 Russian texts and 2 English ones; those take the two together, at no
 * cost seen); a neighbour's 0.63 at most (Portuguese read as Spanish: 0.47). */
const LIST_COVERS = 0.65;

/** Words read to test a language's list against the text: its opening is enough, and a long text costs no more. */
const SAMPLE_WORDS = 1000;

/** The text's own function words, with their uses, read from its first `maxWords` words. Each form is counted as it is
 * written: only forms written small count, so a name ("Li", "Ana") and a sentence's capitalised first word are left out
 * (counting "The" with "the" moved the lists' coverage: devwide es Pk 0.067 -> 0.076). */
export function ownFunctionWords(text: string, maxWords = Infinity): Map<string, number> {
  const seen = new FormTable(text);
  const forms: string[] = [];
  const chunks: number[] = [], lastChunk: number[] = [], uses: number[] = [];
  let words = 0, wide = 0, narrow = 0;
  for (let i = 0; i < text.length && words < maxWords;) {
    if (!(charClass(text, i) & LETTER)) { i += charWidth(text, i); continue; }
    let j = i + charWidth(text, i);
    while (j < text.length && (charClass(text, j) & WORD_CHAR || isMark(text, j))) j += charWidth(text, j);
    // (A run of unspaced script weighs as its characters count in words elsewhere, half a word each.)
    if (!readsOwnWords(text.charCodeAt(i))) wide += Math.max(1, (j - i) >> 1); else narrow++;
    const chunk = Math.floor(words++ / CHUNK_WORDS);
    if (!(charClass(text, i) & UPPER)) {
      let f = seen.get(i, j);
      if (f < 0) {
        f = forms.length;
        forms.push(lowerCase(text.slice(i, j)));
        chunks.push(0); lastChunk.push(-1); uses.push(0);
        seen.set(i, j, f);
      }
      if (lastChunk[f] !== chunk) { lastChunk[f] = chunk; chunks[f]++; }
      uses[f]++;
    }
    i = j;
  }
  const out = new Map<string, number>();
  // A text mostly in those scripts has none, whatever Latin words it holds ("www", "km").
  if (wide > narrow) return out;
  for (let f = 0; f < forms.length; f++) {
    const form = forms[f];
    if (chunks[f] < MIN_CHUNKS || [...form].length > MAX_LETTERS || !readsOwnWords(form.charCodeAt(0))) continue;
    out.set(form, uses[f]);
  }
  return out;
}

/** The stop words of `lang`; where we hold none, the text's own function words; and where the list misses many of the
 * text's own (a neighbour's list: Portuguese detected as Spanish, devwide pt Pk 0.191 -> 0.081), the two together. */
export function functionWordsOf(text: string, lang: string): ReadonlySet<string> {
  const list = stopwordsFor(lang);
  if (!list.size) return new Set(ownFunctionWords(text).keys());
  let all = 0, known = 0;
  for (const [w, n] of ownFunctionWords(text, SAMPLE_WORDS)) { all += n; if (list.has(w)) known += n; }
  return known >= LIST_COVERS * all ? list : new Set([...list, ...ownFunctionWords(text).keys()]);
}
