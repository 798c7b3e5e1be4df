// Structural cues read off a line or the text around a boundary: cut endings, headlines, kickers, datelines, captions.
import { LOWER, SPACE, UPPER, WORD_CHAR, charClass, isSpaceCode, lowerCase } from '../text/chars';
import { DATELINE, kickerAt } from '../text/shapes';
import { countWords } from '../text/words';
import { singleSpaced } from '../text/spaces';
import { CAPTION_LINE, CONTACT_AT_END, MAX_CAPTION_WORDS } from '../text/ending';
import { AGENCIES, allLangData } from '../text/lang/anatomy';
import cues from '../text/lang/cues.json';

/** A headline is at most this many words; longer lines without a full stop are cut teasers. */
export const HEADLINE_MAX_WORDS = 22;
/** A line this short and unpunctuated might be a headline, a subhead or a credit: at least two words. */
const HEADLINE_MIN_WORDS = 2;

const ANATOMY = allLangData();
// Furniture words are anatomy's lists (lang/anatomy), plus agencies and the languages it does not cover yet (cues.json).
const CAPTION_WORDS = new Set<string>([...ANATOMY.captionWords, ...AGENCIES, ...cues.caption].map((w) => w.toLowerCase()));
const READ_MORE_PHRASES = [...new Set([...ANATOMY.readMore, ...cues.readMore].map((w) => w.toLowerCase()))];
// The full stops of scripts written without spaces or capitals end a sentence too (。！？ and the Arabic, Urdu and
// Devanagari, Burmese and Ethiopic ones): without them every Chinese paragraph read as cut.
const STOPS = '.!?…:;。！？．؟۔।॥။።';
/** A line ending on a stop of any script (but a question or exclamation mark, which headlines use) or a comma, before closing marks: no headline. */
const ENDS_ON_STOP_OR_COMMA = new RegExp(`[,，、،${STOPS.replace(/[!?！？؟]/g, '')}]["”’»)」』）]*$`, 'u');
/** What may stand before the first letter of a sentence that continues in lower case: "(and …", "“but …", "¿y …". */
const OPENERS = '"“‘«„¿¡(';
// Closing quotes of every style: " ” ’ », the German/Czech “ ‘ «, which close a quote there, and the CJK 」』.
// A straight single quote closes a quote in British style ("…made her nervous.'"): after a stop it ends the sentence.
const CLOSERS = '"”’»“‘«)]\'」』';
/** A quote mark at the very end closes a quoted sentence even without a stop inside it. */
const QUOTE_END = '"”»“«';
const CAPTION = /^(?:[©(]|([\p{L}]+)(?:\s+[\p{L}]+)?\s*[:/|])/u;

/** Ending cues only look at the last TAIL_CHARS characters: enough for "Read more »", cheap on long lines. */
const TAIL_CHARS = 40;
const tail = (s: string): string => (s.length > TAIL_CHARS ? s.slice(-TAIL_CHARS) : s);

const isWordChar = (s: string, i: number): boolean => (charClass(s, i) & WORD_CHAR) !== 0 || s[i] === "'" || s[i] === '’' || s[i] === '-';
/**
 * A feed's truncation mark at the very end: "… [+1880 chars]", "[+94 символов]", "[…]", "(...)". News APIs and
 * aggregators end every cut description so, whatever the publisher; the count's unit word differs by language.
 */
const TRUNCATION_MARK = /(?:\[\+\s?\d[\d,.\s]*\p{L}*\]|[[(](?:…|\.\.\.)[\])])$/u;
/** TRUNCATION_MARK, tried only on a text that ends on the bracket every mark ends on (most texts end on a letter or a stop). */
const truncationMarkAtEnd = (s: string): boolean => (s.endsWith(']') || s.endsWith(')')) && TRUNCATION_MARK.test(s);
/** Link decoration after a "Read more" ("Read more »"). */
const LINK_DECOR = '»›>→';
/** "Read more" phrases (spaces single) by their last word. */
const PHRASES_BY_LAST = new Map<string, string[]>();
for (const p of READ_MORE_PHRASES) {
  const norm = p.replace(/\s+/g, ' ');
  const last = norm.split(' ').at(-1)!;
  PHRASES_BY_LAST.set(last, [...(PHRASES_BY_LAST.get(last) ?? []), norm]);
}

/** The text ends a sentence (or a quote that ends one). Kept: truncation's endsMidSentence also reads dangling words and sign-offs, which are separate features here. */
export function endsTerminal(s: string): boolean {
  // The last TAIL_CHARS characters with their white space trimmed, read in place by code (no slice per candidate).
  const base = tailStart(s);
  const end = trimmedEnd(s, base);
  if (end === base) return false;
  if (QUOTE_END_CODES.has(s.charCodeAt(end - 1))) return true;
  let e = footnotesStart(s, base, end);
  // A writer's handle or address after the last sentence ("… He joined in 2007. @jdoe") signs it off: read past it.
  if (s.charCodeAt(end - 1) !== 46 && s.lastIndexOf('@', end) > base) e = contactStart(s, base, e);
  while (e > base && CLOSER_CODES.has(s.charCodeAt(e - 1))) e--;
  return e > base && STOP_CODES.has(s.charCodeAt(e - 1));
}

/** A handle or an e-mail address at the end of s[base, end), after a space: where it starts (its space), else `end`. */
function contactStart(s: string, base: number, end: number): number {
  const m = CONTACT_AT_END.exec(s.slice(base, end));
  return m ? base + m.index : end;
}

/** A footnote mark's text in its brackets at most ("[24]", "[a]", "[citation needed]"): a feed's "[+1880 chars]" is longer or holds a '+'. */
const FOOTNOTE_MAX_CHARS = 17;
/** No footnote holds these: a feed's "[+1880 chars]", "[…]", a label's capital ("[Read more]", "[Video]", "[Updated]"), a
 * gallery's "[1/2]". Such a label glued to a stop does not end the sentence it follows. */
const FOOTNOTE_NOT = /[[+…/]|\.\.|\p{Lu}/u;
/**
 * Where the footnote marks at the end of s[base, end) start ("…photography.[24][25]"): a reference list's marks
 * follow the full stop, so the sentence ends before them. `end` when there is none.
 */
function footnotesStart(s: string, base: number, end: number): number {
  let e = end;
  while (e > base && s.charCodeAt(e - 1) === 93 /* ] */) {
    const open = s.lastIndexOf('[', e - 1);
    if (open < base || e - 2 - open > FOOTNOTE_MAX_CHARS || open === e - 2) break;
    const inner = s.slice(open + 1, e - 1);
    if (FOOTNOTE_NOT.test(inner) || !/[\p{L}\p{N}]/u.test(inner)) break;
    e = open;
  }
  // The caller reads the stop before the marks: "…the film.[3]" ends a sentence, "…see [3]" does not.
  return e;
}

/** Where the tail (the last TAIL_CHARS characters) starts, and where it ends with its white space trimmed. */
const tailStart = (s: string): number => Math.max(0, s.length - TAIL_CHARS);
function trimmedEnd(s: string, base: number): number {
  let end = s.length;
  while (end > base && isSpaceCode(s.charCodeAt(end - 1))) end--;
  return end;
}
const codeSet = (chars: string): ReadonlySet<number> => new Set([...chars].map((c) => c.charCodeAt(0)));
const QUOTE_END_CODES = codeSet(QUOTE_END);
const CLOSER_CODES = codeSet(CLOSERS);
const STOP_CODES = codeSet(STOPS);

/**
 * The text ends like a teaser: an ellipsis or a "Read more" link. Kept: furniture's dropTail removes the tail; here it
 * is boundary evidence. `inLine`: the end is inside a line, where a bare "more"/"mehr" is just a word ("immer mehr Frauen").
 */
export function endsLikeTeaser(s: string, inLine = false): boolean {
  const t = tail(s);
  let e = t.length;
  while (e > 0 && (charClass(t, e - 1) & SPACE || LINK_DECOR.includes(t[e - 1]))) e--;
  const body = t.slice(0, e);
  if (body.endsWith('…') || body.endsWith('...') || truncationMarkAtEnd(body)) return true;
  // Only the phrases that end on the text's last word are tried, by comparing ends: no regex scan per candidate.
  const phrases = PHRASES_BY_LAST.get(lastWord(body));
  if (!phrases) return false;
  const low = singleSpaced(lowerCase(body));
  return phrases.some((p) => (!inLine || p.includes(' ')) && low.endsWith(p) && (low.length === p.length || !isWordChar(low, low.length - p.length - 1)));
}

/** The text before `end` ends on a bare ellipsis: a teaser's end, or a speaker broken off in a transcript. */
export function endsOnEllipsis(text: string, end: number): boolean {
  const t = text.slice(Math.max(0, end - TAIL_CHARS), end).trimEnd();
  return t.endsWith('…') || t.endsWith('...');
}

/** A speaker's label opens the text at `start` ("GREGG: No!", "SEN. JUDD GREGG: …"): up to three upper-case words
 * and a colon, a transcript's turn. (One word alone: train sample Pk 0.0816, fnn transcripts 0.086 -> 0.091.) */
export function opensWithSpeaker(text: string, start: number): boolean {
  return speakerAt(text, start) !== null;
}

/** The speaker's label opening the text at `start` ("SEN. JUDD GREGG"), or null. */
export function speakerAt(text: string, start: number): string | null {
  return SPEAKER_LABEL.exec(text.slice(start, start + SPEAKER_LABEL_CHARS))?.[1] ?? null;
}
const SPEAKER_LABEL_CHARS = 40;
const SPEAKER_LABEL = /^(\p{Lu}[\p{Lu}'’.-]*(?: [\p{Lu}'’.-]+){0,2}):/u;

/** The text ends on a feed's truncation mark ("… [+1880 chars]"): the feed cut the story right here. */
export function endsWithTruncationMark(s: string): boolean {
  // Every mark ends on a bracket: anything else is known without a slice.
  const base = tailStart(s), end = trimmedEnd(s, base);
  if (end === base || (s.charCodeAt(end - 1) !== 0x5d && s.charCodeAt(end - 1) !== 0x29)) return false;
  const t = tail(s).trimEnd();
  return truncationMarkAtEnd(t) && t.includes('[+');
}

/** The text ends cut: with no full stop, or with a teaser's ellipsis or "Read more" (which may follow one). */
export const endsCut = (s: string): boolean => !endsTerminal(s) || endsLikeTeaser(s);

/** "© 2011 The Valley Wire", "© Copyright …": an article's copyright notice closes it (end-matter.ts), where the next
 * story may open; a credit names a photographer or an agency ("© Reuters"). */
const COPYRIGHT_NOTICE = /^©\s*(?:copyright\b|\d{4}\b)/iu;
/** "Photo: EPA, Korean Central News Agency", "© Reuters", "Foto/dpa": a credit that belongs to the story around it.
 * Kept: credits.ts finds a credit anywhere in a line to cut it out; here the whole line must be one. */
export function isCaption(line: string): boolean {
  const t = line.trim();
  if (COPYRIGHT_NOTICE.test(t)) return false;
  const m = CAPTION.exec(t);
  if (!m) return false;
  return !m[1] || CAPTION_WORDS.has(lowerCase(m[1]));
}

/** A writer's contact line is a sentence or two at most ("Ines Varga can be reached at …"). */
const CONTACT_LINE_MAX_WORDS = 40;
/** An e-mail address at the line's end, a few words after it at most ("… at tips@example.com or call us."). */
const EMAIL_AT_END = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+[.,;)]?(?:\s+\S+){0,3}\s*$/u;
/** "Write to Ines Varga at ines@example.org.", "Got a tip? Email news@example.com": a short line ending on an e-mail
 * address closes the article above it (train and devwide: none of 37 such lines opens a story). A lede that names an
 * address inside its sentence ("…mails from security@… asked for…") opens one. */
