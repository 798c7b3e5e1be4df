// Whether a text runs its stories on inside its lines, so that its line breaks are no paragraph breaks: an
// aggregator's descriptions joined by spaces, a few of them holding line breaks of their own. Such a text is read as
// flat text. Read off the strongest story end there is, a feed's cut: "… [+1840 chars]".
import { breaksLine, type Candidate } from './candidates';
import { endsOnEllipsis, endsWithTruncationMark } from './cues';
import { countWords } from '../text/words';
import { strippedAround } from '../text/stripped';
import { gluedness } from './terms';

/** Characters before a candidate read for a truncation mark (every mark is shorter). */
const MARK_CHARS = 40;

/**
 * Whether more of the text's feed cuts (an ellipsis, then a truncation mark) have the next story after them on the
 * same line than at a line break. In text written in paragraphs a cut story ends its line; where the cuts sit inside
 * lines, the stories are joined by spaces and a line break is only one story's own.
 */
export function runsOnInLines(text: string, cands: readonly Candidate[]): boolean {
  if (!text.includes('\n') || !text.includes('[+')) return false;
  let inLine = 0, atBreak = 0, breaks = 0, strippedBreaks = 0, gluedJoins = 0, spacedEnds = 0;
  for (const c of cands) {
    if (breaksLine(c.kind)) breaks++;
    if (breaksLine(c.kind) && strippedAround(text, c.prevEnd, c.start)) strippedBreaks++;
    if (c.kind === 'glued' || (c.kind === 'gluedWord' && !camelCase(text, c.prevEnd))) gluedJoins++;
    else if (c.kind === 'sentence') spacedEnds++;
    if (!feedCut(text, c.prevEnd)) continue;
    if (breaksLine(c.kind)) atBreak++;
    else if (nextStoryInLine(text, c.start)) inLine++;
    // A short rest of the line ("Read more", "Daily Courier · 2 hours ago") is the cut story's own: it ends at the break.
    else if (!/^\p{Ll}/u.test(text.slice(c.start, c.start + 1))) atBreak++;
    // (A small letter goes on a sentence: a snippet quoted in running text, "… [+1203 chars]" and residents…)
  }
  // A feed's text whose every line break sits in stripped text (text/stripped.ts) has no paragraphs: the breaks are
  // one description's own, kept when its letters went. (Not where its stories are glued: there the lines keep their
  // joins apart, and read as one line they were cut worse: train and devwide 2 of 2 worse, the spaced ones 2 of 2 better.)
  if (breaks > 0 && strippedBreaks === breaks && gluedness(gluedJoins, spacedEnds) < 1) return true;
  // One cut alone says so only in a text of few line breaks: in a text of paragraphs it may be a snippet quoted in one.
  return inLine > atBreak && (inLine >= 2 || breaks <= ONE_CUT_MAX_BREAKS);
}

/** The word ending at `end` opens on a capital: a glued join inside it is a camel-case name ("CoinMarketCap"), as
 * find.ts textGluedness reads it (prevCapWord). */
function camelCase(text: string, end: number): boolean {
  let w = end;
  while (w > 0 && /[\p{L}\p{N}]/u.test(text[w - 1])) w--;
  return /\p{Lu}/u.test(text[w] ?? '');
}

/** Line breaks at most in a text whose one feed cut inside a line makes it run-on. */
const ONE_CUT_MAX_BREAKS = 3;
/** Words the rest of a line holds at least where the next story runs on after a cut: a headline and its summary. */
const NEXT_STORY_MIN_WORDS = 8;
/** Characters read after a cut for the next story's words: NEXT_STORY_MIN_WORDS words fit (a whole line read at each
 * of many cuts in one long line was quadratic). */
const NEXT_STORY_READ_CHARS = 400;
/** The next story runs on after a cut at `start`: a capital opens it, and the line goes on for a story's length. */
function nextStoryInLine(text: string, start: number): boolean {
  if (!/^["“‘'«(]?\p{Lu}/u.test(text.slice(start, start + 2))) return false;
  const rest = text.slice(start, start + NEXT_STORY_READ_CHARS);
  const nl = rest.indexOf('\n');
  return countWords(nl < 0 ? rest : rest.slice(0, nl), NEXT_STORY_MIN_WORDS) >= NEXT_STORY_MIN_WORDS;
}

/** A truncation mark after an ellipsis ends the text at `end`: a feed cut the story there ("… [+1880 chars]"). */
function feedCut(text: string, end: number): boolean {
  const before = text.slice(Math.max(0, end - MARK_CHARS), end);
  if (!endsWithTruncationMark(before)) return false;
  const mark = before.lastIndexOf('[+');
  return mark > 0 && endsOnEllipsis(before, mark);
}

/** The text with its line breaks as spaces: the same length, so every offset stays where it was. */
export function asOneLine(text: string): string {
  return text.replace(/[\r\n]/g, ' ');
}
