// Structural cues read off a line or the text around a boundary: cut endings, headlines, kickers, datelines, captions.
import cues from './lang/cues.json';

/** A headline is at most this many words; longer lines without a full stop are cut teasers. */
export const HEADLINE_MAX_WORDS = 22;
/** A line this short and unpunctuated might be a headline, a subhead or a credit: at least two words. */
const HEADLINE_MIN_WORDS = 2;
/** A kicker label ("RISING RACISM:") is at most this many characters. */
const KICKER_MAX_CHARS = 40;

const CAPTION_WORDS = new Set<string>(cues.caption);
const READ_MORE = new RegExp(`(?:…|\\.\\.\\.|\\b(?:${cues.readMore.map((w) => w.replace(/\s+/g, '\\s+')).join('|')}))\\s*[»›>→]?\\s*$`, 'iu');
// Closing quotes of every style: " ” ’ » and the German/Czech “ ‘ «, which close a quote there.
const TERMINAL = /[.!?…:;]["”’»“‘«)\]]*$|["”»“«]$/u;
const KICKER = new RegExp(`^["“]?[\\p{Lu}\\d][\\p{Lu}\\d\\s'’&.\\-]{1,${KICKER_MAX_CHARS}}:\\s`, 'u');
const DATELINE = /^[\p{Lu}][\p{Lu}\s.'’\-]{2,30}(?:,\s*[\p{L}\s.]{2,30})?\s*(?:\([^)]{2,30}\))?\s*[-–—]\s/u;
const CAPTION = /^(?:[©(]|([\p{L}]+)(?:\s+[\p{L}]+)?\s*[:/|])/u;

/** Ending cues only look at the last TAIL_CHARS characters: enough for "Read more »", cheap on long lines. */
const TAIL_CHARS = 40;
const tail = (s: string): string => (s.length > TAIL_CHARS ? s.slice(-TAIL_CHARS) : s);

const WORD_CHAR = /[\p{L}\p{N}'’\-]/u;

export const wordCount = (s: string): number => (s.match(/\S+/g)?.length ?? 0);

/** The text ends a sentence (or a quote that ends one). */
export const endsTerminal = (s: string): boolean => TERMINAL.test(tail(s).trimEnd());

/** The text ends like a teaser: an ellipsis or a "Read more" link. */
export const endsLikeTeaser = (s: string): boolean => READ_MORE.test(tail(s).trimEnd());

/** "Photo: EPA, Korean Central News Agency", "© Reuters", "Foto/dpa": a credit that belongs to the story around it. */
export function isCaption(line: string): boolean {
  const m = CAPTION.exec(line.trim());
  if (!m) return false;
  return !m[1] || CAPTION_WORDS.has(m[1].toLowerCase());
}

/** Short, no closing full stop, starts with a capital, digit or quote: a headline (or a subhead). */
export function isHeadlineLike(line: string): boolean {
  const t = line.trim();
  const n = wordCount(t);
  if (n < HEADLINE_MIN_WORDS || n > HEADLINE_MAX_WORDS) return false;
  if (/[.,;:…]["”’»)]*$/u.test(t) || isCaption(t)) return false;
  return /^["“‘«(]?[\p{Lu}\p{N}]/u.test(t);
}

/** "RISING RACISM: A Japanese group…": an upper-case label and a colon open the story. */
export const opensWithKicker = (s: string): boolean => KICKER.test(s) && /\p{Lu}{2}/u.test(s.slice(0, KICKER_MAX_CHARS)) && !isCaption(s);

/** "LONDON (Reuters) -": a place in capitals, maybe an agency, then a dash. */
export const opensWithDateline = (s: string): boolean => DATELINE.test(s);

/** The last word of the text, lower-cased. */
export const lastWord = (s: string): string => lastWordRaw(s).toLowerCase();

/** The last word of the text as written. */
export function lastWordRaw(s: string): string {
  let end = s.length;
  while (end > 0 && !WORD_CHAR.test(s[end - 1])) end--;
  let start = end;
  while (start > 0 && WORD_CHAR.test(s[start - 1])) start--;
  return s.slice(start, end);
}

/** The text starts with a lower-case letter: it continues a sentence. */
export const opensLowerCase = (s: string): boolean => /^["“‘«(]?\p{Ll}/u.test(s);
