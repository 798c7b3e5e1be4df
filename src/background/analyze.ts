// Turns what the page gave us into the Analysis the popup lists: core does the segmenting.
import { segment, segmentBlocksInChunks, type ChunkProgress } from '@core/index';
import type { Block, SegmentResult } from '@core/types';
import type { Analysis, EmptyKind } from '@shared/messages';
import { toStoryView, type Extraction, type PageInfo } from '@shared/page';
import { siteOf } from '@shared/saved';
import { readCardLines, toPageBlocks } from '@shared/card-lines';
import { withTeaserFields } from '@shared/teaser-stories';

/** Why a page gave no stories: a code the popup words in the user's language, and English for logs. */
function emptyReason(ex: Pick<Extraction, 'blocks' | 'fromSelection'>, engineReason?: string): { emptyKind: EmptyKind; reason: string } {
  if (ex.fromSelection) return { emptyKind: 'selection', reason: engineReason ?? 'The selected text holds no story.' };
  if (!ex.blocks.length) return { emptyKind: 'no-text', reason: 'No readable text was found on this page.' };
  return { emptyKind: 'not-news', reason: engineReason ?? 'The text on this page does not look like news stories.' };
}

/** Runs the chunked engine, handing control back to the event loop between chunks. */
async function segmentWithProgress(ex: Extraction, blocks: Block[], onProgress?: (p: ChunkProgress) => Promise<void> | void): Promise<SegmentResult> {
  const run = segmentBlocksInChunks(blocks, ex.page.lang ? { lang: ex.page.lang } : {});
  for (;;) {
    const step = run.next();
    if (step.done) return step.value;
    if (step.value.total > 1) {
      await onProgress?.(step.value);
      await new Promise((r) => setTimeout(r, 0));
    }
  }
}

/** What the engine left out as page furniture, and the page's top bar left out before it (`topChars`), for the popup
 * to say (issue 16: no untitled card, and no silence). */
export function leftOut(result: SegmentResult, topChars = 0): { leftOutChars?: number } {
  const n = (result.leftOut ?? []).reduce((sum, l) => sum + (l.end - l.start), topChars);
  return n ? { leftOutChars: n } : {};
}

export async function analyzeExtraction(ex: Extraction, tabId: number | null, onProgress?: (p: ChunkProgress) => Promise<void> | void): Promise<Analysis> {
  const t0 = performance.now();
  // Cards' small print known by its words moves into their fields first (the engine never reads it).
  const lines = readCardLines(ex.blocks, ex.teasers);
  const result = await segmentWithProgress(ex, lines.blocks, onProgress);
  return {
    tabId,
    page: ex.page,
    source: ex.fromSelection ? 'selection' : 'page',
    stories: withTeaserFields(toPageBlocks(result.stories, lines), lines.ids, lines.teasers).map(toStoryView),
    ...(result.stories.length ? {} : emptyReason(ex, result.reason)),
    omittedChars: ex.omittedChars,
    ...leftOut(result, lines.topChars),
    createdAt: Date.now(),
    segmentMs: Math.round(performance.now() - t0),
    extractMs: ex.ms,
    ...(ex.longestSliceMs != null ? { extractLongestSliceMs: ex.longestSliceMs } : {}),
  };
}

/** Plain text, as the context menu hands over a selection when the page itself can't be scripted. */
export function analyzeText(text: string, page: PageInfo, tabId: number | null): Analysis {
  const t0 = performance.now();
  const result = segment(text);
  return {
    tabId,
    page,
    source: 'selection',
    stories: result.stories.map(toStoryView),
    ...(result.stories.length ? {} : { emptyKind: 'selection' as const, reason: result.reason ?? 'The selected text holds no story.' }),
    omittedChars: 0,
    ...leftOut(result),
    createdAt: Date.now(),
    segmentMs: Math.round(performance.now() - t0),
    extractMs: 0,
  };
}

export function pageInfoOf(url: string | undefined, title: string | undefined): PageInfo {
  return { url: url ?? '', title: title ?? '', site: siteOf(url ?? '') };
}
