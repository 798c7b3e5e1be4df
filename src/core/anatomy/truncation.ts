// Is a story whole? Signs that it ends or starts inside a sentence, each with a reason a reader can see.
import { allLangData, langData, type LangData } from '../text/lang/anatomy/index';
import { abbreviationKind, splitSentences } from '../text/sentences';

/** Closing quotes and brackets stripped before the last real character is read. */
const TRAILING_CLOSERS = /[\s"'”’“‘»›)\]]+$/u;
/** Marks some publishers put at the very end of a whole story. */
const END_MARKS = /[\s♦■□▪●◆★✦|]+$/u;
/** A sign-off in brackets after the last sentence ("(Reporting by …)", "(dpa)") is read past; longer brackets are text. */
const MAX_SIGNOFF_CHARS = 200;
/** A first sentence this short, with a word in small letters ("Festival on Saturday."), is the tail of an earlier one.
 * One or two capitalised words ("Berlin.") are a dateline, not a fragment. */
const MAX_FRAGMENT_WORDS = 3;
/** "books'said": a quotation glued to words in small letters, where a headline ran into a cut body. */
const GLUED_QUOTE = /\s['‘"“][^'’"”\n]{1,80}?(\p{L}['’"”]\p{Ll}{2,})|\s[„«][^“”»\n]{1,80}?(\p{L}[“”»]\p{Ll}{2,})/u;
/** "Kuznetsova at the Dubai Championships on Tuesday.": a first sentence of names and function words only has no verb;
 * it is the tail of a sentence that began before the story. Longer ones are lists or headings, not tails. */
const MAX_VERBLESS_WORDS = 12;

/** "Home Secretary Charles Clarke has said." as a first sentence reports words that came before the story. */
const MAX_REPORTED_WORDS = 8;
/** Characters read for the early-quote signs: more than 30 words of news text. */
const QUOTE_SCAN_CHARS = 400;
/** A closing quote this early in the story closes a quotation that began before it. */
const QUOTE_SCAN_WORDS = 30;
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

const quote = (s: string) => `“${s}”`;

/** A "word" longer than this (CJK text has no spaces) is shown by its end only. */
const MAX_SHOWN_CHARS = 24;

function lastWords(text: string, n: number): string[] {
  return text.slice(-TAIL_WINDOW).trim().split(/\s+/).slice(-n).map((w) => (w.length > MAX_SHOWN_CHARS ? `…${w.slice(-MAX_SHOWN_CHARS / 2)}` : w));
}

