// `storysplit page FILE.html` and `storysplit page --jsonl [FILE|-]`: the content script's extraction,
// run on saved HTML through linkedom, then the engine. Node has no layout, so visibility comes from markup
// (attributeVisibility); everything else is the browser's code path unchanged.
import { extractHtmlPage } from './html';
import { segment } from '@core/index';
import type { SegmentResult } from '@core/types';
import type { Extraction, PageStory } from '@shared/page';
import { readCardLines, toPageBlocks } from '@shared/card-lines';
import { withTeaserFields } from '@shared/teaser-stories';
import { formatStories, storyToJson } from './format';
import { answerJsonl, CliError, readInput, takeOption } from './io';

/** Parses saved HTML and extracts its story blocks exactly as the content script would. */
export function extractHtml(html: string): Extraction {
  return extractHtmlPage(html).extraction;
}

export function segmentHtml(html: string, lang?: string): Omit<SegmentResult, 'stories'> & { stories: PageStory[]; extraction: Extraction } {
  const extraction = extractHtml(html);
  const docLang = lang ?? extraction.page.lang;
  const lines = readCardLines(extraction.blocks, extraction.teasers);
  const result = segment({ blocks: lines.blocks, ...(docLang ? { lang: docLang } : {}) }, docLang ? { lang: docLang } : {});
  return { ...result, stories: withTeaserFields(toPageBlocks(result.stories, lines), lines.ids, lines.teasers), extraction };
}

export async function pageCommand(args: string[]): Promise<number> {
  const jsonl = args.includes('--jsonl');
  const rest = args.filter((a) => a !== '--jsonl');
  const lang = takeOption(rest, '--lang');
  const file = rest[0];
  if (!jsonl) {
    if (!file) throw new CliError('storysplit page: give a saved HTML file (or use --jsonl)');
    const result = segmentHtml(readInput(file), lang);
    process.stdout.write(formatStories(result.stories, result.reason));
    if (result.extraction.omittedChars) process.stdout.write(`(${result.extraction.omittedChars} characters past the extraction cap were left out)\n`);
    return 0;
  }
  return answerJsonl(file, 'html', 'page extraction failed', lang, (html, docLang) => {
    const result = segmentHtml(html, docLang);
    return {
      stories: result.stories.map(storyToJson),
      ...(result.reason ? { reason: result.reason } : {}),
      omittedChars: result.extraction.omittedChars,
      proseScore: result.extraction.proseScore,
    };
  });
}
