// A line index over the text: find the line around any offset in O(log lines), even on a huge one-line page.

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
  let lo = 0;
  let hi = lines.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The trimmed text of the next non-empty line after line `i` (or before it, with step -1); '' at the edge. */
export function neighbourLine(text: string, lines: LineIndex, i: number, step: 1 | -1): string {
  for (let j = i + step; j >= 0 && j < lines.starts.length; j += step) {
    const t = text.slice(lines.starts[j], lines.ends[j]).trim();
    if (t) return t;
  }
  return '';
}