const bare = (w: string) => w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** Author initials after a slash, as regional papers sign off: "… fünf Festnahmen. / ab", "… el lunes. /dpa". */
const SLASH_SIGNOFF = /(?<=[.!?]["”’»“]?)\s+\/\s?(?:\p{Ll}{1,4}|\p{Lu}{1,4})$/u;

/** Drops a sign-off that follows a finished sentence: "… he said. (Reporting by Jane Doe)", "… Festnahmen. / ab". */
function dropSignoff(t: string, d: LangData): string {
  let s = t.replace(SLASH_SIGNOFF, '');
  if (s.endsWith(')')) {
    const open = s.lastIndexOf('(');
    if (open >= 0 && s.length - open <= MAX_SIGNOFF_CHARS && /[.!?]["”’»]?\s*$/.test(s.slice(0, open))) s = s.slice(0, open).trimEnd();
  }
  const nl = s.lastIndexOf('\n');
  if (nl >= 0) {
    const lastLine = s.slice(nl + 1).trim().toLowerCase();
    if (d.signoffs.some((p) => lastLine.startsWith(p))) s = s.slice(0, nl).trimEnd();
  }
  return s;
}

/** Function words that are verbs, of every language (lang/anatomy/*.json "auxiliaries"): a hint in one language may
 * be wrong, and "Smith is out." reads whole in any of them. */
const isAuxiliary = (w: string): boolean => allLangData().auxiliaries.has(w);

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

/** A reason in plain English, with a stable code and the words that fill its message ($1, $2 …) for translation. */
export interface CutReason {
  code: string;
  params: string[];
  text: string;
}

const cutReason = (code: string, params: string[], text: string): CutReason => ({ code, params, text });

/** Why the text ends inside a sentence, or null when it ends on a finished sentence. */
export function endsMidSentence(text: string, lang?: string): string | null {
  return endCut(text, lang)?.text ?? null;
}

/** endsMidSentence with its reason code and parameters. */
export function endCut(text: string, lang?: string): CutReason | null {
  const d = langData(lang);
  // Only the end is read: every sign (marks, sign-off, last word, last sentence) lies in the last few hundred characters.
  const tail = text.trimEnd();
  let t = stripEnd(tail.length > END_WINDOW ? tail.slice(-END_WINDOW) : tail, END_MARKS);
  if (!t.trim()) return null;
  if (/(\.\s?){3,}$|…$/.test(t.slice(-TAIL_WINDOW))) return cutReason('end_ellipsis', [], `ends with ${quote('…')}: the page cut the text short`);
  t = dropSignoff(t, d);
  const core = stripEnd(t, TRAILING_CLOSERS);
  const last = core.slice(-1);
  if (!last) return null;
  if (/[.!?。！？．؟۔।॥]/.test(last)) {
    const word = core.slice(lastWordStart(core), -1);
    const kind = last === '.' ? abbreviationKind(word.replace(/^[^\p{L}]+/u, ''), d) : null;
    if (kind === 'title' || (kind === 'numeric' && !/^\p{L}$/u.test(word))) return cutReason('end_abbreviation', [`${word}.`], `ends on ${quote(`${word}.`)}, which needs more words after it`);
    const tailText = t.slice(-LAST_SENTENCE_WINDOW);
    const ss = splitSentences(tailText, { lang });
    const lastS = ss[ss.length - 1];
    const open = lastS ? unclosedInLastSentence(tailText.slice(lastS.start, lastS.end)) : null;
    if (open) return open === '(' ? cutReason('end_open_bracket', [], 'a bracket opened in the last sentence is never closed') : cutReason('end_open_quote', [open], `a quotation opened with ${open} in the last sentence is never closed`);
    return null;
  }
  if (last === ',') {
    const after = lastWords(core, REASON_WORDS).join(' ');
    return cutReason('end_comma', [after], `ends on a comma, after ${quote(after)}`);
  }
  if (last === ':' || last === ';') return cutReason('end_colon', [last], `ends on ${quote(last)}, with the rest missing`);
  if (/[-–—]/.test(last)) return cutReason('end_dash', [], 'ends on a dash, with the rest missing');
  const words = lastWords(t, REASON_WORDS);
  const lastWord = words[words.length - 1] ?? '';
  // "or even", "at the", "the Japanese": a function word is shown with its neighbour, so the reader sees the break.
  const shown = words.length > 1 && (d.dangling.has(bare(lastWord)) || d.dangling.has(bare(words[0]))) ? words.join(' ') : lastWord;
  return cutReason('end_no_stop', [shown], `ends on ${quote(shown)} with no full stop`);
}

/** The first quote mark is a closing one: attached to the word before it, with a space or punctuation after. */
function startsInsideQuote(text: string): boolean {
  const m = /["“”„«»]/.exec(text.slice(0, QUOTE_SCAN_CHARS).split(/\s+/, QUOTE_SCAN_WORDS).join(' '));
  if (!m || m.index === 0 || /[„«»]/.test(m[0])) return false;
  const before = text[m.index - 1];
  const after = text[m.index + 1];
  return /[\p{L}\p{N}.,!?…]/u.test(before) && (after === undefined || /[\s,.;:]/.test(after));
}

/** Why the text begins inside a sentence, or null. `what` names the text in the reason ("the story", "the text under the headline"). */
export function startsMidSentence(text: string, lang?: string, what = 'the story'): string | null {
  return startCut(text, lang, what)?.text ?? null;
}

/** startsMidSentence with its reason code and parameters (the parameters leave out `what`). */
export function startCut(text: string, lang?: string, what = 'the story'): CutReason | null {
  const d = langData(lang);
  const t = text.trimStart();
  if (!t) return null;
  // "…the minister said" starts inside a sentence; "…Shares in" is the last story's ellipsis glued on, or an omission
  // before a whole sentence: the capital after it starts one (the other signs below still apply).
  const dots = /^(?:…|\.\s?\.\s?\.)\s?/.exec(t);
  if (dots && !/^["“„«]?\p{Lu}(?:\p{Ll}|\s)/u.test(t.slice(dots[0].length))) return cutReason('start_ellipsis', [], `${what} starts with ${quote('…')}, inside a sentence`);
  const first = t.slice(0, TAIL_WINDOW).split(/\s+/, 1)[0];
  const word = bare(first);
  // "eBay", "iPhone": a small letter before a capital is a brand, not a cut.
  if (/^\p{Ll}/u.test(t) && !/^\p{Ll}+\p{Lu}/u.test(first)) {
    return d.continuations.has(word)
      ? cutReason('start_continuer', [first], `${what} starts with ${quote(first)}, which continues an earlier sentence`)
      : cutReason('start_small_letter', [first], `${what} starts with a small letter, ${quote(first)}, so it begins inside a sentence`);
  }
  if (/^\p{Lu}/u.test(t) && d.capitalContinuations.has(word) && /^\S+\s+\p{Ll}/u.test(t)) {
    return cutReason('start_continuer', [first], `${what} starts with ${quote(first)}, which continues an earlier sentence`);
  }
  const sentences = splitSentences(t.slice(0, 600), { lang, max: 2 });
  const s1 = sentences[0] ? t.slice(sentences[0].start, sentences[0].end) : t;
  if (startsInsideQuote(s1)) return cutReason('start_inside_quote', [], `${what} starts inside a quotation: a closing quote mark comes before any opening one`);
  const glued = GLUED_QUOTE.exec(t.slice(0, QUOTE_SCAN_CHARS).split(/\s+/, QUOTE_SCAN_WORDS).join(' '));
  if (glued) return cutReason('start_glued_quote', [glued[1] ?? glued[2]], `${what} runs from a quotation straight into small letters (${quote(glued[1] ?? glued[2])}), so it begins inside a sentence`);
  const s1Words = s1.split(/\s+/).length;
  const s1Last = bare(s1.split(/\s+/).pop() ?? '');
  if (sentences.length > 1 && s1Words <= MAX_REPORTED_WORDS && s1.endsWith('.') && d.continuations.has(s1Last) && !/["“”„«»]/.test(s1)) {
    return cutReason('start_quote_end', [s1], `${what} starts with ${quote(s1)}, the end of a quotation from before it`);
  }
  // A word in small letters or a number ("Festival on Saturday.", "Euro 2004.") rules out a dateline such as "Berlin.".
  const s1Toks = s1.split(/\s+/);
  const hasSmallWord = s1Toks.some((w) => /^[\p{Ll}\p{N}]/u.test(w));
  const endsOnStop = /[\p{L}\p{N}]\.$/u.test(s1) && !abbreviationKind(bare(s1Toks[s1Toks.length - 1]), d);
  if (sentences.length > 1 && s1Words <= MAX_FRAGMENT_WORDS && hasSmallWord && endsOnStop) {
    return cutReason('start_fragment', [s1], `${what} starts with ${quote(s1)}, the end of a sentence from before it`);
  }
  // "Stone, has been nominated": a name split from its verb by a comma is the end of a longer subject ("Joss Stone, …").
  if (s1Toks.length > 2 && /^\p{Lu}\p{Ll}+,$/u.test(s1Toks[0]) && isAuxiliary(s1Toks[1]) && !d.starters.has(bare(s1Toks[0])) && !d.capitalContinuations.has(bare(s1Toks[0]))) {
    return cutReason('start_split_subject', [`${s1Toks[0]} ${s1Toks[1]}`], `${what} starts with ${quote(`${s1Toks[0]} ${s1Toks[1]}`)}: a verb cut off from the start of its subject`);
  }
  if (sentences.length > 1 && endsOnStop && isTailFragment(s1Toks, d)) {
    return cutReason('start_verbless', [s1], `${what} starts with ${quote(s1)}, which has no verb: the end of a sentence from before it`);
  }
  return null;
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