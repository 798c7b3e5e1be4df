// The sizes of a card's parts, read alike in the page (src/extract/teaser-fields.ts) and in the worker and CLI
// (card-lines.ts). Pure and tiny: the page bundle takes it without the word lists of card-words.ts.

/** A line this short can be small print (byline, time, label); longer lines are the card's text. */
export const META_MAX_WORDS = 10;
/** A kicker above the headline, or inside the heading before it, is a few words ("Ukraine-Krieg", "Sturm an der Küste"). */
export const KICKER_MAX_WORDS = 6;
/** A line this short that is no sentence is small print or a label ("Video", "By A. Writer", "00:38"). */
export const LABEL_MAX_WORDS = 3;

/** A list's name: a few words, no sentence ("NEWS FROM A.P.": an abbreviation's stop ends none). */
export const LIST_NAME_MAX_WORDS = 6;

export const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();
export const wordsIn = (s: string): number => (s.match(/\S+/g) ?? []).length;
/** How many times a global pattern matches. */
export const countMatches = (s: string, re: RegExp): number => s.match(re)?.length ?? 0;
/** Shaped like a list's name (LIST_NAME_MAX_WORDS); `words` when the caller has counted them already. */
export const listNameShape = (line: string, words = wordsIn(line)): boolean => words <= LIST_NAME_MAX_WORDS && !/[!?:,;]$|\p{Ll}\.$/u.test(line);
