// `storysplit segment [FILE|-]` and `storysplit segment --jsonl [FILE|-]`: plain text through the engine.
import { describeFound, findStories, languageOf, segment, type FoundStories, type SegmentResult } from '@core/index';
import type { HalvedAnswer } from './batch-answer';
import { formatLeftOut, formatStories, storyToJson } from './format';
import { readInput } from './io';
import { answerJsonl, commandArgs } from './batch';

/** One batch document's answer fields. */
export function segmentAnswer(text: string, lang: string | undefined): Record<string, unknown> {
  return resultFields(segment(text, lang ? { lang } : {}));
}

/** segmentAnswer in its two halves (a batch of two threads finds the stories on one and describes them on the other). */
export const segmentHalves: HalvedAnswer = {
  lang: (text, hint) => languageOf(text, hint ? { lang: hint } : {}),
  find: (text, lang) => findStories(text, lang),
  finish: (text, found) => resultFields(describeFound(text, found as FoundStories)),
};

function resultFields(result: SegmentResult): Record<string, unknown> {
  return { stories: result.stories.map(storyToJson), ...(result.reason ? { reason: result.reason } : {}), ...(result.leftOut?.length ? { leftOut: result.leftOut } : {}) };
}

export async function segmentCommand(args: string[], entry: URL): Promise<number> {
  const { jsonl, lang, jobs, file } = commandArgs(args);
  if (!jsonl) {
    const result = segment(readInput(file), lang ? { lang } : {});
    process.stdout.write(formatStories(result.stories, result.reason));
    process.stdout.write(formatLeftOut(result.leftOut));
    return 0;
  }
  return answerJsonl(file, { command: 'segment', ...(lang ? { lang } : {}) }, segmentAnswer, jobs, entry, segmentHalves);
}
