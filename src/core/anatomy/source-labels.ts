// A source's name under each story ("Harbour Daily", "Coast Radio"): an aggregator's stream sets it as the last line
// of every teaser. It is a label, not the story's last words, so the cut flag reads the line above it.
import { labelShaped } from '../text/labels';
import { lastLine } from '../text/lines';
import { singleSpaced } from '../text/spaces';
import type { StorySpan } from '../types';

/** Stories that end on one such line for it to be a label: once may be any short line. */
const LABEL_MIN_STORIES = 2;

/** The last lines that end at least LABEL_MIN_STORIES of these stories and are shaped like a source's name, with how
 * many stories each ends. */
function labelEnds(texts: readonly string[]): Map<string, number> {
  const seen = new Map<string, number>();
  for (const t of texts) {
    const l = lastLine(t);
    if (l && labelShaped(l.line)) seen.set(l.line, (seen.get(l.line) ?? 0) + 1);
  }
  for (const [line, n] of seen) if (n < LABEL_MIN_STORIES) seen.delete(line);
  return seen;
}

/** The last lines that end at least LABEL_MIN_STORIES of these stories and are shaped like a source's name. */
export const sourceLabels = (texts: readonly string[]): ReadonlySet<string> => new Set(labelEnds(texts).keys());

/** The text without its last line when that line is one of `labels`. */
export function withoutSourceLabel(text: string, labels: ReadonlySet<string>): string {
  if (!labels.size) return text;
  const l = lastLine(text);
  return l && labels.has(l.line) ? text.slice(0, l.at).trimEnd() : text;
}

/** The first non-empty line of a text, trimmed and its spaces made single, where it ends and where the text after it
 * starts; null when nothing follows it (a story of one line is its own words). */
function firstLine(text: string): { line: string; end: number; next: number } | null {
  const at = text.length - text.trimStart().length;
  const nl = text.indexOf('\n', at);
  if (nl < 0) return null;
  const line = text.slice(at, nl).trimEnd();
  const next = text.length - text.slice(nl).trimStart().length;
  return next < text.length ? { line: singleSpaced(line), end: at + line.length, next } : null;
}

/**
 * Spans with each stream label given back to the story it closes. Where the decoder cut just above a label (the label
 * is short and on its own line, so it looks like the next story's headline), that story opens on the label while the
 * one above ends without it. A label is known only from stories that end on it, and one that opens the first story or
 * opens as many as it ends is set on top (the decoder having put a few of them under the story above): left as it is.
 */
export function labelsToTheirStories(text: string, spans: readonly StorySpan[]): StorySpan[] {
  const texts = spans.map((s) => text.slice(s.start, s.end));
  const ends = labelEnds(texts);
  if (!ends.size) return spans.slice();
  const opens = new Map<string, number>();
  for (const t of texts) { const l = firstLine(t)?.line; if (l && ends.has(l)) opens.set(l, (opens.get(l) ?? 0) + 1); }
  const first = firstLine(texts[0])?.line;
  const labels = new Set([...ends].filter(([l, n]) => l !== first && (opens.get(l) ?? 0) < n).map(([l]) => l));
  if (!labels.size) return spans.slice();
  const out = spans.map((s) => ({ ...s }));
  for (let i = 1; i < out.length; i++) {
    const above = lastLine(text.slice(out[i - 1].start, out[i - 1].end));
    if (above && labels.has(above.line)) continue;
    const head = firstLine(text.slice(out[i].start, out[i].end));
    if (!head || !labels.has(head.line)) continue;
    out[i - 1].end = out[i].start + head.end;
    out[i].start += head.next;
  }
  return out;
}
