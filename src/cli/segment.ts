// `storysplit segment [FILE|-]` and `storysplit segment --jsonl [FILE|-]`: plain text through the engine.
import { segment } from '@core/index';
import { formatLeftOut, formatStories, storyToJson } from './format';
import { readInput } from './io';
import { answerJsonl, commandArgs } from './batch';

/** One batch document's answer fields. */
export function segmentAnswer(text: string, lang: string | undefined): Record<string, unknown> {
  const result = segment(text, lang ? { lang } : {});
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
  return answerJsonl(file, { command: 'segment', ...(lang ? { lang } : {}) }, segmentAnswer, jobs, entry);
}
