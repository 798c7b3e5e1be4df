// A 20 MB page in Chromium: the content script caps what it reads and says what it left out, the worker
// segments in chunks, and the page's main thread is never blocked long. Measured, not asserted in tests.
import { launchChromium } from '../../test/e2e/support/chromium';
import { SEED_TEXT } from '../../test/e2e/support/pages';
import { STORIES_READY } from '../../test/e2e/support/popup';
import { serve } from '../../test/e2e/support/server';

/** The page size issue 6 names. */
export const PAGE_BYTES = 20 * 1024 * 1024;
/** Issue 6: the page never freezes for more than this at a time. */
export const MAX_FREEZE_MS = 50;

function hugePage(): string {
  const paras = SEED_TEXT.split('\n').filter((l) => l.trim()).map((l) => `<p>${l.replace(/</g, '&lt;')}</p>`);
  const chunk = `<section>${paras.join('')}</section>\n`;
  const copies = Math.ceil(PAGE_BYTES / Buffer.byteLength(chunk));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Huge</title></head><body><main>${chunk.repeat(copies)}</main></body></html>`;
}

export async function hugePageBench(failures: string[]) {
  const html = hugePage();
  const server = await serve({ '/huge': html });
  const session = await launchChromium();
  try {
    const page = await session.ctx.newPage();
    await page.goto(server.url('/huge'), { timeout: 120_000 });
    const t0 = Date.now();
    const popup = await session.openPopupFor(server.url('/huge'));
    await popup.locator(STORIES_READY).waitFor({ timeout: 300_000 });
    const ms = Date.now() - t0;
    const stories = await popup.locator('[data-testid=story-card]').count();
    const omitted = (await popup.locator('[data-testid=omitted-note]').textContent().catch(() => null)) ?? '';
    // The content script reads the page in slices and reports the longest: the longest the page waited on
    // the extraction. (Headless Chromium reports no long-task entries, so the page can't observe it.)
    const tabId = await session.tabIdOf(server.url('/huge'));
    const cached = (await session.worker.evaluate(`chrome.storage.session.get('analysis:tab:${tabId}')`)) as Record<string, { data: { extractMs: number; extractLongestSliceMs?: number; segmentMs: number } }>;
    const { extractMs, extractLongestSliceMs, segmentMs } = cached[`analysis:tab:${tabId}`].data;
    const worst = extractLongestSliceMs ?? extractMs;
    console.log(`\nA ${(Buffer.byteLength(html) / 2 ** 20).toFixed(1)} MB page in Chromium: ${stories} stories listed in ${(ms / 1000).toFixed(1)} s.`);
    console.log(`  popup says: ${omitted.trim() || '(no omission note)'}`);
    console.log(`  time in the page: ${extractMs.toFixed(0)} ms in all, longest slice ${worst.toFixed(0)} ms (limit ${MAX_FREEZE_MS} ms); segmenting in the worker: ${segmentMs} ms`);
    // An absolute time: reported, not gated (a loaded machine stretches every slice). The slicing itself is tested.
    if (worst > MAX_FREEZE_MS) console.log(`  note: the longest slice is over ${MAX_FREEZE_MS} ms on this machine now; not gated`);
    return { bytes: Buffer.byteLength(html), listMs: ms, stories, omittedNote: omitted.trim(), extractMs, longestSliceMs: worst, segmentMs };
  } finally {
    await session.close();
    await server.close();
  }
}
