// Does a story start inside a sentence? The signs a reader can see, each as a reason code with its parameters
// (flag-wording.ts words them). How a text ends is read in text/ending.ts.
import { allLangData, langData, type LangData } from '../text/lang/anatomy/index';
import { abbreviationKind, splitSentences } from '../text/sentences';
import { endCut, type EndCut } from '../text/ending';
import { wordFlag } from './flag-wording';
import { bareWord as bare } from '../text/words';
import { lowerCase } from '../text/chars';

export { endCut, unclosedInLastSentence } from '../text/ending';

/** The first word is read from this many characters: no word is longer. */
const FIRST_WORD_CHARS = 200;

/** A first sentence this short, with a word in small letters ("Festival on Saturday."), is the tail of an earlier one.
 * One or two capitalised words ("Berlin.") are a dateline, not a fragment. */
const MAX_FRAGMENT_WORDS = 3;
/** A lone number ("1.") opens a numbered section; a fragment has a word beside it ("Euro 2004."). */
const MIN_FRAGMENT_WORDS = 2;
/** "books'said": a quotation glued to words in small letters, where a headline ran into a cut body. */
// A single mark inside a word is mostly an apostrophe: a contraction ("They’re", "o'clock") or an Italian or French
// elision ("dell’immunologo", "l’ipotesi"), so it needs three letters before it that end no elision, and no contraction after.
const GLUED_QUOTE = /\s['‘][^'’"”\n]{1,80}?(\p{L}{2}(?<!ll)['’](?!(?:re|ve|ll|clock)\b)\p{Ll}{2,})|\s["“][^"”\n]{1,80}?(\p{L}["”]\p{Ll}{2,})|\s[„«][^“”»\n]{1,80}?(\p{L}[“”»]\p{Ll}{2,})/u;
/** "Kuznetsova at the Dubai Championships on Tuesday.": a first sentence of names and function words only has no verb;
 * it is the tail of a sentence that began before the story. Longer ones are lists or headings, not tails. */
const MAX_VERBLESS_WORDS = 12;

/** The name of a byline: one to three capitalised words, then a separator or the end ("Jane Doe | Feb 11", "Jane Doe,"). */
const BYLINE_NAME = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}[ \t]*(?:[|,\n–—]|$)/u;
/** "6, projeto que…", "9h, a Globo…": a day or an hour and a comma, then small letters: the tail of a date. (A year
 * opens sentences: "2018, ano eleitoral, começa …".) */
const NUMBER_TAIL = /^\d{1,2}\p{L}{0,2},\s+\p{Ll}+/u;
/** A web address as a word: "https://…", "www.…", "washingtonpost.com", "p2pnet.net". */
const WEB_ADDRESS = /^(?:https?:\/\/|www\.)|^[\p{Ll}\p{N}-]+(?:\.\p{Ll}{2,})+(?:[/:]|$)/u;

/** "Home Secretary Charles Clarke has said." as a first sentence reports words that came before the story. */
const MAX_REPORTED_WORDS = 8;
/** Characters read for the early-quote signs: more than 30 words of news text. */
const QUOTE_SCAN_CHARS = 400;
/** A closing quote this early in the story closes a quotation that began before it. */
const QUOTE_SCAN_WORDS = 30;

/** Function words that are verbs, of every language (lang/anatomy/*.json "auxiliaries"): a hint in one language may
 * be wrong, and "Smith is out." reads whole in any of them. */
const isAuxiliary = (w: string): boolean => allLangData().auxiliaries.has(w);

/** A stable reason code and the words that fill its message ($1, $2 …); `family` names the shape that found it when
 * the code alone does not (the start model weighs shapes apart). */
export type CutReason = EndCut & { family?: string };

const cutReason = (code: string, params: string[]): CutReason => ({ code, params });

/** Why the text ends inside a sentence, in words, or null when it ends on a finished sentence. */
export function endsMidSentence(text: string, lang?: string): string | null {
  const r = endCut(text, lang);
  return r && wordFlag(r.code, r.params);
}

