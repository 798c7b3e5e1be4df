// Candidate story boundaries: every place a new story could start. Line breaks, sentence ends inside a line,
// glued joins ("soon.In the", "or evenKemal") and, inside very long lines, any capitalised word after a lower-case one.
import { DIGIT, LETTER, LOWER, SPACE, UPPER, WORD_CHAR, charClass, isSpaceCode, lowerCase } from '../text/chars';
import abbreviations from '../text/lang/abbreviations.json';
import { allLangData, langData } from '../text/lang/anatomy';

export type CandidateKind = 'blank' | 'line' | 'sentence' | 'glued' | 'gluedWord' | 'cap';

/** A line break, a blank line or a glued paragraph join ("soon.In"): where paragraphs meet, not a place inside a line. */
/** A line break, single or blank: a candidate where a line of the text begins. */
export const breaksLine = (kind: CandidateKind): boolean => kind === 'line' || kind === 'blank';
export const joinsParagraphs = (kind: CandidateKind): boolean => breaksLine(kind) || kind === 'glued';

export interface Candidate {
  kind: CandidateKind;
  /** End of the text before the boundary (whitespace trimmed): the previous story would end here. */
  prevEnd: number;
  /** Start of the next story, if this is a boundary. */
  start: number;
}

/** A prefix this short and capitalised before a capital is a name, not a join: McIlroy, MacBook, YouTube, DeMarco. */
const NAME_PREFIX_MAX = 3;
/**
 * Lines of at least this many words may hold several stories run together, so they get 'cap' candidates too: a feed's
 * description with its own line breaks ("…\r\n… [+26 chars] В Вашингтоне") is flat text in short lines. The
 * evidence, not the candidate list, says how unlikely a story start mid-line is in a short line (evidence.ts shortLine).
 */
const CAP_LINE_MIN_WORDS = 12;
/**
 * Short capitalised prefixes of names and brands that are also function words somewhere (De, La, Le, Van, You, My):
 * "DeMarco", "LaGuardia", "YouTube". Any other capitalised function word glued to a capital is a cut ("HeGame").
 */
const NAME_PREFIXES = new Set(['mc', 'mac', 'de', 'di', 'da', 'du', 'la', 'le', 'lo', 'van', 'von', 'der', 'den', 'al', 'el', 'o', 'st', 'you', 'my']);
/** A one-letter word that starts brands written in lower case ("iPhone", "iOS") even where it is a function word.
 * "eBay" is a name only where "e" is no function word: in Portuguese or Italian "eDoria" is "e" ("and") cut off. */
const BRAND_LETTER = 'i';
/** Units glued to a number read like a capitalised word after a digit ("10Mbps", "5GHz"), never a join. */
const UNIT = /^(?:[kKMGTP]i?(?:[bB](?:ps|it|yte)?s?|Hz|W|Wh|m|g|l)|Hz|Wh|Mio|Mrd|Bn)$/u;

