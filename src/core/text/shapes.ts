// One vocabulary of news shapes: the patterns and sizes that both boundary finding and a story's anatomy read.
// Each is defined here once, so a fix to a shape reaches every reader.
import type { LangData } from './lang/anatomy/index';

/** "LONDON (Reuters) -", "BERLIN, Jan 5 -", "Paris (AFP) —"; the day before the month as most languages write it
 * ("МОСКВА, 18 мая —", "ROMA, 15 MAG -", "MADRID, 5 de marzo (EFE).-", "MONROVIA, 29 October (IRIN) -"), the Spanish
 * and Latin American ".-" ("BUENOS AIRES.-"), and an agency's name before the place ("(ANSA) - ROMA, 15 MAG -"). A day
 * and month follow a place of three capitals at least ("OK, 10 minutes — that's all" is speech), and the agency before
 * it is written as agencies write their names ("(Updated) - …" is a label).
 * White space runs are bounded ({0,3}), so a long run of spaces after a capital costs a constant per try, not the length
 * of the run (an unbounded \s* made it quadratic). */
export const DATELINE = /^((?:\((?:\p{Lu}{2,6}|dpa)\)[ \t]{0,3}[-–—][ \t]{1,3})?(?:\p{Lu}[\p{Lu}\p{M}.'’/\- ]{1,30}(?:,[ \t]{0,3}(?:(?<=[\p{Lu}\p{M}]{3}[^,\n]{0,30},[ \t]{0,3})\d{1,2}\.?[ \t]{1,3}(?:de[ \t]{1,3})?\p{L}{3,12}\.?|[\p{L}.]{1,30}(?:[ \t]{1,3}\d{1,2})?))?)[ \t]{0,3}(?:\([^()\n]{1,30}\))?|\p{Lu}[\p{L}.'’\- ]{1,30}[ \t]{0,3}\((?:AP|AFP|Reuters|dpa|DPA|APA|ANSA|EFE|Xinhua|Kyodo|Yonhap|PA|IANS|PTI|ANI)\))[ \t]{0,3}\.?[-–—][ \t]{1,3}/u;

/** A kicker is a short label in capitals before a colon: "RISING RACISM:". */
export const KICKER = /^([\p{Lu}\p{N}][\p{Lu}\p{N}&'’.\- ]{0,48}[\p{Lu}\p{N}]) ?:[ \t]{1,3}/u;
/** Kickers are labels, not sentences: at most this many words. */
export const MAX_KICKER_WORDS = 5;

/** The kicker ("RISING RACISM") a text opens with, or null. A caption label ("PHOTO:") is no kicker. */
export function kickerAt(text: string, d: LangData): string | null {
  const k = KICKER.exec(text.trimStart());
  if (!k) return null;
  const label = k[1];
  return label.split(/\s+/).filter(Boolean).length <= MAX_KICKER_WORDS && /\p{Lu}{2}/u.test(label) && !d.captionWords.includes(label.toLowerCase()) ? label.trim() : null;
}

/** A teaser is at most this many words: longer stories are not held to their siblings' length. */
export const TEASER_MAX_WORDS = 200;
/** A section of at most this many words under a heading reads as a teaser, not a part of an article. */
export const TEASER_SECTION_MAX_WORDS = 120;
/** A line of at least this many words is a flat run of text (stories joined by spaces), not a line of a list. */
export const FLAT_LINE_WORDS = 120;
