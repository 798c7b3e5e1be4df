// The head of a story: kicker, deck, headline, dateline and byline, and the title shown in the list.
import { guessLang, langData, type LangData } from '../text/lang/anatomy/index';
import { abbreviationKind, splitSentences } from '../text/sentences';
import { DATELINE, KICKER, MAX_KICKER_WORDS, kickerAt } from '../text/shapes';
import { bestDeckEnd, deckCandidates } from './deck-end';
import { flatHeadlineScore, type RunInScore } from './flat-headline';
import { lowerCase } from '../text/chars';
import { singleSpaced } from '../text/spaces';

export interface Head {
  kicker: string | null;
  deck: string | null;
  headline: string | null;
  byline: string | null;
  dateline: string | null;
  /** The line that opens clean_text (headline, or kicker and deck as written), or null. */
  titleLine: string | null;
  /** Where the body starts in the text the head was read from. */
  bodyStart: number;
  /** The headline was found run into its body with a space (flat text), so it is a guess the start signs do not build on. */
  runIn?: boolean;
}

/** A headline line is short: longer first lines are body paragraphs. */
const MAX_HEADLINE_WORDS = 25;
/** Longer first lines are never read as a headline (25 words fit in far fewer characters). */
const MAX_HEADLINE_CHARS = 1000;
/** A headline glued to its body is looked for in this many characters of the first line. */
const MAX_GLUED_HEADLINE_CHARS = 250;
/** The title shown in the list is cut at a word near this many characters. */
export const TITLE_MAX_CHARS = 90;
/** The first sentence is looked for in this much text; a longer one is shortened anyway. */
const TITLE_SCAN_CHARS = 600;
/** A byline line is short: "By Jane Doe and John Roe, BBC News". */
const MAX_BYLINE_WORDS = 10;
/** Ten words take far fewer characters; a longer line is not split into words to find out. */
const MAX_BYLINE_CHARS = 300;

