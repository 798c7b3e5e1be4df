// The segmentation engine: text (or page blocks) in, story spans out. It wires the parts together:
// candidates → features → log-odds (+ page priors) → global decision → spans → anatomy of each story.
import { describeStories, type StorySpan } from './anatomy';
import { blocksToText, toBlockPosition } from './blocks';
import { findBoundaries } from './boundaries';
import { resolveLanguage } from './langdetect';
import type { SegmentInput, SegmentOptions, SegmentResult, Story } from './types';

export function segment(input: SegmentInput, options: SegmentOptions = {}): SegmentResult {
  const blocks = typeof input === 'string' ? null : input.blocks;
  const bt = blocks ? blocksToText(blocks) : null;
  const text = bt ? bt.text : (input as string);
  const lang = resolveLanguage(text, options.lang ?? (typeof input === 'string' ? undefined : input.lang));
  if (!text.trim()) return { stories: [], lang, reason: 'The text is empty.' };
  const found = findBoundaries(text, lang, blocks && bt ? { blocks, starts: bt.starts } : undefined);
  const spans: StorySpan[] = found.spans;
  const anatomies = describeStories({ text, spans, lang, ...(blocks && bt ? { blocks, blockStarts: bt.starts } : {}) });
  const stories: Story[] = spans.map((s, i) => ({
    ...anatomies[i],
    start: s.start,
    end: s.end,
    ...(bt ? { startPos: toBlockPosition(bt, s.start), endPos: toBlockPosition(bt, s.end) } : {}),
    text: text.slice(s.start, s.end),
    confidence: found.confidence[i],
  }));
  return { stories, lang };
}
