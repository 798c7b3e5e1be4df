// An article's end matter (a print notice, a copyright line, a disclaimer, a newsletter or comment appeal, a
// publication or update note) belongs to the article above it: in a text's short tail it is no story of its own. Its
// words are new to the text, so word statistics alone read it as one (the novelty bonus for text deep in an article
// weighs them more).
import { breaksLine, type Candidate } from './candidates';
import endMatter from '../text/lang/end-matter.json';

/** The end matter after an article is a few sentences: a tail this long (words) or shorter may be closings... */
export const END_MATTER_TAIL_WORDS = 120;
/** ...and a publication note only a sentence or two: "This article was originally published by … at …" also heads a
 * republished story, a teaser of 80 words among them (train). */
export const END_NOTE_TAIL_WORDS = 40;

/** Log-odds added to a cut inside the end matter: more than any structure says (a line cut short after it, +5). */
export const END_MATTER_PENALTY = -12;

/** Characters read at a candidate for an opening: the longest fits. */
const READ_CHARS = 160;

/** One regular expression for a list's openings in every language, at the start of a string (quotes, brackets and a ©
 * before it read past). */
const opening = (sources: string[]) => new RegExp(`^[\\s"'“‘«(\\[©]*(?:${sources.join('|')})`, 'iu');
/** An opening read some way into its line ("[^\n]{0,60}\b…": "The site takes no responsibility for the content"). */
const REACH = /^\[\^\\n\]\{0,\d+\}\\b/;

/**
 * Whether a string opens with one of a list's openings. The openings that reach into the line are tried only where
 * their phrase stands at all, found by a plain scan: tried at every candidate, their reach backtracked through
 * a hundred characters each time, and that was nearly all the cost (dev: 3.5 µs a string -> 0.3). The same answer:
 * the string opens with one of the openings exactly when it opens with a near one or with a reaching one.
 */
function openings(byLang: Record<string, string[]>): (s: string) => boolean {
  const all = Object.values(byLang).flat();
  const reaching = all.filter((a) => REACH.test(a));
  const near = opening(all.filter((a) => !REACH.test(a)));
  if (!reaching.length) return (s) => near.test(s);
  const far = opening(reaching);
  const phrase = new RegExp(reaching.map((a) => a.replace(REACH, '')).join('|'), 'iu');
  return (s) => near.test(s) || (phrase.test(s) && far.test(s));
}
const opensClosing = openings(endMatter.closings);
const opensNote = openings(endMatter.notes);

/** End matter opens at `at`: closings with at most END_MATTER_TAIL_WORDS words after `at`, a note with at most
 * END_NOTE_TAIL_WORDS (`words`: the words from `at` to the end of the text). */
export function opensEndMatter(text: string, at: number, words = 0): boolean {
  const s = text.slice(at, at + READ_CHARS);
  return (words <= END_MATTER_TAIL_WORDS && opensClosing(s)) || (words <= END_NOTE_TAIL_WORDS && opensNote(s));
}

/** A long article's last paragraph, a sign-off or an appeal ("Thanks to everyone who wrote in…"), brings words new to
 * the text, and word statistics alone read it as a story of its own. A line break in a text written in paragraphs,
 * in its last END_MATTER_TAIL_WORDS words and after at least this many, with no sign of structure for it (its
 * structural log-odds at most TAIL_STRUCTURE_MAX: no headline, no line cut off, no teaser end, no two teaser-long
 * lines), costs TAIL_PENALTY. Of the cuts the engine chose so, leaving a last story of 120 words or fewer after one of
 * 300 or more with word statistics alone, train: 24 false, 13 true (single and full articles 21 and 2), devwide 6 and 1.
 * Devwide Pk 0.0605 -> 0.0602, single stories left whole 95.7% -> 96.6%; train sample 0.0722 -> 0.0711 (-2: 0.0605,
 * 95.7%; -5: as -3; any candidate kind in any text: devwide 0.0617, teasers and teasers-headlines worse; two long lines
 * counted as no structure: teasers on their own long lines merged, story counts fell). Not after end matter in the
 * tail (find.ts): the article has ended there, and a wire feed's next story may follow. */
export const TAIL_MIN_WORDS_BEFORE = 300;
export const TAIL_STRUCTURE_MAX = 1;
export const TAIL_PENALTY = -3;

/** Whether a line break `wordsBefore` words into the text, `wordsAfter` from its end, with `structural` log-odds, is
 * such a plain cut in the tail of a long article in paragraphs (see TAIL_PENALTY). */
export function plainTailCut(paragraphed: boolean, wordsBefore: number, wordsAfter: number, structural: number): boolean {
  return paragraphed && wordsBefore >= TAIL_MIN_WORDS_BEFORE && wordsAfter <= END_MATTER_TAIL_WORDS && structural <= TAIL_STRUCTURE_MAX;
}

/**
 * The candidates inside end matter (ascending offsets; `wordsFrom(offset)`: words from there to the end): each one
 * that opens end matter in the text's tail, and the ones after it in the same line. A cut at a later line break stays
 * open: a wire feed's next story follows a story's closing line ("… All rights reserved.", then the next brief).
 */
export function endMatterCuts(text: string, cands: readonly Pick<Candidate, 'start' | 'kind'>[], wordsFrom: (offset: number) => number): Uint8Array {
  const out = new Uint8Array(cands.length);
  let inside = false;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (breaksLine(c.kind)) inside = false;
    const words = wordsFrom(c.start);
    if (!inside && words <= END_MATTER_TAIL_WORDS && opensEndMatter(text, c.start, words)) inside = true;
    if (inside) out[i] = 1;
  }
  return out;
}
