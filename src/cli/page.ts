// `storysplit page FILE.html` and `storysplit page --jsonl [FILE|-]`: the content script's extraction,
// run on saved HTML through linkedom, then the engine. Node has no layout, so visibility comes from markup
// (attributeVisibility); everything else is the browser's code path unchanged.
import { extractHtmlPage } from './html';
import { segment } from '@core/index';
import type { SegmentResult } from '@core/types';
import type { Extraction, PageStory } from '@shared/page';
import { readCardLines, toPageBlocks } from '@shared/card-lines';
import { withTeaserFields } from '@shared/teaser-stories';
import { formatLeftOut, formatStories, storyToJson } from './format';
import { CliError, note, readInput } from './io';
import { answerJsonl, commandArgs } from './batch';

/** Any tag at all: without one the file is plain text, and its lines are its paragraphs. */
const ANY_TAG = /<\/?[a-zA-Z][^<>]*>/; // [^<>], not [^>]: "<a<a<a…" with no ">" must not rescan to the end from each "<"

export type PageResult = Omit<SegmentResult, 'stories'> & { stories: PageStory[]; extraction: Extraction; notes: string[] };

export function segmentHtml(html: string, lang?: string): PageResult {
  if (!ANY_TAG.test(html)) {
    // Plain text (or binary) handed to `page`: read as the text it is, not as one paragraph of a page.
    const result = segment(html, lang ? { lang } : {});
    const extraction: Extraction = { blocks: [], page: { url: '', title: '', site: '', lang: result.lang }, fromSelection: false, omittedChars: 0, proseScore: 0, ms: 0 };
    return { ...result, extraction, notes: ['the file holds no HTML markup: read as plain text'] };
  }
  const { extraction, flattened } = extractHtmlPage(html);
  const docLang = lang ?? extraction.page.lang;
  const lines = readCardLines(extraction.blocks, extraction.teasers);
  const result = segment({ blocks: lines.blocks, ...(docLang ? { lang: docLang } : {}) }, docLang ? { lang: docLang } : {});
  const notes = flattened ? [`${flattened} tags nested deeper than browsers allow were read as siblings`] : [];
  if (lines.topChars) notes.push(`${lines.topChars} characters of the page's top bar (short lines above its first story) were left out`);
  // No text before the caps, all of it after: say so, not "the text is empty".
  const reason = !result.stories.length && extraction.omittedChars ? `The page holds no text within the extraction caps; ${extraction.omittedChars} characters past them were left out.` : result.reason;
  const stories = withTeaserFields(toPageBlocks(result.stories, lines), lines.ids, lines.teasers);
  return { ...result, stories, ...(reason ? { reason } : {}), extraction, notes };
}

/** One batch page's answer fields. */
export function pageAnswer(html: string, lang: string | undefined): Record<string, unknown> {
  const result = segmentHtml(html, lang);
  return {
    stories: result.stories.map(storyToJson),
    ...(result.reason ? { reason: result.reason } : {}),
    ...(result.leftOut?.length ? { leftOut: result.leftOut } : {}),
    omittedChars: result.extraction.omittedChars,
    proseScore: result.extraction.proseScore,
    ...(result.notes.length ? { notes: result.notes } : {}),
  };
}

export async function pageCommand(args: string[], entry: URL): Promise<number> {
  const { jsonl, lang, jobs, file } = commandArgs(args);
  if (!jsonl) {
    if (!file) throw new CliError('storysplit page: give a saved HTML file (or use --jsonl)');
    const result = segmentHtml(readInput(file, { html: true }), lang);
    for (const n of result.notes) note(n);
    process.stdout.write(formatStories(result.stories, result.reason));
    process.stdout.write(formatLeftOut(result.leftOut));
    if (result.extraction.omittedChars) process.stdout.write(`(${result.extraction.omittedChars} characters past the extraction cap were left out)\n`);
    return 0;
  }
  return answerJsonl(file, { command: 'page', ...(lang ? { lang } : {}) }, pageAnswer, jobs, entry);
}
