// Label lines: a source's name under a teaser ("Harbour Daily", "Coast Radio", "Reuters"), and the labels a related
// link or a contributors' line opens with ("More: …").
import { lowerCase } from './chars';
import { allLangData } from './lang/anatomy/index';

/** A label is a few words… */
const LABEL_MAX_WORDS = 6;
/** …with no sentence or clause mark ("Reuters", "ABC News", "The Local Times"); a headline standing alone has none
 * either (describe.ts). */
export const CLAUSE_MARK = /[.!?…:;,。！？，、；：]/;

/** A trimmed line shaped like a label: a few words, no clause mark. */
export const labelShaped = (line: string): boolean => !!line && !CLAUSE_MARK.test(line) && line.split(/\s+/).length <= LABEL_MAX_WORDS;

/** Labels a related link or a contributors' line opens with ("More:", "Lesen Sie auch:", "Hanno collaborato"), or a
 * list's heading alone ("Related stories"): the languages' trailer labels (lang/anatomy), lower case. */
const TRAILER_LABELS = allLangData().trailerLabels;
/** Characters of a line read for its label. */
const LABEL_READ_CHARS = 48;
/** Bullets and dashes a trailer line may open with ("• Read more: …"). */
export const LEADING_MARKS = /^[-–—•*·|\s]+/u;

/**
 * Does a line open with a trailer label? Read lower case, bullets off, spaces single and the space French sets before
 * a colon dropped ("Lire aussi : …"). A label that ends on a colon opens the line; one of two words or more may go on
 * after a space or a comma ("For further information, contact …"); a one-word label stands alone or before a colon
 * ("Contacts", but not "Contacts between the two…").
 */
export function opensTrailerLabel(line: string): boolean {
  const low = lowerCase(line.replace(LEADING_MARKS, '').slice(0, LABEL_READ_CHARS)).replace(/\s+/g, ' ').replace(/ :/g, ':').trimEnd();
  for (const p of TRAILER_LABELS) {
    if (!low.startsWith(p)) continue;
    if (p.endsWith(':')) return true;
    const next = low[p.length];
    if (next === undefined || next === ':' || (p.includes(' ') && (next === ' ' || next === ','))) return true;
  }
  return false;
}
