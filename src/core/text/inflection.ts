// Inflection endings stripped before a word is compared by its first letters (tokenize.ts), for the topic reading only.
// The six-letter prefix joins long forms ("elections", "election") but not short ones: "cities" and "city", "votes"
// and "vote" differ within six letters. Only English plurals are listed: a rule wrong for a language merges its
// unrelated words, so a language gets rules when they are shown to help on its text (English -ed and -ing as well
// moved more documents either way on news text: see the commit).

/** Words this short keep their ending ("is", "news", "bus" would lose letters of their stem). */
const MIN_STRIPPED = 5;

/** The lower-case word without its English plural or third-person ending: -s, -es after a sibilant, -ies for -y. */
function stripEnglish(w: string): string {
  if (w.length < MIN_STRIPPED) return w;
  if (w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (/(?:ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** The stripper for a language, or null where none is listed (words are compared as written). */
export function inflectionStripper(lang: string): ((lower: string) => string) | null {
  return lang === 'en' ? stripEnglish : null;
}
