// A line index over the text: find the line around any offset in O(log lines), even on a huge one-line page.
import { lastAtOrBefore } from './search';
import { singleSpaced } from './spaces';

export interface LineIndex {
  starts: number[];
  ends: number[];
}

export function indexLines(text: string): LineIndex {
  const starts = [0];
  const ends: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    ends.push(i);
    starts.push(i + 1);
  }
  ends.push(text.length);
  return { starts, ends };
}

/** Index of the line holding `offset`. */
export function lineOf(lines: LineIndex, offset: number): number {
  return lastAtOrBefore(lines.starts, offset);
}

/** The trimmed text of the next non-empty line after line `i` (or before it, with step -1); '' at the edge. Up to
 * `maxSkipped` lines that `skip` holds are read past. */
export function neighbourLine(text: string, lines: LineIndex, i: number, step: 1 | -1, skip?: (line: string) => boolean, maxSkipped = 0): string {
  let skipped = 0;
  for (let j = i + step; j >= 0 && j < lines.starts.length; j += step) {
    const t = text.slice(lines.starts[j], lines.ends[j]).trim();
    if (!t) continue;
    if (skip && skipped < maxSkipped && skip(t)) { skipped++; continue; }
    return t;
  }
  return '';
}

/** The last non-empty line of a text, trimmed and its spaces made single, and where it starts; null for a text of one
 * line (a story's own words, never a label under it). */
export function lastLine(text: string): { line: string; at: number } | null {
  const end = text.trimEnd().length;
  const at = text.lastIndexOf('\n', end - 1) + 1;
  if (at <= 0) return null;
  return { line: singleSpaced(text.slice(at, end).trim()), at };
}