/** The first quote mark is a closing one: attached to the word before it, with a space or punctuation after. */
function startsInsideQuote(text: string): boolean {
  const m = /["“”„«»]/.exec(text.slice(0, QUOTE_SCAN_CHARS).split(/\s+/, QUOTE_SCAN_WORDS).join(' '));
  if (!m || m.index === 0 || /[„«»]/.test(m[0])) return false;
  const before = text[m.index - 1];
  const after = text[m.index + 1];
  return /[\p{L}\p{N}.,!?…]/u.test(before) && (after === undefined || /[\s,.;:]/.test(after));
}

/**
 * The start of the text lower-cased, long enough to compare with any of `prefixes` and a space: what the text lower-cased
 * whole starts with (lower-casing works a character at a time and never shortens one), without lower-casing a whole
 * story. A capital sigma lower-cases by what follows it (σ or final ς): with one in the head, the whole text is read.
 */
function lowerHead(t: string, prefixes: readonly string[]): string {
  let longest = 0;
  for (const p of prefixes) longest = Math.max(longest, p.length);
  const head = t.slice(0, longest + 2);
  return head.includes('Σ') ? lowerCase(t) : lowerCase(head);
}

/** Why the text begins inside a sentence, in words, or null. */
export function startsMidSentence(text: string, lang?: string): string | null {
  const r = startCut(text, lang);
  return r && wordFlag(r.code, r.params);
}

/** startsMidSentence as a reason code and its parameters. */
export function startCut(text: string, lang?: string): CutReason | null {
  const d = langData(lang);
  const t = text.trimStart();
  if (!t) return null;
  // "…the minister said" starts inside a sentence; "…Shares in" is the last story's ellipsis glued on, or an omission
  // before a whole sentence: the capital after it starts one (the other signs below still apply).
  const dots = /^(?:…|\.\s?\.\s?\.)\s?/.exec(t);
  if (dots && !/^["“„«]?\p{Lu}(?:\p{Ll}|\s)/u.test(t.slice(dots[0].length))) return cutReason('start_ellipsis', []);
  const first = t.slice(0, FIRST_WORD_CHARS).split(/\s+/, 1)[0];
  const word = bare(first);
  // "washingtonpost.com - …", "https://…": a source named by its address opens the text, in small letters.
  if (WEB_ADDRESS.test(first)) return null;
  // "by Jane Doe | Feb 11": a byline under the headline, not a sentence cut at its start.
  // (The text is lower-cased once, when there is a prefix to try, not once a prefix: a long story has many characters
  // and an unknown language some forty prefixes.)
  let lower: string | undefined;
  if (d.bylinePrefixes.some((p) => (lower ??= lowerHead(t, d.bylinePrefixes)).startsWith(`${p} `) && BYLINE_NAME.test(t.slice(p.length + 1)))) return null;
  const num = NUMBER_TAIL.exec(t);
  if (num) return { code: 'start_fragment', params: [num[0].split(/\s/)[0]], family: 'number_tail' };
  // "eBay", "iPhone": a small letter before a capital is a brand, not a cut.
  if (/^\p{Ll}/u.test(t) && !/^\p{Ll}+\p{Lu}/u.test(first)) {
    return d.continuations.has(word)
      ? cutReason('start_continuer', [first])
      : cutReason('start_small_letter', [first]);
  }
  if (/^\p{Lu}/u.test(t) && d.capitalContinuations.has(word) && /^\S+\s+\p{Ll}/u.test(t)) {
    return cutReason('start_continuer', [first]);
  }
  const sentences = splitSentences(t.slice(0, 600), { lang, max: 2 });
  const s1 = sentences[0] ? t.slice(sentences[0].start, sentences[0].end) : t;
  if (startsInsideQuote(s1)) return cutReason('start_inside_quote', []);
  const glued = GLUED_QUOTE.exec(t.slice(0, QUOTE_SCAN_CHARS).split(/\s+/, QUOTE_SCAN_WORDS).join(' '));
  if (glued) return cutReason('start_glued_quote', [glued[1] ?? glued[2] ?? glued[3]]);
  // The first sentence's words, split once for the signs below.
  const s1Toks = s1.split(/\s+/);
  const s1Words = s1Toks.length;
  const s1Last = bare(s1Toks[s1Toks.length - 1] ?? '');
  // A first sentence on a line of its own is a heading, a caption or a dateline, not the tail of an earlier sentence.
  if (sentences.length > 1 && /^[ \t]*\n/.test(t.slice(sentences[0].end))) return null;
  if (sentences.length > 1 && s1Words <= MAX_REPORTED_WORDS && s1.endsWith('.') && d.continuations.has(s1Last) && !/["“”„«»]/.test(s1)) {
    return cutReason('start_quote_end', [s1]);
  }
  // A word in small letters or a number ("Festival on Saturday.", "Euro 2004.") rules out a dateline such as "Berlin.".
  const hasSmallWord = s1Toks.some((w) => /^[\p{Ll}\p{N}]/u.test(w));
  const endsOnStop = /[\p{L}\p{N}]\.$/u.test(s1) && !abbreviationKind(bare(s1Toks[s1Toks.length - 1]), d);
  if (sentences.length > 1 && s1Words >= MIN_FRAGMENT_WORDS && s1Words <= MAX_FRAGMENT_WORDS && hasSmallWord && endsOnStop) {
    return cutReason('start_fragment', [s1]);
  }
  // "Stone, has been nominated": a name split from its verb by a comma is the end of a longer subject ("Joss Stone, …").
  if (s1Toks.length > 2 && /^\p{Lu}\p{Ll}+,$/u.test(s1Toks[0]) && isAuxiliary(s1Toks[1]) && !d.starters.has(bare(s1Toks[0])) && !d.capitalContinuations.has(bare(s1Toks[0]))) {
    return cutReason('start_split_subject', [`${s1Toks[0]} ${s1Toks[1]}`]);
  }
  if (sentences.length > 1 && endsOnStop && isTailFragment(s1Toks, d)) {
    return cutReason('start_verbless', [s1]);
  }
  return null;
}

/** A first line this short that ends a sentence may be a headline ("Mel B clarifies rehab reports: '…'"). */
const MAX_FIRST_LINE_WORDS = 25;

/** "A headline, finished.\nto be an exclusive …": the line under a short finished first line goes on in small letters
 * (for a story where no headline was found; under a headline, startCut reads the body itself). */
export function underFirstLine(text: string): CutReason | null {
  const t = text.trimStart();
  const nl = t.indexOf('\n');
  if (nl < 0) return null;
  const line = t.slice(0, nl).trim();
  const rest = t.slice(nl).trimStart();
  if (!/^\p{Ll}/u.test(rest) || !/[.!?]["'”’»]?$/u.test(line) || line.split(/\s+/, MAX_FIRST_LINE_WORDS + 1).length > MAX_FIRST_LINE_WORDS) return null;
  const first = rest.slice(0, FIRST_WORD_CHARS).split(/\s+/, 1)[0];
  return WEB_ADDRESS.test(first) ? null : { code: 'start_small_letter_body', params: [first], family: 'under_first_line' };
}

/**
 * A first sentence that can only be the tail of an earlier one: names and function words with no verb
 * ("Kuznetsova at the Dubai Championships on Tuesday.").
 * The first word is no sentence starter ("The", "It"), and no word is a bare number (scores and dates are headlines).
 */
function isTailFragment(toks: string[], d: LangData): boolean {
  if (!toks.length || toks.length > MAX_VERBLESS_WORDS) return false;
  const first = bare(toks[0]);
  if (!/^\p{Lu}/u.test(toks[0]) || d.starters.has(first) || d.capitalContinuations.has(first)) return false;
  let small = 0;
  let caps = 0;
  for (const w of toks) {
    const b = bare(w);
    // A number on its own ("2-1", "2004") makes a score or a date: a headline, not a tail. "Maroon5" is a name.
    if (!b || !/\p{L}/u.test(b)) return false;
    if (/^[^\p{L}]*\p{Lu}/u.test(w)) { caps++; continue; }
    // A small word that is no function word ("won", "left", "match") may be a verb or a noun: a real sentence.
    if (!d.dangling.has(b) || isAuxiliary(b)) return false;
    small++;
  }
  // Names alone ("Berlin.", "Hamburg.") are datelines, not tails.
  return small > 0 && caps >= 2;
}