// How a text ends: on a finished sentence, or cut (no full stop, a comma, an ellipsis, an unclosed quotation…).
// One definition for every reader: the anatomy's cut_mid_sentence flag words its code (anatomy/flag-wording.ts); boundary
// finding can ask the same question (endsCut). Codes and parameters only: no words for a reader here.
import { allLangData, langData, type LangData } from './lang/anatomy/index';
import { abbreviationKind, splitSentences } from './sentences';
import { bareWord as bare, countWords } from './words';
import { stopwordsFor } from './lang/stopwords';
import { TEASER_MAX_WORDS } from './shapes';
import { lowerCase } from './chars';
import { LEADING_MARKS, opensTrailerLabel } from './labels';

/** Why a text ends cut: a stable code (end_no_stop, end_comma …) and the words that fill its message. */
export interface EndCut {
  code: string;
  params: string[];
}

const cut = (code: string, params: string[]): EndCut => ({ code, params });

/** Closing quotes and brackets stripped before the last real character is read. */
const TRAILING_CLOSERS = /[\s"'”’“‘»›«‹)\]]+$/u; // « and ‹ close a German quotation (»…«)
/** Marks some publishers put at the very end of a whole story. */
const END_MARKS = /[\s♦■□▪●◆★✦|]+$/u;
/** A sign-off in brackets after the last sentence ("(Reporting by …)", "(dpa)") is read past; longer brackets are text. */
const MAX_SIGNOFF_CHARS = 200;
/** The end of a story read for the end signs: the last sentence window, a sign-off and trailing marks fit in it. */
const END_WINDOW = 1000;
/** Where the last whitespace-free run of a text starts (its last word with the punctuation on it). */
function lastWordStart(s: string): number {
  let i = s.length;
  while (i > 0 && !/\s/.test(s[i - 1])) i--;
  return i;
}
/** Enough text to hold the last sentence. */
const LAST_SENTENCE_WINDOW = 500;
/** Words quoted back to the reader in a reason. */
const REASON_WORDS = 2;

/** Trailing marks are looked for in this many last characters, so a long run of spaces costs nothing extra. */
const TAIL_WINDOW = 200;
/** Removes what `re` (anchored at the end) matches, looking only at the end of the text. */
function stripEnd(text: string, re: RegExp): string {
  const base = Math.max(0, text.length - TAIL_WINDOW);
  return text.slice(0, base) + text.slice(base).replace(re, '');
}

/** A "word" longer than this (CJK text has no spaces) is shown by its end only. */
const MAX_SHOWN_CHARS = 24;

function lastWords(text: string, n: number): string[] {
  return text.slice(-TAIL_WINDOW).trim().split(/\s+/).slice(-n).map((w) => (w.length > MAX_SHOWN_CHARS ? `…${w.slice(-MAX_SHOWN_CHARS / 2)}` : w));
}


/** Author initials after a slash, as regional papers sign off: "… fünf Festnahmen. / ab", "… el lunes. /dpa". */
const SLASH_SIGNOFF = /(?<=[.!?]["”’»“]?)\s+\/\s?(?:\p{Ll}{1,4}|\p{Lu}{1,4})$/u;
/** Code units from a sign-off's slash to the text's end at most: a space and four letters of two units. */
const SLASH_SIGNOFF_REACH = 10;

/** A sign-off run on after the last sentence is a credit, not prose: this many characters at most. */
const MAX_RUN_ON_SIGNOFF_CHARS = 100;

/** A credit names its source in a few words, the last one capitalised ("the Canadian Press", "Jane Doe"); words that
 * go on in small letters ("by the newspaper found that the minister") are a sentence that was cut. */
const MAX_CREDIT_WORDS = 8;
/** A word in small letters inside a credit is a link word this long at most ("the", "from", "de", "von"). */
const CREDIT_LINK_WORD_CHARS = 4;
/** A word of a name: a capital or a figure first ("Canadian", "(AP", "2021"). */
const NAME_WORD = /^["“(]?[\p{Lu}\p{N}]/u;
function isCreditName(credit: string): boolean {
  const words = credit.split(/\s+/).filter(Boolean);
  // Every word a name's or a short link word ("the", "de", "and"), the last a name's: "Reporting by the BBC showed
  // that the Minister" goes on in words of a sentence, and German capitals say nothing of a verb ("baute").
  return words.length > 0 && words.length <= MAX_CREDIT_WORDS && !/[.!?…]/.test(credit.replace(/\.(?=\S)/g, ''))
    && NAME_WORD.test(words[words.length - 1]) && words.every((w) => NAME_WORD.test(w) || w.length <= CREDIT_LINK_WORD_CHARS);
}

/** "… by the harbour. With files from the Valley Wire" (flat text) or "…harbour.With files from…" (glued): a sign-off
 * that opens with a capital right after a finished sentence and runs to the end with no stop of its own. */
function dropRunOnSignoff(s: string, d: LangData): string {
  const from = Math.max(0, s.length - MAX_RUN_ON_SIGNOFF_CHARS);
  const low = lowerCase(s.slice(from));
  for (const p of d.signoffs) {
    const i = low.lastIndexOf(p);
    if (i < 0) continue;
    const at = from + i;
    const before = s.slice(0, at).trimEnd();
    const credit = s.slice(at + p.length).trim();
    // The sign-off is whole words: "com informações de" is no credit in "Com informações detalhadas, a Polícia".
    if (/\p{L}/u.test(s[at + p.length] ?? '')) continue;
    if (/^\p{Lu}/u.test(s[at]) && SENTENCE_END.test(before) && isCreditName(credit)) return before;
  }
  return s;
}

/** Drops a sign-off that follows a finished sentence: "… he said. (Reporting by Jane Doe)", "… Festnahmen. / ab". */
function dropSignoff(t: string, d: LangData): string {
  // The sign-off ends the text: its slash is among the last few code units (up to four letters, two units each at most).
  let s = t.indexOf('/', t.length - SLASH_SIGNOFF_REACH) >= 0 ? t.replace(SLASH_SIGNOFF, '') : t;
  if (s.endsWith(')')) {
    const open = s.lastIndexOf('(');
    if (open >= 0 && s.length - open <= MAX_SIGNOFF_CHARS && /[.!?]["”’»]?\s*$/.test(s.slice(0, open))) s = s.slice(0, open).trimEnd();
  }
  const nl = s.lastIndexOf('\n');
  if (nl >= 0) {
    const lastLine = lowerCase(s.slice(nl + 1).trim());
    if (d.signoffs.some((p) => lastLine.startsWith(p))) return s.slice(0, nl).trimEnd();
  }
  return dropRunOnSignoff(s, d);
}

/** Lines read back from the end for a trailer (related links, a contributor, a contact): a list of links is short. */
const MAX_TRAILER_LINES = 6;
/** A trailer line is short: a longer line is prose. */
const MAX_TRAILER_WORDS = 16;
/** Share of capitalised content words at which a line reads as a heading (Title Case), not a sentence. */
const HEADING_CAP_SHARE = 0.75;
/** A line that ends on a sentence's stop, in any script, before closing quotes or brackets (a page's line, a title). */
export const ENDS_ON_STOP = /[.!?…。！？।؟]["'”’»)\]]*\s*$/u;

/** A caption line: one to three words with a capital, a colon, then the caption. */
export const CAPTION_LINE = /^\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,2}: \S/u;
/** A caption is a sentence or two at most. */
export const MAX_CAPTION_WORDS = 40;
const SENTENCE_END = /[.!?…。！？]["”’»)]?$/u;

/** An e-mail address or a handle ending the text, after a space ("… at jdoe@example.com", "… @jdoe"). */
const ADDRESS_AT_END = String.raw`\s(?:\S+@\S+\.\w+|@\w+)$`;
export const CONTACT_AT_END = new RegExp(ADDRESS_AT_END, 'u');

/** A line that follows a story's last sentence without being part of it: a label ("MORE :", "Contributing:"),
 * a name or title in capitals, a contact (an e-mail, a handle, a link), or a heading in Title Case (a related link). */
function isTrailerLine(line: string, all: LangData): boolean {
  const t = line.replace(LEADING_MARKS, '').trim();
  if (!t) return true;
  if (opensTrailerLabel(t)) return true;
  if (/^(?:\S+@\S+\.\w+|@\w+|https?:\/\/\S+|www\.\S+)$/u.test(t)) return true;
  // "Follow him on Twitter @jdoe or email him at jdoe@example.com": a contact line ends on its address.
  if (CONTACT_AT_END.test(t) && t.split(/\s+/).length <= MAX_TRAILER_WORDS) return true;
  const words = t.split(/\s+/);
  if (SENTENCE_END.test(t)) return false;
  // "Daddy cool: Ben and Jennifer had three children together": a picture caption, a short label and a colon.
  if (CAPTION_LINE.test(t) && words.length <= MAX_CAPTION_WORDS) return true;
  if (words.length > MAX_TRAILER_WORDS) return false;
  if (/\p{Lu}.*\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t)) return true;
  let content = 0, caps = 0;
  for (const w of words) {
    const b = bare(w);
    if (!b || /^\p{N}/u.test(b) || all.dangling.has(b)) continue;
    content++;
    if (/^["“‘(]?\p{Lu}/u.test(w)) caps++;
  }
  return content >= 2 && caps / content >= HEADING_CAP_SHARE;
}

/** A story this long is a whole article, not a teaser: a cut there comes inside a paragraph, not on a short last line. */
const LONG_STORY_WORDS = 150;
/** Under a long story, a line this short after a finished sentence is the page's ("2192 Shares", "Learn more about Sync",
 * "3 minutes ago", "More on Elections"), unless it stops on a function word ("…said the"). */
const SHORT_TRAILER_WORDS = 6;

function isShortTrailer(line: string, all: LangData): boolean {
  const t = line.trim();
  if (/[,;:–—-]$/u.test(t)) return false;
  const words = t.split(/\s+/);
  return words.length <= SHORT_TRAILER_WORDS && !all.dangling.has(bare(words[words.length - 1]));
}

/** "… he said. Follow him on Twitter @jdoe or email him at jdoe@example.com", or a writer's bio ending on the bare handle
 * ("… He joined in 2007. @jdoe"): a contact after the last sentence, read past. */
const CONTACT_AFTER_SENTENCE = new RegExp(`(?<=[.!?]["”’»]?)(?:[ \\t](?:[^.!?\\n]|\\.(?=\\S)){0,160})?${ADDRESS_AT_END}`, 'u');
/** Only the end is read for a contact, and only when an '@' stands there (the pattern would be tried at every position). */
const CONTACT_REACH = 240;
function dropContact(t: string): string {
  const base = Math.max(0, t.length - CONTACT_REACH);
  if (t.indexOf('@', base) < 0) return t;
  return t.slice(0, base) + t.slice(base).replace(CONTACT_AFTER_SENTENCE, '').trimEnd();
}

/** Takes trailer lines off the end when a finished sentence (or a colon) stands before them; otherwise the text is unchanged.
 * `long`: the text is a long story, where any short line may be a trailer. */
function dropTrailer(t: string, long: boolean): string {
  const all = allLangData();
  let s = t;
  for (let n = 0; n < MAX_TRAILER_LINES; n++) {
    const nl = s.lastIndexOf('\n');
    if (nl < 0) break;
    const line = s.slice(nl + 1);
    if (!isTrailerLine(line, all) && !(long && isShortTrailer(line, all))) break;
    s = s.slice(0, nl).trimEnd();
    if (SENTENCE_END.test(s)) return s;
    // "Guides you may like:" announces the list of links after it; it goes with them when a finished sentence precedes it.
    if (s.endsWith(':')) {
      const intro = s.lastIndexOf('\n');
      const before = intro < 0 ? '' : s.slice(0, intro).trimEnd();
      return SENTENCE_END.test(before) ? before : t;
    }
  }
  return t;
}

/** Opening quotes written with no space before the word they open (unlike French «). */
const CLINGING_QUOTES = '"“';
/** Opening marks in their opening place (after a space or at the start), with the marks that close them. */
// A straight quote closes a curly one too: pasted and scraped text mixes them (“I’m afraid…").
const OPENING: Record<string, string> = { '“': '”“"', '„': '“”"', '«': '»"', '"': '"”', '(': ')' };
/** The last sentence opens a quotation or bracket it never closes; returns the opening mark or null. */
export function unclosedInLastSentence(sentence: string): string | null {
  let best = -1;
  for (const c of Object.keys(OPENING)) {
    // The last mark of this kind in opening place: at the start, or after a space, a bracket or a dash. An English
    // quote also clings to the word it opens ('…he said. " A judgement…' is a stray mark); French « takes a space.
    for (let i = sentence.lastIndexOf(c); i >= 0; i = i > 0 ? sentence.lastIndexOf(c, i - 1) : -1) {
      const clings = !CLINGING_QUOTES.includes(c) || !/\s/.test(sentence[i + 1] ?? ' ');
      if ((i === 0 || /[\s(\[—–-]/.test(sentence[i - 1])) && clings) { if (i > best) best = i; break; }
    }
  }
  if (best < 0) return null;
  const c = sentence[best];
  const after = sentence.slice(best + 1);
  return [...OPENING[c]].some((x) => after.includes(x)) ? null : c;
}

/** Words read back for the number a unit follows: "45 тыс.", "5 млрд руб.". */
const UNIT_REACH_WORDS = 2;
/** Abbreviations written after a number, not before one: thousands, millions, billions, currencies and years, in the
 * languages read ("45 тыс.", "5 Mrd.", "3 mln.", "20 руб.", "500 Ft.", "200 zł.", "1990–1995 гг."). Most others ("ст. 5",
 * "Abs. 2", "vol. 3", "ext. 100") come before their number, so a text ending on them is cut. */
const UNIT_ABBREVIATIONS = new Set([
  'тыс', 'тис', 'млн', 'млрд', 'трлн', 'руб', 'долл', 'коп', 'грн', 'лв', 'г', 'гг', // ru, uk, bg
  'tsd', 'mio', 'mrd', 'bn', 'mn', 'mln', 'mld', 'mlrd', 'mil', 'mill', 'milj', 'mia', 'mdr', 'md', 'mds', 'tys', 'tis', // de, en, fr, nl, pl, cs, hr, fi, da, sv
  'kr', 'tkr', 'zł', 'gr', 'kč', 'kn', 'ft', 'lei', 'millió', 'milliárd', 'ezer', 'lb', 'lbs', 'oz', // currencies and weights
]);
/** A number's abbreviation that ends a sentence after all: a unit after its number ("…превысил 45 тыс.", "…5 млрд руб.")
 * or a word of the language written the same ("…the mayor said no.", "…dijo que no."). */
function endsOnUnitOrWord(core: string, word: string, d: LangData): boolean {
  // (As written: "…said no." is a word, "…ranked No." the abbreviation of a number cut away.)
  if (stopwordsFor(d.code).has(word)) return true;
  if (!UNIT_ABBREVIATIONS.has(lowerCase(word))) return false;
  const before = core.slice(Math.max(0, core.length - word.length - 1 - 40), core.length - word.length - 1).trim().split(/\s+/);
  return before.slice(-UNIT_REACH_WORDS).some((w) => /^\p{N}/u.test(w));
}

/** An embedded post's signature: the author's handle in brackets and the day it was posted, with the hour and zone
 * when given ("— Harbour Tours (@harbourtours) March 3, 2021", "A post shared by … (@harbourtours) on Mar 3, 2021 at 9:15am EST").
 * It closes the post whole; the post's own words before it need no full stop. The dash or "shared by" before the name
 * is the embed's own: prose that ends on a handle and a date ("She wrote to Jane (@jroe) on May 1, 2017") is cut. */
const EMBED_SIGNATURE = /(?:[—–]\s?|shared by\s)[^()\n]{1,60}\(@[\p{L}\p{N}_.]{1,30}\)\s+(?:on\s+)?(?:\p{L}{3,9}\.?\s\d{1,2},?\s\d{4}|\d{1,2}\.?\s\p{L}{3,9}\.?\s\d{4})(?:\s+at\s+\d{1,2}:\d{2}\s?[ap]m\s+\p{Lu}{2,4})?$/u;

/** Words past which a text is no teaser, nor two teasers read as one. */
const LONGER_THAN_TEASERS = 2 * TEASER_MAX_WORDS;
/**
 * A text this long is no teaser. Ending on a content word with no full stop, it ends on an article's own last line (a
 * caption, a list of links, a credit, a table row), not on a cut: pages and feeds cut their teasers far shorter (the
 * longest story cut mid-sentence has 155 words in train, 141 in devwide, 146 in dev; every longer story read as cut
 * for that alone on the gold spans is whole: train 304, devwide 68, dev 11). Two teasers read as one story stay under
 * it and keep their flag. The signs of a cut stay signs at any length: an ellipsis, a "[+N chars]" marker, a "Read
 * more", a last function word ("… that the"), an open quotation: a paywall or a selection cuts long articles so.
 */
const longerThanTeasers = (text: string): boolean => countWords(text, LONGER_THAN_TEASERS + 1) > LONGER_THAN_TEASERS;

/** Why the text ends inside a sentence, or null when it ends on a finished sentence. */
export function endCut(text: string, lang?: string): EndCut | null {
  const d = langData(lang);
  // Only the end is read: every sign (marks, sign-off, last word, last sentence) lies in the last few hundred characters.
  const tail = text.trimEnd();
  let t = stripEnd(tail.length > END_WINDOW ? tail.slice(-END_WINDOW) : tail, END_MARKS);
  if (!t.trim()) return null;
  if (/(\.\s?){3,}$|…$/.test(t.slice(-TAIL_WINDOW))) return cut('end_ellipsis', []);
  if (EMBED_SIGNATURE.test(t.slice(-TAIL_WINDOW))) return null;
  t = dropTrailer(dropContact(dropSignoff(t, d)), countWords(tail, LONG_STORY_WORDS) >= LONG_STORY_WORDS);
  const core = stripEnd(t, TRAILING_CLOSERS);
  const last = core.slice(-1);
  if (!last) return null;
  if (/[.!?。！？．؟۔।॥]/.test(last)) {
    const word = core.slice(lastWordStart(core), -1);
    const kind = last === '.' ? abbreviationKind(word.replace(/^[^\p{L}]+/u, ''), d) : null;
    if (kind === 'title' || (kind === 'numeric' && !/^\p{L}$/u.test(word) && !endsOnUnitOrWord(core, word, d))) return cut('end_abbreviation', [`${word}.`]);
    const tailText = t.slice(-LAST_SENTENCE_WINDOW);
    const ss = splitSentences(tailText, { lang });
    const lastS = ss[ss.length - 1];
    const open = lastS ? unclosedInLastSentence(tailText.slice(lastS.start, lastS.end)) : null;
    if (open) return open === '(' ? cut('end_open_bracket', []) : cut('end_open_quote', [open]);
    return null;
  }
  if (last === ',') {
    const after = lastWords(core, REASON_WORDS).join(' ');
    return cut('end_comma', [after]);
  }
  if (last === ':' || last === ';') return cut('end_colon', [last]);
  if (/[-–—]/.test(last)) return cut('end_dash', []);
  const words = lastWords(t, REASON_WORDS);
  const lastWord = words[words.length - 1] ?? '';
  // "or even", "at the", "the Japanese": a function word is shown with its neighbour, so the reader sees the break.
  const dangling = d.dangling.has(bare(lastWord));
  if (!dangling && longerThanTeasers(tail)) return null;
  const shown = words.length > 1 && (dangling || d.dangling.has(bare(words[0]))) ? words.join(' ') : lastWord;
  return cut('end_no_stop', [shown]);
}

/** The text ends cut (one definition of "ends cut": the flag's, with sign-offs, dangling words and abbreviations read). */