export function isContactLine(line: string): boolean {
  return line.includes('@') && countWords(line, CONTACT_LINE_MAX_WORDS + 1) <= CONTACT_LINE_MAX_WORDS && EMAIL_AT_END.test(line);
}

/** "Quiet start: the captain walks out before the first race of the day": a picture caption, a short label in
 * sentence case and a colon, no closing stop (a kicker's label is in capitals, "RISING RACISM: …", and opens a teaser). */
export function isLabelledCaption(line: string): boolean {
  const t = line.trim();
  return secondIsLower(t) && CAPTION_LINE.test(t) && !endsTerminal(t) && countWords(t, MAX_CAPTION_WORDS + 1) <= MAX_CAPTION_WORDS;
}

/** Short, no closing full stop, starts with a capital, digit or quote: a headline (or a subhead). In a script with no
 * capitals (Arabic, Hebrew, Devanagari: \p{Lo}) any letter opens one, as a capital would.
 * Kept: headline.ts's looksLikeHeadline splits sentences (costly per candidate) and accepts lower-case and one-word lines. */
export function isHeadlineLike(line: string): boolean {
  const t = line.trim();
  const n = countWords(t, HEADLINE_MAX_WORDS + 1);
  if (n < HEADLINE_MIN_WORDS || n > HEADLINE_MAX_WORDS) return false;
  if (ENDS_ON_STOP_OR_COMMA.test(t) || isCaption(t) || endsLikeTeaser(t)) return false;
  return /^["“‘«„¿¡(]?[\p{Lu}\p{Lo}\p{N}]/u.test(t);
}

/** "RISING RACISM: A Japanese group…": an upper-case label and a colon open the story (anatomy reads kickers the same way). */
export const opensWithKicker = (s: string): boolean => !secondIsLower(s) && kickerAt(s, ANATOMY) !== null && !isCaption(s);

/** "LONDON (Reuters) -": a place in capitals, maybe an agency, then a dash. */
export const opensWithDateline = (s: string): boolean => !secondIsLower(s) && DATELINE.test(s);

/** The last word of the text, lower-cased. */
export const lastWord = (s: string): string => lowerCase(lastWordRaw(s));

/** The last word of the text as written. */
export function lastWordRaw(s: string): string {
  let end = s.length;
  while (end > 0 && !isWordChar(s, end - 1)) end--;
  let start = end;
  while (start > 0 && isWordChar(s, start - 1)) start--;
  return s.slice(start, end);
}

/** The text starts with a lower-case letter: it continues a sentence. */
export function opensLowerCase(s: string): boolean {
  const i = OPENERS.includes(s[0] ?? ' ') ? 1 : 0;
  return (charClass(s, i) & LOWER) !== 0;
}

/** "Kemal": a word in lower case after its capital, so no kicker or dateline in capitals opens the text (a quick test). */
const secondIsLower = (s: string): boolean => (charClass(s, 1) & LOWER) !== 0 && (charClass(s, 0) & UPPER) !== 0;
