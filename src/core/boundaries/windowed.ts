// Long texts are read in windows so that time stays linear and working memory bounded however long the text is.
// Each window ends at a line break (or a space); its last story is read again at the head of the next window, so
// no story is cut at a window edge, and every boundary is decided with the same context as in one pass.
import type { StorySpan } from '../types';
import { findBoundaries, type Boundaries } from './find';
import type { Block } from '../types';

/** Characters per window: far above any real article (~30 KB) and any dev page, small enough to bound memory. */
export const WINDOW_CHARS = 250_000;
/** A window is cut no earlier than this share of its length, looking back for a line break or a space. */
const MIN_WINDOW_SHARE = 0.5;

function windowEnd(text: string, from: number, size: number): number {
  const limit = from + size;
  if (limit >= text.length) return text.length;
  const floor = from + Math.floor(size * MIN_WINDOW_SHARE);
  const nl = text.lastIndexOf('\n', limit);
  if (nl > floor) return nl;
  const sp = text.lastIndexOf(' ', limit);
  return sp > floor ? sp : limit;
}

export function findBoundariesWindowed(text: string, lang: string, page?: { blocks: readonly Block[]; starts: readonly number[] }, size = WINDOW_CHARS): Boundaries {
  // Block input arrives in chunks already (chunked.ts); a text this short is read in one window at once.
  if (page || text.length <= size) return findBoundaries(text, lang, page);
  const spans: StorySpan[] = [];
  const confidence: number[] = [];
  let from = 0;
  let carried = 1; // confidence of the story that opens the current window (decided by the window before)
  while (from < text.length) {
    const to = windowEnd(text, from, size);
    const r = findBoundaries(text.slice(from, to), lang);
    const done = to >= text.length;
    // Keep all but the window's last story, which the next window reads again with what follows it.
    const keep = done || r.spans.length < 2 ? r.spans.length : r.spans.length - 1;
    for (let i = 0; i < keep; i++) {
      spans.push({ start: r.spans[i].start + from, end: r.spans[i].end + from });
      confidence.push(spans.length === 1 ? 1 : i === 0 ? carried : r.confidence[i]);
    }
    if (done) break;
    if (keep < r.spans.length) { carried = r.confidence[keep]; from += r.spans[keep].start; }
    else { carried = 1; from = to; }
  }
  return { spans, confidence };
}