const words = (s: string) => s.split(/\s+/).filter(Boolean);
/** A kicker on a line of its own, over the headline: a label that ends on a colon ("Harbour life:"). */
const KICKER_LINE = /^([^\n:]{2,60}):[ \t]*\n\s*/u;
/** A headline under a kicker has words: a date ("Updated:" over "6 December 2026") or a figure has too few. */
const KICKER_HEADLINE_MIN_WORDS = 3;
/** A list's bullet or a quotation under the label: "Key points:" over a point, "The minister said:" over her words. */
const NO_HEADLINE_START = /^[-–—•*·▪►"“„«‘'‚›]/u;

/** A kicker line and the headline under it: [kicker, where the headline starts, where it ends], or null. */
function kickerLineAt(text: string, lead: number, d: LangData, lang: string): [string, number, number] | null {
  const m = KICKER_LINE.exec(text.slice(lead, lead + 200));
  if (!m) return null;
  const label = m[1].trim();
  const labelWords = words(label);
  const lastWord = lowerCase(labelWords[labelWords.length - 1] ?? '');
  // A speaker's colon ("The minister said:") or a phrase running on ("In the words of:") opens what follows.
  if (labelWords.length > MAX_KICKER_WORDS || !/^[\p{Lu}\p{N}'‘"“]/u.test(label) || d.captionWords.includes(lowerCase(label)) || d.continuations.has(lastWord)) return null;
  const from = lead + m[0].length;
  const nl = headlineLine(text.slice(from), lang);
  if (nl <= 0) return null;
  const line = text.slice(from, from + nl);
  if (NO_HEADLINE_START.test(line) || (line.match(/\p{L}{2,}/gu) ?? []).length < KICKER_HEADLINE_MIN_WORDS) return null;
  return [label, from, from + nl];
}

/** The deck and the body's first sentence are looked for in this much of the first line. */
const DECK_SCAN_CHARS = 3000;
const NON_SPACE = /\S/g;
/** Is there anything but whitespace at or after `from`? */
function hasText(text: string, from: number): boolean {
  NON_SPACE.lastIndex = from;
  return NON_SPACE.test(text);
}
/** The first `n` non-empty lines (trimmed), and the last one, without splitting the whole text. */
function edgeLines(text: string, n: number): string[] {
  const out: string[] = [];
  let from = 0;
  while (out.length < n && from < text.length) {
    let nl = text.indexOf('\n', from);
    if (nl < 0) nl = text.length;
    const l = text.slice(from, nl).trim();
    if (l) out.push(l);
    from = nl + 1;
  }
  let end = text.length;
  while (end > 0) {
    const nl = text.lastIndexOf('\n', end - 1);
    const l = text.slice(nl + 1, end).trim();
    if (l) { out.push(l); break; }
    if (nl < 0) break;
    end = nl;
  }
  return out;
}
export const squash = (s: string) => singleSpaced(s).trim();

/** The line ends a sentence: a stop that is no abbreviation's ("… U.S." does not). */
function endsSentence(line: string, d: LangData): boolean {
  if (!/[.!?]["”’»]?$/.test(line)) return false;
  const last = line.slice(line.lastIndexOf(' ') + 1);
  return !(last.endsWith('.') && abbreviationKind(last.slice(0, -1).replace(/^[^\p{L}]+/u, ''), d));
}

/** Where the deck after a kicker ends: the best-scored body start (deck-end.ts), or -1 when the line holds none. */
function deckEnd(text: string, from: number, d: LangData, kicker: string): number {
  const nl = text.indexOf('\n', from);
  const lineEnd = nl < 0 ? text.length : nl;
  const line = text.slice(from, lineEnd);
  // "KICKER: a deck on its own line" (as clean_text writes it): an unfinished line with text below it is the deck, whole,
  // so cleaning twice reads the same head.
  if (nl >= 0 && hasText(text, nl) && !endsSentence(line.trimEnd(), d)) return lineEnd;
  const best = bestDeckEnd(deckCandidates(line.slice(0, DECK_SCAN_CHARS), nl >= 0 && hasText(text, nl), d, kicker));
  return best ? from + best.at : -1;
}

/** A first line that reads as a headline: short, one sentence, no full stop, with text below it. */
function headlineLine(text: string, lang: string): number {
  const nl = text.indexOf('\n');
  if (nl < 0 || nl > MAX_HEADLINE_CHARS || !hasText(text, nl)) return -1;
  const line = text.slice(0, nl).trim();
  const n = words(line).length;
  if (!line || n > MAX_HEADLINE_WORDS || /[.:,;]$/.test(line)) return -1;
  // "… uma liminar para a ação da\nlegalização do aborto.": a line that ends on a function word and goes on in small
  // letters is a sentence wrapped across lines, not a headline.
  const next = /\S/.exec(text.slice(nl));
  if (next && /\p{Ll}/u.test(next[0]) && langData(lang).dangling.has(lowerCase(line.slice(line.lastIndexOf(' ') + 1)))) return -1;
  // One sentence, or several ending without a stop ("Ist die Bratwurst eine Illusion? Das Geschäft mit dem Tod").
  const openEnded = /[\p{L}\p{N}]$/u.test(line.replace(/["'”’“‘»«)\]]+$/u, ''));
  return splitSentences(line, { lang, max: 2 }).length === 1 || openEnded ? nl : -1;
}

/** Where a headline glued to its body ends: "… Eltern bei Aufstellung unerwünschtHamburg. Wie …", "… gewöhnlich sein"Seit den …",
 * "Tories attack burglar 'U-turns'Tory leader …".
 * A word in small letters (three or more) or a closing quote runs straight into a capitalised word; a brand such as
 * "iPhone" or a name such as "McDonald" starts with a capital or has too short a head; "l’Elysée" is an elision, not a quote.
 * Only for languages we know: Zulu and other Bantu languages write class prefixes before a capital ("ngoLwesine").
 * The headline has no full stop in it. The capital comes first, so the look behind runs at capitals only. */
const GLUED_HEADLINE = /\p{Lu}(?<=(?:^|\s)\p{Ll}{3,}\p{Lu}|[\p{L}?!]["'”»]\p{Lu})\p{Ll}/u;
const OPENING_DOUBLE = /(?:^|\s)"/;
const OPENING_SINGLE = /(?:^|\s)'/;
/** A glued headline has at least this many words. */
const MIN_GLUED_HEADLINE_WORDS = 3;

function gluedHeadlineEnd(text: string, lead: number, onLine: boolean): number {
  const nl = text.indexOf('\n', lead);
  const scan = text.slice(lead, Math.min(nl < 0 ? text.length : nl, lead + MAX_GLUED_HEADLINE_CHARS));
  const m = GLUED_HEADLINE.exec(scan);
  if (!m) return -1;
  const head = scan.slice(0, m.index);
  if (onLine && !gluedOnLine(text, scan, m.index)) return -1;
  // A straight quote closes only what it opened in the headline ("Mayor says 'no' …'Plans"); otherwise it opens the body
  // ("… British tennis"Do you …") or is an elision ("dell'Olimpico").
  const mark = head[head.length - 1];
  const opener = mark === '"' ? OPENING_DOUBLE : mark === "'" ? OPENING_SINGLE : null;
  if (opener && !opener.test(head.slice(0, -1))) return -1;
  const n = words(head).length;
  if (n < MIN_GLUED_HEADLINE_WORDS || n > MAX_HEADLINE_WORDS || /[.!?…]["”’»)]?\s/u.test(head)) return -1;
  // The language we were told may be a guess: the text itself must read as a language we know.
  return guessLang(text.slice(lead)) === 'und' ? -1 : lead + m.index;
}

/** On a line of its own a headline is cut at a glue only where the glued word is no name: a heading run into its
 * subheading glues a whole word to it ("… new boats arriveSecond vessel …"), a brand is written so on purpose and
 * comes back in the text ("easyJet", "thyssenKrupp"), and its lower-case part is short ("easy", "my"). */
const GLUE_ON_LINE_MIN_LOWER = 5;
function gluedOnLine(text: string, scan: string, at: number): boolean {
  const from = scan.lastIndexOf(' ', at) + 1;
  if (at - from < GLUE_ON_LINE_MIN_LOWER) return /["'”»]/.test(scan[at - 1]);
  const to = scan.slice(at).search(/\s|$/) + at;
  const word = scan.slice(from, to).replace(/[^\p{L}]+$/u, '');
  return text.indexOf(word) === text.lastIndexOf(word);
}

/** The text a run-in headline is read from: the story's start when it holds no line break (where lines survive, a
 * headline stands on a line of its own), else null. `paragraph`: the story stands on a page whose stories run on in one
 * line each (flat text), so its own line breaks come from its body ("Headline Description⏎Body…", an aggregator's
 * summary): its first line is read, unless it reads as a headline line (in any language: the story's own is not known
 * here, and findHead reads that line first anyway). */
export function runInLine(text: string, lead = text.length - text.trimStart().length, paragraph = false): string | null {
  // A line break with text after it (what /\n\s*\S/ finds in the text from `lead`): no copy of the story to read.
  const nl = text.indexOf('\n', lead);
  if (nl < 0 || !hasText(text, nl)) return text.slice(lead, lead + FLAT_SCAN_CHARS);
  return paragraph && headlineLine(text.slice(lead), 'und') < 0 ? text.slice(lead, Math.min(nl, lead + FLAT_SCAN_CHARS)) : null;
}

/** A run-in headline and the body words read after it fit in this many characters (25 + 40 words of news text). */
const FLAT_SCAN_CHARS = 600;

function flatHeadlineAt(text: string, lead: number, d: LangData, lang: string, floor: number, score?: RunInScore | null, paragraph = false): number {
  const line = runInLine(text, lead, paragraph);
  const p = !line ? null : score !== undefined ? score : flatHeadlineScore(line, d);
  const at = p && p.z > floor ? p.at : -1;
  // Cleaning writes the headline on a line of its own; it must read as a headline line there, so cleaning twice agrees.
  return at > 0 && headlineLine(`${line!.slice(0, at).trim()}\n${line!.slice(at)}`, lang) > 0 ? lead + at : -1;
}

function findByline(text: string, d: LangData): string | null {
  for (const line of edgeLines(text, 2)) {
    if (!line || line.length > MAX_BYLINE_CHARS || words(line).length > MAX_BYLINE_WORDS) continue;
    const low = lowerCase(line);
    for (const p of d.bylinePrefixes) {
      if (low.startsWith(`${p} `) && /^\p{Lu}/u.test(line.slice(p.length + 1)) && !/[.!?]$/.test(line)) return line;
    }
  }
  return null;
}

/** For the engine: a line that reads as a headline (short, no full stop) when text follows it. */
export function looksLikeHeadline(line: string, lang = 'und'): boolean {
  return headlineLine(`${line.trim()}\nx`, lang) > 0;
}

/** Reads the head of a story. `headingEnd` is where a heading block given by the page ends, if one opens the story;
 * `runInFloor` is the score a headline run into its body must beat (flat-headline.ts pageFloor); `runIn`, when given,
 * is flatHeadlineScore of the text's runInLine, already read for the page's vote (it is the costly part). */
export function findHead(text: string, d: LangData, lang: string, headingEnd = -1, runInFloor = 0, runIn?: RunInScore | null, paragraph = false): Head {
  const lead = text.length - text.trimStart().length;
  const head: Head = { kicker: null, deck: null, headline: null, byline: findByline(text, d), dateline: null, titleLine: null, bodyStart: lead };
  const k = KICKER.exec(text.slice(lead));
  const kLine = headingEnd > lead ? null : kickerLineAt(text, lead, d, lang);
  if (headingEnd > lead) {
    head.headline = squash(text.slice(lead, headingEnd));
    head.titleLine = head.headline;
    head.bodyStart = headingEnd;
  } else if (kLine) {
    head.kicker = kLine[0];
    head.headline = squash(text.slice(kLine[1], kLine[2]));
    head.titleLine = squash(text.slice(lead, kLine[2]));
    head.bodyStart = kLine[2];
  } else if (k && kickerAt(text, d)) {
    head.kicker = k[1].trim();
    const from = lead + k[0].length;
    const end = deckEnd(text, from, d, head.kicker);
    if (end > from) {
      head.deck = squash(text.slice(from, end));
      head.titleLine = squash(text.slice(lead, end));
      head.bodyStart = end;
    }
  } else {
    const nl = headlineLine(text.slice(lead), lang);
    // Looked for in a headline line too: textContent joins a heading and the subheading under it ("… as new boats
    // arriveSecond vessel joins the fleet"), and the headline ends at the glue.
    const glued = d.code === 'und' ? -1 : gluedHeadlineEnd(text, lead, nl > 0);
    const flat = nl > 0 || glued > 0 || d.code === 'und' ? -1 : flatHeadlineAt(text, lead, d, lang, runInFloor, runIn, paragraph);
    const end = glued > 0 ? glued : nl > 0 ? lead + nl : flat;
    if (end > lead) {
      head.headline = squash(text.slice(lead, end));
      head.titleLine = head.headline;
      head.bodyStart = end;
      if (nl <= 0 && glued <= 0) head.runIn = true;
    }
  }
  const body = text.slice(head.bodyStart).trimStart();
  const dl = DATELINE.exec(body);
  if (dl) head.dateline = squash(dl[1]);
  return head;
}

/** Shortens at a word boundary, with "…" when something was cut. */
export function shorten(s: string, max = TITLE_MAX_CHARS): string {
  const t = squash(s);
  if (t.length <= max) return t;
  const cut = t.lastIndexOf(' ', max);
  return `${t.slice(0, cut > 0 ? cut : max).replace(/[\s,;:–—-]+$/u, '')}…`;
}

/** The best short name for a story: headline, else kicker and deck, else the first sentence. */
export function makeTitle(head: Head, body: string, lang: string): string {
  if (head.headline) return shorten(head.headline);
  let b = body.trim();
  // "LONDON (Reuters) - Shares rose…": the title starts after the dateline.
  const dl = head.dateline ? DATELINE.exec(b) : null;
  if (dl && b.length > dl[0].length) b = b.slice(dl[0].length);
  const s = splitSentences(b.slice(0, TITLE_SCAN_CHARS), { lang, max: 1 })[0];
  const first = s ? b.slice(s.start, s.end) : b;
  if (head.kicker && head.deck) return shorten(`${head.kicker}: ${head.deck}`);
  // A kicker with no deck stays in the body, so its first sentence already starts with it.
  return shorten(first);
}
