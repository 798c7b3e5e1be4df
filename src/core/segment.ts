// PLACEHOLDER engine (issue 3 replaces it): every non-empty line is a story.
// The shapes are the real ones: spans from here, anatomy from describeStories.
import { describeStories, type StorySpan } from './anatomy';
import { blocksToText, toBlockPosition } from './blocks';
import type { SegmentInput, SegmentOptions, SegmentResult, Story } from './types';

export function segment(input: SegmentInput, options: SegmentOptions = {}): SegmentResult {
  const bt = typeof input === 'string' ? null : blocksToText(input.blocks);
  const text = bt ? bt.text : (input as string);
  const lang = options.lang ?? 'und';
  const spans: StorySpan[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) if (m[0].trim()) spans.push({ start: m.index, end: m.index + m[0].length });
  const anatomies = describeStories({
    text,
    spans,
    lang,
    ...(bt && typeof input !== 'string' ? { blocks: input.blocks, blockStarts: bt.starts } : {}),
  });
  const stories: Story[] = spans.map((s, i) => ({
    ...anatomies[i],
    start: s.start,
    end: s.end,
    ...(bt ? { startPos: toBlockPosition(bt, s.start), endPos: toBlockPosition(bt, s.end) } : {}),
    text: text.slice(s.start, s.end),
    confidence: i === 0 ? 1 : 0.5,
  }));
  return { stories, lang, ...(stories.length ? {} : { reason: 'The text is empty.' }) };
}
