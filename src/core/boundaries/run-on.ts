// Whether a text runs its stories on inside its lines, so that its line breaks are no paragraph breaks: an
// aggregator's descriptions joined by spaces, a few of them holding line breaks of their own ("…\r\nI commenti…").
// Such a text is read as flat text. Read off the strongest story end there is, a feed's cut: "vis… [+3600 chars]".
import type { Candidate } from './candidates';
import { endsOnEllipsis, endsWithTruncationMark } from './cues';

/** Characters before a candidate read for a truncation mark (every mark is shorter). */
const MARK_CHARS = 40;

/**
 * Whether more of the text's feed cuts (an ellipsis, then a truncation mark) have the next story after them on the
 * same line than at a line break. In text written in paragraphs a cut story ends its line; where the cuts sit inside
 * lines, the stories are joined by spaces and a line break is only one story's own.
 */
export function runsOnInLines(text: string, cands: readonly Candidate[]): boolean {
  if (!text.includes('\n') || !text.includes('[+')) return false;
  let inLine = 0, atBreak = 0;
  for (const c of cands) {
    if (!feedCut(text, c.prevEnd)) continue;
    if (c.kind === 'line' || c.kind === 'blank') atBreak++;
    else inLine++;
  }
  return inLine > atBreak;
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
