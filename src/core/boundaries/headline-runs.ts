// Headlines inside a line. Glued text has no lines, but a headline still shows as a short unpunctuated run between two
// glued joins ("…Film FestivalKluft impressed by Sotherton formOlympic heptathlon…"): the story starts before it.
// (The same run in flat text, after a sentence end and before "The", was tried: devwide single/flat 0.123 -> 0.135.)
import type { Candidate } from './candidates';
import { isHeadlineLike, opensLowerCase } from './cues';
import { gluedJoinIndices } from './layout-cues';

/**
 * Headline runs as two columns: `next` at the candidate before a run (a story starts there), `prev` at the one after
 * it (the headline belongs to the text below). A run must share a content word with the text below it.
 */
export function headlineRuns(text: string, cands: readonly Candidate[], sharesWordsBelow: (from: number, to: number) => boolean): { next: Uint8Array; prev: Uint8Array } {
  const next = new Uint8Array(cands.length), prev = new Uint8Array(cands.length);
  const mark = (a: number, b: number) => { next[a] = 1; prev[b] = 1; };
  const glued = gluedJoinIndices(cands);
  for (let g = 0; g + 1 < glued.length; g++) {
    const a = glued[g], b = glued[g + 1];
    const run = text.slice(cands[a].start, cands[b].prevEnd);
    if (run.includes('\n') || !isHeadlineLike(run) || opensLowerCase(text.slice(cands[b].start, cands[b].start + 2))) continue;
    if (sharesWordsBelow(cands[a].start, cands[b].prevEnd)) mark(a, b);
  }
  return { next, prev };
}
