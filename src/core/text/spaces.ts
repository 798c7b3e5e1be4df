// White space made single: how lines are compared and shown.

/** Whitespace that squashing would change: a run of two, or any space but the plain one. */
const ODD_SPACE = /\s\s|[^\S ]/;

/** The text with every run of white space one plain space. Most lines have single spaces only: they are returned as
 * they are, not rebuilt (a global replace copies the text at every space it matches, even to write it back). */
export const singleSpaced = (s: string): string => (ODD_SPACE.test(s) ? s.replace(/\s+/g, ' ') : s);
