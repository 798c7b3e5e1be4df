// The segmentation engine: text (or page blocks) in, story spans out. It wires the parts together:
// candidates → features → log-odds (+ page priors) → global decision → spans → anatomy of each story.
import { describeStories } from './anatomy/describe';
import { labelsToTheirStories } from './anatomy/source-labels';
import { adAnatomy, adItems } from './anatomy/ad-items';
import { langData } from './text/lang/anatomy/index';
import { blocksToText, toBlockPosition } from './text/blocks';
import { findBoundariesWindowed } from './boundaries/windowed';
import { resolveLanguage } from './text/langdetect';
import type { Block, LeftOut, SegmentInput, SegmentOptions, SegmentResult, Story, StorySpan } from './types';

/** Control and replacement characters outweighing letters this much make the input binary, not text. */
const BINARY_SHARE = 0.3;

/** Letters and digits enough to settle the question early on a long text. */
const ENOUGH_LETTERS = 2000;

/** Why the text holds no prose to segment (no letter or digit at all, or binary garbage), or null. */
function whyNoProse(text: string): string | null {
  let letters = 0, junk = 0;
  for (let i = 0; i < text.length && letters < ENOUGH_LETTERS; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) letters++;
    else if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127 || c >= 0xfffd) junk++;
    else if (c >= 0xc0 && /[\p{L}\p{N}]/u.test(text[i])) letters++;
  }
  if (!letters) return 'The text has no words, only punctuation or symbols.';
  if (junk / (junk + letters) > BINARY_SHARE) return 'The text looks like binary data, not prose.';
  return null;
}

/** The text segment() reads: the input's own, or its blocks joined. */
interface Read {
  blocks: Block[] | null;
  bt: ReturnType<typeof blocksToText> | null;
  text: string;
}

function read(input: SegmentInput): Read {
  const blocks = typeof input === 'string' ? null : input.blocks;
  const bt = blocks ? blocksToText(blocks) : null;
  return { blocks, bt, text: bt ? bt.text : (input as string) };
}

/** The first half of segment(): the language and where the stories are, or why there are none. Plain data, so that a
 * batch can find one document's stories on one thread while another thread describes an earlier document's (the two
 * halves run different code, and each thread compiles only its own). */
export type FoundStories = { lang: string; reason: string } | { lang: string; reason?: undefined; spans: StorySpan[]; confidence: number[] };

/** The language the text is read in: the hint (the option, else a page's own) unless the text clearly says otherwise. */
const languageIn = (r: Read, input: SegmentInput, options: SegmentOptions): string =>
  resolveLanguage(r.text, options.lang ?? (typeof input === 'string' ? undefined : input.lang));

function findIn(r: Read, lang: string): FoundStories {
  const { blocks, bt, text } = r;
  if (!text.trim()) return { lang, reason: 'The text is empty.' };
  const noProse = whyNoProse(text);
  if (noProse) return { lang, reason: noProse };
  const found = findBoundariesWindowed(text, lang, blocks && bt ? { blocks, starts: bt.starts } : undefined);
  return { lang, spans: found.spans, confidence: found.confidence };
}

/** The second half of segment(): the stories at the spans `found` holds, each described. */
function describeIn(r: Read, found: FoundStories): SegmentResult {
  const { blocks, bt, text } = r;
  const { lang } = found;
  if (found.reason !== undefined) return { stories: [], lang, reason: found.reason };
  const labelled = labelsToTheirStories(text, found.spans);
  // Ads set like teasers, on pages only (ad-items.ts): read in the page's language, left out as advertisement.
  const split = blocks && bt ? adItems(text, labelled, langData(lang), blocks, bt.starts) : { spans: labelled, from: labelled.map((_, k) => k), ad: [] };
  const spans: StorySpan[] = split.spans;
  const anatomies = describeStories({ text, spans, lang, ...(blocks && bt ? { blocks, blockStarts: bt.starts } : {}) });
  const all: Story[] = spans.map((s, i) => ({
    ...(split.ad[i] ? adAnatomy(text.slice(s.start, s.end)) : anatomies[i]),
    start: s.start,
    end: s.end,
    ...(bt ? { startPos: toBlockPosition(bt, s.start), endPos: toBlockPosition(bt, s.end) } : {}),
    text: text.slice(s.start, s.end),
    confidence: found.confidence[split.from[i]],
  }));
  // A span of furniture alone ("Read more", "Photo: EPA") cleans to nothing: no story (an untitled card that can't be
  // saved), but said to be left out, so every character is accounted for.
  const stories = all.filter((s) => s.clean_text.trim() !== '');
  if (stories.length === all.length) return { stories, lang };
  const leftOut: LeftOut[] = all.filter((s) => s.clean_text.trim() === '').map((s) => ({ start: s.start, end: s.end, reasons: [...new Set(s.removed.map((r) => r.reason))] }));
  return { stories, lang, leftOut, ...(stories.length ? {} : { reason: `The text holds only page furniture (${leftOut.flatMap((l) => l.reasons).filter((r, i, a) => a.indexOf(r) === i).join(', ').replace(/_/g, ' ') || 'no story text'}).` }) };
}

export function segment(input: SegmentInput, options: SegmentOptions = {}): SegmentResult {
  const r = read(input);
  return describeIn(r, findIn(r, languageIn(r, input, options)));
}

/** segment() in two halves: findStories(input, languageOf(input, options)), then describeFound(input, found) gives
 * segment(input, options). (The language is a step of its own, so that a batch can read it on either thread.) */
export function languageOf(input: SegmentInput, options: SegmentOptions = {}): string {
  return languageIn(read(input), input, options);
}

export function findStories(input: SegmentInput, lang: string): FoundStories {
  return findIn(read(input), lang);
}

export function describeFound(input: SegmentInput, found: FoundStories): SegmentResult {
  return describeIn(read(input), found);
}
