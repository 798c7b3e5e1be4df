// One vocabulary of news shapes: the patterns and sizes that both boundary finding and a story's anatomy read.
// Each is defined here once, so a fix to a shape reaches every reader.
import type { LangData } from './lang/anatomy/index';

/** The first three letters of each month's name in the languages we read and their neighbours (en de fr es it pt nl
 * ru uk bg sr pl cs sk hr sl lt tr sv fi ro hu id el), in any case: a dateline's day is followed by one ("15 MAG",
 * "18 мая", "5 de marzo", "3. März", "5. Jänner", "17 Agustus", "15 NİSAN"). */
const MONTH_STEMS = 'jan jän feb mar mär apr may mai jun jul aug sep okt oct nov dec dez déc dic fév fev avr jui aoû aou ene abr '
  + 'ago set gen mag giu lug ott out maa mrt mei des agu avg янв фев мар апр мая май июн июл авг сен окт ноя дек січ лют бер '
  + 'кві тра чер лип сер вер жов лис гру юни юли сеп ное яну јан феб мај јун јул авг сеп окт нов дец sty lut kwi maj cze lip '
  + 'sie wrz paź lis gru led úno bře dub kvě čer srp zář říj pro tra svi kol ruj stu sij vel ožu sau vas kov bal geg bir lie '
  + 'rug spa lap oca şub nis haz tem ağu eyl eki kas ara tam hel huh tou kes hei elo syy lok jou ian iun iul noi már ápr máj '
  + 'jún júl sze ιαν φεβ μαρ απρ μαΐ μαι ιου αυγ σεπ οκτ νοε δεκ';
/** Each letter in both cases; Turkish writes i's capital with a dot ("NİSAN"). */
const anyCase = (w: string): string => [...w].map((c) => `[${c}${c.toUpperCase()}${c === 'i' ? 'İ' : ''}]`).join('');
/** The stems as one pattern. Built in a function marked pure, so a bundle that reads other shapes of this file only
 * (the page script reads a size) leaves the list and the dateline out. */
const monthPattern = (): string => `(?:${MONTH_STEMS.split(' ').map(anyCase).join('|')})`;

/** "LONDON (Reuters) -", "BERLIN, Jan 5 -", "Paris (AFP) —"; the day before the month as most languages write it
 * ("МОСКВА, 18 мая —", "ROMA, 15 MAG -", "MADRID, 5 de marzo (EFE).-", "MONROVIA, 29 October (IRIN) -"), the Spanish
 * and Latin American ".-" ("BUENOS AIRES.-"), and an agency's name before the place ("(ANSA) - ROMA, 15 MAG -"). A day
 * and month follow a place of three capitals at least and the month is a month's name ("OK, 10 minutes — that's all"
 * and "NOW, 10 minutes —" are speech), and the agency before it is written as agencies write their names ("(Updated) - …"
 * is a label).
 * White space runs are bounded ({0,3}), so a long run of spaces after a capital costs a constant per try, not the length
 * of the run (an unbounded \s* made it quadratic). */
const datelinePattern = (): string => String.raw`^((?:\((?:\p{Lu}{2,6}|dpa|Lusa)\)[ \t]{0,3}[-–—][ \t]{1,3})?(?:\p{Lu}[\p{Lu}\p{M}.'’/\- ]{1,30}(?:,[ \t]{0,3}(?:(?<=[\p{Lu}\p{M}]{3}[^,\n]{0,30},[ \t]{0,3})\d{1,2}\.?[ \t]{1,3}(?:de[ \t]{1,3})?${monthPattern()}\p{L}{0,9}\.?|[\p{L}.]{1,30}(?:[ \t]{1,3}\d{1,2})?))?)[ \t]{0,3}(?:\([^()\n]{1,30}\))?|\p{Lu}[\p{L}.'’\- ]{1,30}[ \t]{0,3}\((?:AP|AFP|Reuters|dpa|DPA|APA|ANSA|EFE|Xinhua|Kyodo|Yonhap|PA|IANS|PTI|ANI)\))[ \t]{0,3}\.?[-–—][ \t]{1,3}`;
export const DATELINE = /* @__PURE__ */ new RegExp(/* @__PURE__ */ datelinePattern(), 'u');

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
