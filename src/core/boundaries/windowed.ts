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

/** A sentence stop (Latin or CJK) followed by a space or a line break, or a CJK stop on its own: a story may end there. */
const STORY_CAN_END = /[.!?…]["”’»)\]]*\s|[。！？][」』”）)]*/g;

/** No cut between the halves of a surrogate pair, before a combining mark or around a joiner: a character stays whole. */
function charBoundary(text: string, at: number, floor: number): number {
  let i = at;
  while (i > floor) {
    const c = text.charCodeAt(i), p = text.charCodeAt(i - 1);
    const splitsPair = c >= 0xdc00 && c <= 0xdfff && p >= 0xd800 && p <= 0xdbff;
    if (!splitsPair && !/[\p{M}\u200c\u200d\ufe0f]/u.test(text[i]) && p !== 0x200d) break;
    i--;
  }
  return i;
}

/** The last place in (floor, limit] a story may end at, or -1. */
function lastStoryEnd(text: string, floor: number, limit: number): number {
  let at = -1;
  STORY_CAN_END.lastIndex = floor;
  for (let m = STORY_CAN_END.exec(text); m && m.index + m[0].length <= limit; m = STORY_CAN_END.exec(text)) at = m.index + m[0].length;
  return at;
}

/** Where the window from `from` ends: a line break, else where a story may end, else a space, else a whole character. */
export function windowEnd(text: string, from: number, size: number): number {
  const limit = from + size;
  if (limit >= text.length) return text.length;
  const floor = from + Math.floor(size * MIN_WINDOW_SHARE);
  const nl = text.lastIndexOf('\n', limit);
  if (nl > floor) return nl;
  const stop = lastStoryEnd(text, floor, limit);
  if (stop > floor) return stop;
  const sp = text.lastIndexOf(' ', limit);
  return sp > floor ? sp : charBoundary(text, limit, floor);
}

export function findBoundariesWindowed(text: string, lang: string, page?: { blocks: readonly Block[]; starts: readonly number[] }, size = WINDOW_CHARS): Boundaries {
  // Block input arrives in chunks already (chunked.ts); a text this short is read in one window at once.
  if (page || text.length <= size) return findBoundaries(text, lang, page);
  const spans: StorySpan[] = [];
  const confidence: number[] = [];
  let from = 0;
  let carried = 1; // confidence of the story that opens the current window (decided by the window before)
  let open = -1; // start of a story that filled whole windows and goes on into this one (-1: none)
  while (from < text.length) {
    const to = windowEnd(text, from, size);
    const r = findBoundaries(text.slice(from, to), lang);
    const done = to >= text.length;
    // A window holding one story (or none) ends inside it: the story goes on into the next window, never cut at the edge.
    if (!done && r.spans.length < 2) {
      if (open < 0 && r.spans.length) open = r.spans[0].start + from;
      from = to;
      continue;
    }
    // Keep all but the window's last story, which the next window reads again with what follows it.
    const keep = done ? r.spans.length : r.spans.length - 1;
    for (let i = 0; i < keep; i++) {
      const start = i === 0 && open >= 0 ? open : r.spans[i].start + from;
      spans.push({ start, end: r.spans[i].end + from });
      confidence.push(spans.length === 1 ? 1 : i === 0 ? carried : r.confidence[i]);
    }
    if (done && !r.spans.length && open >= 0) { spans.push({ start: open, end: lastNonSpace(text) }); confidence.push(spans.length === 1 ? 1 : carried); }
    open = -1;
    if (done) break;
    carried = r.confidence[keep];
    from += r.spans[keep].start;
  }
  return { spans, confidence };
}

function lastNonSpace(text: string): number {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}