const ABBREVIATIONS = new Set<string>(abbreviations);
/** Titles of every language ("Mr", "Dr", "Gen"): a capital after one is a name, never a story start. */
const TITLES = allLangData().titleAbbr;
/** Abbreviations that end a company's name, and so often a sentence: "…to acquire King Pharmaceuticals Inc. |Nextel…". */
const COMPANY_SUFFIXES = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros']);
// A line break is what /(?<![^\S\n])[^\S\n]*\n\s*/g matches (LINE_BREAK): the spaces before a line feed, from the first
// of their run, and all white space after it. findCandidates finds them from each line feed, so a long run of spaces
// with no line break after it is read once (without that lookbehind, the regex took 23 s on 'A' + 16K spaces).
// Any sentence end followed by a space: the next story may even open in lower case (an excerpt that starts mid-way).
// With the stops of scripts that write spaces but stops of their own: । ॥ (Devanagari), ؟ (Arabic), ۔ (Urdu),
// ။ (Myanmar), ። (Ethiopic).
// “ closes a German quote („…“).
// U+0091-U+0094 are cp1252's curly quotes read as Latin-1 (a mis-decoded page): quotes as well.
const SENTENCE_END = /[.!?…।॥؟۔။።]["”’»“)\]\u0092\u0094]*(\s+)(?=\S)/gu;
/** The full stops of scripts written without spaces (。！？), with their closers and any white space after them: a sentence ends there. */
const WIDE_SENTENCE_END = /[。！？]["”’」』)）】》〉]*(\s*)(?=[^\s。！？"”’」』)）】》〉])/gu;
/** A Japanese quotation goes on into its sentence: "彼は「行く。」と言った" (と, って: "he said"). */
const QUOTE_GOES_ON = /^(?:と|って)/u;
// A quote or bracket may close before the stop ('system".Top'), and French puts a space before "»" ("parler. »Au").
// A story may open with a single quote ("Altrincham.'Enron of Kansas' Trial") or a number ("Inc.14 Nations", after a
// lower-case letter, so a decimal "9.5" is none).
// A letter with a combining mark ("Roubanê" decomposed) is a letter too; "(APPLAUSE)" may open the next story.
// A Spanish question or exclamation opens with ¿ ¡ ("navidades.¿Se").
const GLUED_AFTER_PUNCT = /[\p{Ll}\p{M}\d%)"”’»\]'\u0092\u0094][.!?…]+["”’»)\]'\u0092\u0094]*(?=["“‘«'(¿¡\u0091\u0093]?\p{Lu})|\p{Ll}[.!?…]+["”’»)\]'\u0092\u0094]*(?=\d)/gu;
/** An acronym's last letters, a stop, then a capitalised word or a kicker in capitals: "said the EPA.Chelsea winger",
 * "a new PC.MUTV: We're" (not "U.S.Army": one letter). */
const GLUED_AFTER_ACRONYM = /\p{Lu}{2}[.!?]+(?=["“‘«]?\p{Lu}(?:\p{Ll}|\p{Lu}+[\s,:]))/gu;
/** An ellipsis after a space, or a French closing quote after a stop, then a capital with no space: "The …Eurosceptic";
 * or a stop after a space, glued to a word ("Times of Israel .Ракетный", "(dolor de garganta) ?El"; not ".NET"). */
const GLUED_AFTER_SPACED = /(?:\s(?:…|\.\.\.)|[.!?…]\s»)(?=["“‘«]?\p{Lu})|\s[.!?](?=["“‘«¿¡]?\p{Lu}\p{Ll}|\p{Lu}{2,}:)/gu;
/** An ellipsis glued to a capital or a number: a feed's cut ("…tax …10 daily habits", "ВМС В…Мурашко", "FRANCES…C'è"),
 * where the story before may end on a cut word in capitals. Not before lower case: "Like…so much easier" is a blog's pause. */
const GLUED_AFTER_ELLIPSIS = /(?:…|\.\.\.)(?=[\p{Lu}\d])/gu;
/** A name's last initial, a stop and a capitalised word or a kicker: "such as David A.|Car maintenance", "J&F.|Senador"
 * (not "U.S.Army", "J.K.Rowling" or "Folha de S.Paulo": the initial follows a capitalised word or an ampersand). */
const GLUED_AFTER_INITIAL = /(?:\p{Lu}\p{Ll}+\s|&)\p{Lu}\.(?=\p{Lu}(?:\p{Ll}{2}|\p{Lu}+[\s,:]))/gu;
const MAY_GLUE_AFTER_INITIAL = /[\s&]\p{Lu}\.\p{Lu}/u;
/** A mark that opens a story glued to the text before it: Spanish ¿ ¡ ("por¿Dudas"), a credit's © ("our©EPA") or a
 * bracketed note ("ago[Spoilers:"). The candidate is at the mark. Tried and left out, as they start a story far less
 * often than other glued joins (train: 1 in 30 to 45): a hashtag ("in#TeamAniston"), a note in asterisks
 * ("futuro.*COMUNICADO"), and a tag left in the text ("day.<ul><li>FTSE 100": a feed's description holds lists).
 * (A run of marks is read at most three deep: a long one would be read again from each mark.) */
const GLUED_BEFORE_OPENER = /(?:[¿¡](?=[¿¡]{0,3}[\p{L}\d])|©(?=[\p{Lu}\s])|\[(?=\p{Lu}\p{Ll}))(?<=[\p{L}\p{M}\d.!?…"”’»),\u0092\u0094].)/gu;
const mayOpenGlued = (line: string): boolean => line.includes('[') || line.includes('©') || line.includes('¿') || line.includes('¡');
/** The letters, digits and commas before which a story opening with a mark is a word-level join ("por¿Dudas"). */
const WORD_BEFORE_MARK = /[\p{L}\p{M}\d,]/u;
/** A feed's truncation mark and what follows it, glued or after a space: whatever comes next is another story
 * ("[+7867 chars]A spokesperson", "[+1873 chars] l'essentiel", "[+10270 chars] 150 rotting"). */
const AFTER_TRUNCATION_MARK = /\[\+\s?\d[\d,.\s]*\p{L}*\](\s*)(?=\S)/gu;
/** A feed's truncation mark opens here ("[+670 chars]"): no sentence starts at it. */
const TRUNCATION_MARK_AHEAD = /^\[\+\s?\d/;
/** A bracket, link arrow or closing tag glued to a capitalised word: a truncation mark, a credit or a link's end ("[+1880 chars]Henry",
 * "(ANSA)METEO.", "7.8 »Gal", "information.</p>Zurich"; not "<li>FTSE", a list inside a feed's description). A URL's slash ("…/apply-now/Coffee") was tried: "and/Or", "Reuters/Ipsos" made flat text count as glued. */
const GLUED_AFTER_BRACKET = /(?:[\])»›]|<\/[a-zA-Z]+>)(?=["“‘«]?\p{Lu}(?:\p{Ll}|\p{Lu}+[\s,:.]))/gu;
/** How far a quote opened with » is looked for its closing «. */
const REVERSED_QUOTE_CHARS = 80;

/** The » at `at` opens a quote that « closes (German and Danish quote so: »Tatort«), not a link arrow or a closing
 * French quote before the next story: the next « or » in the line, within REVERSED_QUOTE_CHARS, is a « glued to the
 * word before it, as a closing mark is (a French opening « stands before its word: "7.8 »Gal Gadot says «on Monday»"). */
function opensQuote(line: string, at: number): boolean {
  for (let i = at + 1; i < line.length && i <= at + REVERSED_QUOTE_CHARS; i++) {
    if (line[i] === '»') return false;
    if (line[i] === '«') return !/\s/.test(line[i - 1]);
  }
  return false;
}

/** A comma, semicolon or colon (and a quote closing there) glued to a capitalised word: "personal care,The",
 * "Morris,White prepared", "ended between them,”We're", "comunista”,CÓMO:", "paróquia,'Minha"; or to a number that
 * opens a list headline ("Kennedy,1 day ago", not "1,000"). */
const GLUED_AFTER_COMMA = /[\p{Ll}\p{M}\d"”’»)\u0092\u0094][,;:]["”’\u0092\u0094]?(?=["“‘«'¿¡\u0091\u0093]?\p{Lu}(?:\p{Ll}|\p{Lu}+[\s:]))|\p{Ll}[,;:](?=\d{1,4}\s\p{L})/gu;
/** Quick tests that rule a line out before the regexes above run: each regex opens on a class that matches at most
 * letters (tried, and failing, at nearly every one), while every match of theirs holds a stop, or a comma, glued to a
 * capital or a digit through quotes and brackets only, which these find in one cheap scan. */
const MAY_GLUE_AFTER_STOP = /[.!?…][.!?…"”’»)\]'“‘«(¿¡\u0091-\u0094]*[\p{Lu}\d]/u;
const MAY_GLUE_AFTER_COMMA = /[,;:](?:["”’\u0092\u0094]?["“‘«'¿¡\u0091\u0093]?\p{Lu}|(?<=\p{Ll}.)\d)/u;
/** Scans of the same kind for the patterns that open on a capital or white space: what each match ends on (a stop,
 * or a bracket, then a capital; white space beside a stop, or a French closing quote), found by a pattern that opens on
 * the few marks. (Dev: the three patterns cost 40 ms over the text; these, 6.) */
const MAY_GLUE_AFTER_ACRONYM = /[.!?]["“‘«]?\p{Lu}/u;
const MAY_GLUE_AFTER_BRACKET = /[\])»›>]["“‘«]?\p{Lu}/u;
const mayGlueAfterSpaced = (line: string): boolean => SPACE_BEFORE_STOP.test(line) || line.includes('»');
const SPACE_BEFORE_STOP = /\s[.!?…]/u;
/** Closing quotes and brackets: mid-sentence before a capital they may end a quote ('alive" UK…'); after a stop, a sentence. */
const CLOSERS = [')', '"', '”', '’', "'"];
/**
 * Besides lower-case letters and digits, what may end the text before a capital in a 'cap' candidate: punctuation
 * inside a sentence, closers, a feed's truncation mark ("… [+1880 chars] Henry") and link arrows ("Though » “Teeny").
 */
const CAP_PRECEDERS = new Set([',', ';', '%', ':', ...CLOSERS, ']', '»', '›', '>', '|', '-', '–', '—', '★', '*', '#', '/', '\u0092', '\u0094']);
/** Symbols, arrows and pictographs ("↩", "→", "~", "💌") end a link or a list item before a capital, like CAP_PRECEDERS. */
const SYMBOL = /\p{S}/u;
/** SYMBOL by code unit, tested once each (the 'cap' scan asks at every word end before a space). */
const SYMBOL_CODES = new Map<number, boolean>();
const CLOSER_SET = new Set(CLOSERS);
/** Opening quotes a glued story may start with, right after the last word of the story before: " “ „ « (as char codes, tested per letter). */
const isOpeningQuote = (code: number): boolean => code === 0x22 || code === 0x201c || code === 0x201e || code === 0xab || code === 0x2018 || code === 0x91 || code === 0x93;
/** A closing quote glued to the next story's first word ("Curitiba”Raquel"); not ’, the apostrophe of "l’Europe". */
const isClosingQuote = (code: number): boolean => code === 0x201d || code === 0x94;
/** A straight single quote after a word of at most this many letters ending in l, n, t or z is an elision ("l'Italia",
 * "dell'Europa", "sant'Angelo", "un'Italia"), as after any word ending "qu" ("jusqu'Au"); after another word it may open
 * the next story ("analisadas'Palocci", "three years'Big Bang Theory"). */
const ELISION_MAX = 5;
const ELIDED_END = /[lntz]$/i;
const QU_END = /qu$/i;
/** Opening marks a 'cap' candidate's next story may start with ("'Few ready' for information act", "¿Cuántos"); a run of
 * up to three is read ("¡¡ESTA"). Brackets were tried ("(AP Photo/…) Senator"): 1 in 500 starts a story (train), and
 * the extra candidates cost boundary F1 on dev and Choi. */
const CAP_OPENERS = new Set(['"', '“', '‘', "'", '«', '¿', '¡', '\u0091', '\u0093']);
const CAP_OPENERS_MAX = 3;

/** The upper-case letter at `i` ends an acronym of two letters or more ("US", "LG"), or a one-letter word: "A", "I",
 * or a function word of the text's language (Portuguese "O", Spanish "Y"): a story cut after its first word. */
function isAcronymEnd(text: string, i: number, stopwords: ReadonlySet<string>): boolean {
  let k = i;
  while (k >= 0 && charClass(text, k) & UPPER) k--;
  if (k >= 0 && charClass(text, k) & WORD_CHAR) return false;
  return i - k >= 2 || isOneLetterWord(text[i], stopwords);
}

/** A capital that is a word on its own: "A", "I", or a function word ("O", "E", "Y" where the language has them). */
const isOneLetterWord = (ch: string, stopwords: ReadonlySet<string>): boolean => ch === 'A' || ch === 'I' || stopwords.has(lowerCase(ch));

/** The symbol (\p{S}) at `i`, or a pictograph ending there (its low surrogate). */
function symbolAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0xdc00 && c <= 0xdfff && i > 0) return SYMBOL.test(text.slice(i - 1, i + 1));
  if (c < 0x7e) return false;
  let symbol = SYMBOL_CODES.get(c);
  if (symbol === undefined) SYMBOL_CODES.set(c, symbol = SYMBOL.test(text[i]));
  return symbol;
}

/** A closing quote or bracket at `i` follows a sentence stop: that boundary is a 'sentence' candidate already. */
function sentenceEndBefore(text: string, i: number): boolean {
  let k = i;
  while (k >= 0 && CLOSER_SET.has(text[k])) k--;
  return k < i && k >= 0 && '.!?…'.includes(text[k]);
}

function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && charClass(text, i - 1) & WORD_CHAR) i--;
  return text.slice(i, end);
}

/** Whether the text [from, to) holds at least `n` words (runs of non-space), counting no further than needed. */
function hasWords(text: string, from: number, to: number, n: number): boolean {
  let words = 0, inWord = false;
  for (let i = from; i < to; i++) {
    const space = charClass(text, i) & SPACE;
    if (!space && !inWord && ++words >= n) return true;
    inWord = !space;
  }
  return false;
}

/** What may end an upper-case run glued to a lower-case word: a kicker's colon, a dateline's comma ("…ofPARIS, Jan 8"),
 * a headline's stop ("ComplexoPERIGO!", "motherREP. JENKINS:"), a number's hyphen ("peroCOVID-19") or a credit's slash. */
const CAPS_RUN_ENDS = new Set([':', ',', '.', '!', '?', '-', '/']);

/**
 * At `j` a capitalised word starts ("Kemal"), an upper-case run of two or more ends in a space, lower case or one of
 * CAPS_RUN_ENDS ("MCILROY WINS:", "MPs", "ITunes"), an initialism opens ("Leer másU.S. Relations"), or a one-letter
 * word stands alone ("withinA special", "no diaO “golpe”").
 */
function gluedAfter(text: string, j: number, to: number, stopwords: ReadonlySet<string>): boolean {
  if (j >= to || !(charClass(text, j) & UPPER)) return false;
  if (j + 1 < to && charClass(text, j + 1) & LOWER) return true;
  let k = j + 1;
  while (k < to && charClass(text, k) & UPPER) k++;
  if (k - j === 1) {
    if (k + 2 < to && text[k] === '.' && charClass(text, k + 1) & UPPER && text[k + 2] === '.') return true;
    return isOneLetterWord(text[j], stopwords) && k < to && (charClass(text, k) & SPACE) !== 0;
  }
  return k < to && (CAPS_RUN_ENDS.has(text[k]) || (charClass(text, k) & (SPACE | LOWER)) !== 0);
}

/** At `j` a capitalised word of lower-case letters starts that is not a unit: "22Deutsche", "1.3%French", but not "10Mbps". */
function wordAfterNumber(text: string, j: number, to: number): boolean {
  if (j + 2 >= to || !(charClass(text, j) & UPPER)) return false;
  // "1996BOB SCHIEFFER INTERVIEWS": a headline in capitals (not a unit: "10GB of").
  if (charClass(text, j + 1) & UPPER) {
    let k = j + 1;
    while (k < to && charClass(text, k) & UPPER) k++;
    return k - j >= 3 && k < to && text[k] === ' ' && !UNIT.test(text.slice(j, k));
  }
  if (!(charClass(text, j + 1) & LOWER) || !(charClass(text, j + 2) & LOWER)) return false;
  let k = j + 1;
  while (k < to && charClass(text, k) & LETTER) k++;
  return !UNIT.test(text.slice(j, k));
}

/** At `j` a number of one to four digits stands before a space and a word: "10 things", "57 foragidos". */
function numberThenWord(text: string, j: number, to: number): boolean {
  let k = j;
  while (k < to && charClass(text, k) & DIGIT) k++;
  return k - j <= 4 && k + 1 < to && text[k] === ' ' && (charClass(text, k + 1) & LETTER) !== 0;
}

/** At `j` a number stands before a capitalised word: a list headline opens so ("8 Private Cloud Providers", "443 SHARES"). */
function numberThenCapital(text: string, j: number, to: number): boolean {
  let k = j;
  while (k < to && (charClass(text, k) & DIGIT || ((text[k] === ',' || text[k] === '.') && charClass(text, k + 1) & DIGIT))) k++;
  return k > j && k + 1 < to && text[k] === ' ' && (charClass(text, k + 1) & UPPER) !== 0;
}

/** The straight quote after the word [wordStart, i] marks an elision ("l'Italia", "dell'Europa", "jusqu'Au"). */
function isElision(text: string, wordStart: number, i: number): boolean {
  const length = i + 1 - wordStart;
  if (length <= 2) return true;
  const word = text.slice(wordStart, i + 1);
  return QU_END.test(word) || (length <= ELISION_MAX && ELIDED_END.test(word));
}

/** A capitalised function word ("He", "The", "Wie") that is not also a name prefix ("De", "Mc"): it can end a cut story. */
export function isCapitalisedFunctionWord(word: string, stopwords: ReadonlySet<string>): boolean {
  const lower = lowerCase(word);
  return (charClass(word, 0) & UPPER) !== 0 && stopwords.has(lower) && !NAME_PREFIXES.has(lower);
}

// Not sentences.ts's abbreviationKind: its wider lists (single lower-case letters, all "general" forms) drop real
// sentence ends here and cost Choi 3-11 0.0015 Pk; a candidate missed is lost, an extra one is cheap.
function isAbbreviation(text: string, dot: number, next = -1): boolean {
  const w = wordBefore(text, dot);
  if (w.length === 1) return (charClass(w, 0) & UPPER) !== 0;
  const low = lowerCase(w);
  // "No. 5", "Sept. 12": before a word, "no" and "mar" are words ("dijo que no.", "en el mar."), and a month may end a sentence.
  if (BEFORE_NUMBER.has(low) && next >= 0) return (charClass(text, next) & DIGIT) !== 0;
  return ABBREVIATIONS.has(low);
}
/** The stop at `dot` ends a sentence as the candidates read it: no abbreviation ("Mrs.", "Dept.") nor initial before it. */
export const stopEndsSentence = (text: string, dot: number): boolean => text[dot] !== '.' || !isAbbreviation(text, dot);

/** Abbreviations that stand before a number: with a word after them they end a sentence (train: 22 stories started so). */
const BEFORE_NUMBER = new Set(['no', 'nr', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/**
 * The stop at `dot` ends an abbreviation that may end a sentence ("No.", "Sept.", "U.S.", "etc."): not a title
 * ("Mrs. |Grinsfelder") or a name's initial ("John F. |Kennedy"), where a 'cap' candidate would only draw a story start
 * a few words away from the sentence it belongs to.
 */
function endsOnAbbreviation(text: string, dot: number): boolean {
  const w = wordBefore(text, dot);
  if (w.length === 1) return text[dot - 2] === '.' && (charClass(w, 0) & UPPER) !== 0;
  return ABBREVIATIONS.has(lowerCase(w)) && !TITLES.has(lowerCase(w));
}

/** The titles of a text's language ("Sra.", "Dott.", "Mme."): a name follows them, never a new sentence. Only the
 * language's own (every language's would take "Don.", "On." or "Me." ending an English sentence for titles). */
const NO_TITLES: ReadonlySet<string> = new Set();
const titlesOf = (lang: string | undefined): ReadonlySet<string> => {
  const data = !lang || lang === 'und' ? undefined : langData(lang);
  // (A language with no anatomy file of its own reads every language's: its titles would be all of them.)
  return data && data.code !== 'und' ? data.titleAbbr : NO_TITLES;
};

/** The stop at `dot` follows a title of the text's language written with its capital ("la Sra. |Gómez", "il Dott. |Rossi"):
 * a capital, then small letters. All capitals is an acronym that may end a sentence ("… said ING. |The bank…", "RT.", "FT."). */
function afterTitle(line: string, dot: number, titles: ReadonlySet<string>): boolean {
  if (!titles.size) return false;
  const w = wordBefore(line, dot);
  return w.length > 0 && (charClass(w, 0) & UPPER) !== 0 && (w.length === 1 || w.slice(1) !== w.slice(1).toUpperCase()) && titles.has(lowerCase(w)) && !(dot > w.length && line[dot - w.length - 1] === '.');
}

/** Adds a candidate unless it would leave an empty story at the text's start or end. */
function add(out: Candidate[], text: string, kind: CandidateKind, prevEnd: number, start: number): void {
  if (prevEnd > 0 && start < text.length) out.push({ kind, prevEnd, start });
}

/** The candidates inside the line [from, to) of `text`, pushed to `out`: those the patterns find, then those of the
 * pass by character class. Functions of their own, not closures made per text: the optimizing compiler keeps one
 * compiled copy for every text, where per-text closures cost it recompiles. And in parts: a text that takes a branch
 * no text took before sends its part back to be compiled again, and a small part costs less to compile. */
function scanLine(text: string, from: number, to: number, stopwords: ReadonlySet<string>, titles: ReadonlySet<string>, out: Candidate[]): void {
  scanLineMatches(text, from, to, titles, out);
  scanLineChars(text, from, to, stopwords, out);
}

function scanLineMatches(text: string, from: number, to: number, titles: ReadonlySet<string>, out: Candidate[]): void {
  const line = text.slice(from, to);
  for (const m of line.matchAll(SENTENCE_END)) {
    const ws = m.index + m[0].length - m[1].length;
    if (m[0][0] === '.' && isAbbreviation(line, m.index, m.index + m[0].length) && !COMPANY_SUFFIXES.has(lowerCase(wordBefore(line, m.index)))) continue;
    if (m[0] === `.${m[1]}` && afterTitle(line, m.index, titles)) continue;
    // "…gezielt heraus. … [+670 chars]": the feed's truncation mark still belongs to the story before.
    if (TRUNCATION_MARK_AHEAD.test(line.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    add(out, text, 'sentence', from + ws, from + m.index + m[0].length);
  }
  if (line.includes('。') || line.includes('！') || line.includes('？')) for (const m of line.matchAll(WIDE_SENTENCE_END)) {
    const at = m.index + m[0].length;
    if (/[」』]$/u.test(m[0].slice(0, m[0].length - m[1].length)) && QUOTE_GOES_ON.test(line.slice(at))) continue;
    add(out, text, 'sentence', from + at - m[1].length, from + at);
  }
  const afterStop = MAY_GLUE_AFTER_STOP.test(line);
  for (const re of [GLUED_AFTER_PUNCT, GLUED_AFTER_ACRONYM, GLUED_AFTER_INITIAL, GLUED_AFTER_SPACED]) {
    if (re !== GLUED_AFTER_SPACED && !afterStop) continue;
    if (re === GLUED_AFTER_INITIAL && !MAY_GLUE_AFTER_INITIAL.test(line)) continue;
    if (re === GLUED_AFTER_ACRONYM && !MAY_GLUE_AFTER_ACRONYM.test(line)) continue;
    if (re === GLUED_AFTER_SPACED && !mayGlueAfterSpaced(line)) continue;
    for (const m of line.matchAll(re)) {
      // "DR.Jones", "ST.Pauli": an abbreviation in capitals, not an acronym ending a sentence.
      if (re === GLUED_AFTER_ACRONYM && isAbbreviation(line, m.index + m[0].search(/[.!?]/))) continue;
      const at = from + m.index + m[0].length;
      add(out, text, 'glued', at, at);
      // A straight quote after the stop may close the quote before ("whiskey.'In") or open the next story
      // ("Altrincham.'Enron", "East.\"Both sides").
      if (m[0].endsWith("'") || m[0].endsWith('"')) add(out, text, 'glued', at - 1, at - 1);
    }
  }
  if (MAY_GLUE_AFTER_BRACKET.test(line)) for (const m of line.matchAll(GLUED_AFTER_BRACKET)) {
    if (m[0] === '»' && opensQuote(line, m.index)) continue;
    const at = from + m.index + m[0].length;
    add(out, text, 'glued', at, at);
  }
  if (line.includes('…') || line.includes('...')) for (const m of line.matchAll(GLUED_AFTER_ELLIPSIS)) {
    const at = from + m.index + m[0].length;
    add(out, text, 'glued', at, at);
  }
  if (line.includes('[+')) for (const m of line.matchAll(AFTER_TRUNCATION_MARK)) {
    const at = from + m.index + m[0].length;
    add(out, text, m[1] ? 'cap' : 'glued', at - m[1].length, at);
  }
  if (mayOpenGlued(line)) for (const m of line.matchAll(GLUED_BEFORE_OPENER)) {
    add(out, text, WORD_BEFORE_MARK.test(line[m.index - 1]) ? 'gluedWord' : 'glued', from + m.index, from + m.index);
  }
  if (MAY_GLUE_AFTER_COMMA.test(line)) for (const m of line.matchAll(GLUED_AFTER_COMMA)) {
    const at = from + m.index + m[0].length;
    add(out, text, 'gluedWord', at, at);
  }
}

function scanLineChars(text: string, from: number, to: number, stopwords: ReadonlySet<string>, out: Candidate[]): void {
  const flat = hasWords(text, from, to, CAP_LINE_MIN_WORDS);
  // One pass over the line by character class (the regexes this replaces cost a match object each). The class
  // of each character is read once for the pass: `next`, the class after `i`, becomes `c` for the next step.
  // `wordStart` is where the word holding `i` starts, so a long glued run costs no walk back per join.
  let c = from < to ? charClass(text, from) : 0;
  let wordStart = from;
  for (let i = from; i < to; i++) {
    let next = i + 1 < to ? charClass(text, i + 1) : 0;
    // Inside a run of small letters none of the joins below can start: the common case, passed in one test.
    if (c & next & LOWER) { c = next; continue; }
    if (!(c & WORD_CHAR)) wordStart = i + 1;
    if (c & LOWER) lowerJoins(text, i, next, wordStart, from, to, stopwords, out);
    // The joins before a capital, and a capital after white space, in functions of their own (see lowerJoins).
    if (next & UPPER) upperJoins(text, i, c, next, wordStart, to, out);
    if (flat && next & SPACE) {
      const j = capAfter(text, i, c, to, stopwords, out);
      if (j >= 0) {
        i = j - 1;
        next = j < to ? charClass(text, j) : 0;
        wordStart = j;
      }
    }
    c = next;
  }
}

// The joins below are rare: functions of their own, so that the first text to show one sends only a small function back
// to the compiler, not the whole pass.

/** The joins after a lower-case letter at `i` ("evenKemal", "Liles“I have", "tell us10 things"), pushed to `out`. */
function lowerJoins(text: string, i: number, next: number, wordStart: number, from: number, to: number, stopwords: ReadonlySet<string>, out: Candidate[]): void {
  // "evenKemal", "HeGame", "aUK", and "moreMCILROY WINS:" (a kicker glued on).
  if (next & UPPER && gluedAfter(text, i + 1, to, stopwords)) {
    const length = i + 1 - wordStart;
    // "it’sJames", "I'mBRISBANE": the tail of a contraction is no name prefix.
    const contraction = wordStart > from && (text[wordStart - 1] === "'" || text[wordStart - 1] === '’');
    const name = contraction ? false : length < 2
      ? !stopwords.has(text[i]) || text[i] === BRAND_LETTER
      // "EVsCraig", "TVsThe": a plural acronym is no name prefix (McIlroy's has one capital). Every short capitalised
      // word was tried as a candidate too ("Jen|Looks like"): 1 in 1,200 starts a story (train), beside "TikTok",
      // "GeForce", "WalMart".
      : charClass(text, wordStart) & UPPER && !(charClass(text, wordStart + 1) & UPPER) && length <= NAME_PREFIX_MAX && !isCapitalisedFunctionWord(text.slice(wordStart, i + 1), stopwords);
    if (!name) add(out, text, 'gluedWord', i + 1, i + 1);
  }
  // (-1 past the text's end, no quote: a code read past it sends the function back to the compiler.)
  const quote = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
  // "Liles“I have been", "hem de\"Pos", "analisadas'Palocci": an opening quote between them.
  if ((isOpeningQuote(quote) || quote === 0x27) && i + 3 < to && charClass(text, i + 2) & UPPER && charClass(text, i + 3) & (LOWER | SPACE)
    && (quote !== 0x27 || !isElision(text, wordStart, i))) {
    add(out, text, 'gluedWord', i + 1, i + 1);
    // ...or a quote that closed the story before: "ragazzi cadere\"Stava scattando".
    if (charClass(text, i + 3) & LOWER) add(out, text, 'gluedWord', i + 2, i + 2);
  } else if (isClosingQuote(quote) && i + 3 < to && charClass(text, i + 2) & UPPER && charClass(text, i + 3) & LOWER) add(out, text, 'gluedWord', i + 2, i + 2);
  // "tell us10 things to know", "é o57 foragidos", "It's12 Must-Have": a number that opens a list headline, glued
  // on (after a word of two letters or more, a one-letter function word or a contraction's tail; not "v8").
  if (next & DIGIT && (i > wordStart || stopwords.has(text[i]) || text[i - 1] === "'" || text[i - 1] === '’') && numberThenWord(text, i + 1, to)) add(out, text, 'gluedWord', i + 1, i + 1);
}

/** The joins before a capital at `i + 1` ("MSNBCLibtard", "IDid", "22Deutsche"), pushed to `out`. */
function upperJoins(text: string, i: number, c: number, next: number, wordStart: number, to: number, out: Candidate[]): void {
  // "…MSNBCLibtard Democrat", "5:55 P.M. EDTThe Democrat": an acronym glued to a capitalised word.
  if (c & UPPER && next & UPPER && i > wordStart && charClass(text, i - 1) & UPPER && charClass(text, i + 2) & LOWER && charClass(text, i + 3) & LOWER) add(out, text, 'gluedWord', i + 1, i + 1);
  // "Where IDid you know", "Maybe ILamar Odom": the pronoun I ends a cut story.
  if (text.charCodeAt(i) === 0x49 /* I */ && wordStart === i && next & UPPER && charClass(text, i + 2) & LOWER) add(out, text, 'gluedWord', i + 1, i + 1);
  // "Of the 22Deutsche Boerse", "by 1.3%French president": a number glued to the next story's first word.
  if (next & UPPER && (c & DIGIT || text.charCodeAt(i) === 0x25 /* % */) && wordAfterNumber(text, i + 1, to)) add(out, text, 'gluedWord', i + 1, i + 1);
}

/**
 * A capital after a lower-case word, a digit, an acronym ("The US Vickery") or , ; % : ) and a closing quote, then the
 * white space after `i`: in a long line, maybe a new story, pushed as a 'cap' candidate. Returns where the white space
 * ends, or -1 when the character at `i` (class `c`) can't come before one.
 * After an abbreviation ("on Feb. |Former president", "Mr. |Comedian") a sentence end was not taken: a cap then.
 * Symbols and pictographs end link texts and list items ("View your reports here → |Did you know").
 */
function capAfter(text: string, i: number, c: number, to: number, stopwords: ReadonlySet<string>, out: Candidate[]): number {
  if (!(c & (LOWER | DIGIT) || CAP_PRECEDERS.has(text[i]) || (c & UPPER && isAcronymEnd(text, i, stopwords))
    || (text.charCodeAt(i) === 0x2e /* . */ && endsOnAbbreviation(text, i)) || (!(c & WORD_CHAR) && symbolAt(text, i)))) return -1;
  let j = i + 1;
  while (j < to && charClass(text, j) & SPACE) j++;
  let k = j;
  while (k < to && k - j < CAP_OPENERS_MAX && CAP_OPENERS.has(text[k])) k++;
  // A number before a capital opens a list headline ("8 Private Cloud Providers"). Any number before a word was
  // tried ("1 day ago KABUL"): 1 in 2,700 starts a story (train).
  if (k < to && (charClass(text, k) & UPPER || numberThenCapital(text, k, to)) && !sentenceEndBefore(text, i)) add(out, text, 'cap', i + 1, j);
  return j;
}

/** `stopwords`: the text's function words, which tell a cut ("theyThe", "HeGame") from a name ("McIlroy"); `lang`: its
 * language, whose titles end no sentence. */
export function findCandidates(text: string, stopwords: ReadonlySet<string> = new Set(), lang?: string): Candidate[] {
  const out: Candidate[] = [];
  const titles = titlesOf(lang);
  let lineStart = 0;
  // The matches of LINE_BREAK (above), found from each line feed by char code (the regex, with its lookbehind, was tried at
  // every position of the text): the spaces before it back to the last non-space, all white space after it.
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', lineStart)) {
    let from = nl;
    while (from > lineStart && text.charCodeAt(from - 1) !== 10 && isSpaceCode(text.charCodeAt(from - 1))) from--;
    let to = nl + 1, breaks = 1;
    for (let c = text.charCodeAt(to); to < text.length && isSpaceCode(c); c = text.charCodeAt(++to)) if (c === 10) breaks++;
    scanLine(text, lineStart, from, stopwords, titles, out);
    add(out, text, breaks >= 2 ? 'blank' : 'line', from, to);
    lineStart = to;
  }
  scanLine(text, lineStart, text.length, stopwords, titles, out);
  out.sort((a, b) => a.start - b.start);
  return out.filter((c, i) => i === 0 || c.start !== out[i - 1].start);
}
