// An article's end matter (a print or update note, a copyright line, a disclaimer, a newsletter or comment appeal)
// belongs to the article above it: in a text's short tail it is no story of its own. Its words are new to the text, so
// word statistics alone read it as one (the novelty bonus for text deep in an article weighs them more).
import endMatter from '../text/lang/end-matter.json';

/** The end matter after an article is a few sentences: a tail this long (words) or shorter may be one. */
export const END_MATTER_TAIL_WORDS = 120;

/** End matter opening at the start of a string (quotes, brackets and a © before it read past). */
const END_MATTER = new RegExp(`^[\\s"'“‘«(\\[©]*(?:${Object.entries(endMatter).filter(([k]) => k !== '//').flatMap(([, v]) => v as string[]).join('|')})`, 'iu');

/** Characters read at a candidate for an end-matter opening: the longest opening fits. */
const READ_CHARS = 160;

export const opensEndMatter = (text: string, at: number): boolean => END_MATTER.test(text.slice(at, at + READ_CHARS));

/**
 * Where the text's end matter starts: the first candidate start (ascending offsets) that opens end matter with at most
 * END_MATTER_TAIL_WORDS words from it to the end (`wordsFrom(offset)`), or -1. Every candidate from there on lies in it.
 * Only a tail: "This article was originally published by …" also heads a republished story.
 */
export function endMatterStart(text: string, starts: readonly number[], wordsFrom: (offset: number) => number): number {
  for (const s of starts) {
    if (wordsFrom(s) > END_MATTER_TAIL_WORDS) continue;
    if (opensEndMatter(text, s)) return s;
  }
  return -1;
}

/** Log-odds added to a cut inside the end matter: more than any structure says (a line cut short after it, +5). */
export const END_MATTER_PENALTY = -12;
