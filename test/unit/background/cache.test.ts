// Issue 16: a big analysis still goes into the session cache (other tabs' results make room), so the popup
// doesn't re-run the analysis on every open. The cache holds story views: no raw text to begin with.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeFakeBrowser, type FakeBrowser } from '../fakes/fakeBrowser';

const h = vi.hoisted(() => ({ browser: null as unknown }));
vi.mock('../../../src/shared/browser', () => ({
  get browser() {
    return h.browser;
  },
}));

import { cacheSelectionAnalysis, cacheTabAnalysis, cachedTabAnalysis, selectionAnalysis } from '../../../src/background/cache';
import type { Analysis } from '../../../src/shared/messages';

let fb: FakeBrowser;
beforeEach(() => {
  fb = makeFakeBrowser({ quotaBytes: 100_000 });
  h.browser = fb;
});

const analysis = (url: string, chars: number): Analysis => ({
  tabId: 1, page: { url, title: 't', site: 's' }, source: 'page', omittedChars: 0, createdAt: 0, segmentMs: 0, extractMs: 0,
  stories: [{ clean_text: 'y'.repeat(chars) } as unknown as Analysis['stories'][number]],
});

describe('cacheTabAnalysis', () => {
  it('caches as it is when it fits', async () => {
    expect(await cacheTabAnalysis(1, analysis('https://a/', 1000))).toBe('cached');
    expect((await cachedTabAnalysis(1, 'https://a/'))?.stories[0].clean_text).toHaveLength(1000);
  });

  it('makes room by dropping other tabs\' results', async () => {
    await cacheTabAnalysis(2, analysis('https://b/', 60_000));
    expect(await cacheTabAnalysis(1, analysis('https://a/', 60_000))).toBe('cached');
    expect(await cachedTabAnalysis(2, 'https://b/')).toBeNull();
    expect(await cachedTabAnalysis(1, 'https://a/')).not.toBeNull();
  });

  it('keeps a selection\'s result while making room (its popup window has yet to read it)', async () => {
    await cacheSelectionAnalysis('k', analysis('https://s/', 10_000));
    await cacheTabAnalysis(2, analysis('https://b/', 50_000));
    expect(await cacheTabAnalysis(1, analysis('https://a/', 45_000))).toBe('cached');
    expect(await cachedTabAnalysis(2, 'https://b/')).toBeNull();
    expect((await selectionAnalysis('k'))?.stories[0].clean_text).toHaveLength(10_000);
  });

  it('says when even that does not fit', async () => {
    expect(await cacheTabAnalysis(1, analysis('https://a/', 200_000))).toBe('skipped');
  });
});
