// End to end in Chromium: saved stories survive concurrent popups, a stopped worker and a full quota;
// old data migrates; corrupt data is quarantined; hostile page text stays inert; no network at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROMIUM, launchChromium, type ChromiumSession } from './support/chromium';
import { browserAvailable } from './support/extension';
import { seedParagraphsPage } from './support/pages';
import { readStoryList, STORY_CARD } from './support/popup';
import { serve, type TestServer } from './support/server';

const HOSTILE = `<!doctype html><html lang="en"><head><title>Hostile</title></head><body><main>
<p>&lt;img src=x onerror="document.title='pwned'"&gt; The council met on Tuesday to discuss the budget for the coming year and agreed to raise spending on schools.</p>
<p>Officials said the plan, which includes <a href="javascript:alert(1)">javascript:alert(1)</a> links, would be published next week after a final review by the finance committee.</p>
<p>&lt;script&gt;alert('x')&lt;/script&gt; Residents welcomed the decision, saying the schools had waited too long for new roofs and heating systems.</p>
</main></body></html>`;

/** Runs in a popup page: a request to the worker in the protocol's envelope. */
const sendFromPage = (page: Page, type: string, payload: unknown) =>
  page.evaluate(([t, p]) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const);

const story = (i: number, tag: string) => ({
  title: `Story ${tag} ${i}`, clean_text: `Body of story ${tag} number ${i}. It ends here.`, flags: [], kicker: null, deck: null,
  url: `https://example.org/${tag}/${i}`, site: 'example.org', pageTitle: 'Example',
});

describe.runIf(browserAvailable(CHROMIUM))('Chromium: storage integrity and hostile input', () => {
  let session: ChromiumSession;
  let server: TestServer;
  const requests: string[] = [];

  beforeAll(async () => {
    server = await serve({ '/seed': seedParagraphsPage(), '/hostile': HOSTILE });
    session = await launchChromium();
    session.ctx.on('request', (r) => requests.push(r.url()));
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  const extensionPage = async (query = '?view=saved') => {
    const p = await session.ctx.newPage();
    await p.goto(`chrome-extension://${session.extensionId}/popup.html${query}`);
    return p;
  };
  const listSaved = async (p: Page) => (await sendFromPage(p, 'listSaved', {})) as { stories: { title: string }[]; quarantined: number };
  const clearAll = (p: Page) => sendFromPage(p, 'clearSaved', {});

  it('keeps all 100 stories when two popups save 50 each at once', async () => {
    const [a, b] = await Promise.all([extensionPage(), extensionPage()]);
    await clearAll(a);
    const saveMany = (p: Page, tag: string) => Promise.all(Array.from({ length: 50 }, (_, i) => sendFromPage(p, 'saveStories', { stories: [story(i, tag)] })));
    await Promise.all([saveMany(a, 'a'), saveMany(b, 'b')]);
    expect((await listSaved(a)).stories).toHaveLength(100);
    await Promise.all([a.close(), b.close()]);
  });

  it('loses nothing and corrupts nothing when the worker is stopped in the middle of saving', async () => {
    const p = await extensionPage();
    await clearAll(p);
    const cdp = await session.ctx.newCDPSession(p);
    await cdp.send('ServiceWorker.enable');
    // A mark in the worker's memory: gone after the stop, which proves the worker really restarted.
    await session.worker.evaluate(() => ((globalThis as { stopMark?: number }).stopMark = 1));
    // Only a report counts as acknowledged: Chrome answers some messages in flight at the stop with `undefined`.
    const pending = Array.from({ length: 50 }, (_, i) => sendFromPage(p, 'saveStories', { stories: [story(i, 'stop')] }).then((r) => (r ? i : -1), () => -1));
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    const acknowledged = (await Promise.all(pending)).filter((i) => i >= 0);
    console.log(`worker stop: ${acknowledged.length} of 50 saves acknowledged`);
    // Every save the worker acknowledged is on disk; the popup retries the rest once the worker is back.
    const afterStop = await listSaved(p); // wakes the worker again
    session.worker = await session.currentWorker();
    expect(await session.worker.evaluate(() => (globalThis as { stopMark?: number }).stopMark)).toBeUndefined();
    expect(afterStop.quarantined).toBe(0);
    const titles = new Set(afterStop.stories.map((s) => s.title));
    for (const i of acknowledged) expect(titles.has(`Story stop ${i}`)).toBe(true);
    await Promise.all(Array.from({ length: 50 }, (_, i) => sendFromPage(p, 'saveStories', { stories: [story(i, 'stop')] })));
    const final = await listSaved(p);
    expect(final.stories).toHaveLength(50);
    expect(final.quarantined).toBe(0);
    await p.close();
  });

  it('gives a clear error when storage is full, and keeps earlier stories', async () => {
    const p = await extensionPage();
    await clearAll(p);
    await sendFromPage(p, 'saveStories', { stories: [story(1, 'early')] });
    // Fill storage.local to just under its 10 MB quota with one filler item.
    await p.evaluate(async () => {
      const local = (globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }).chrome.storage.local;
      await local.set({ filler: 'x'.repeat(10 * 1024 * 1024 - 2048) });
    });
    const report = (await sendFromPage(p, 'saveStories', { stories: [{ ...story(2, 'late'), clean_text: 'y'.repeat(50_000) }] })) as { error?: string; saved: number };
    expect(report.error).toBe('quota');
    expect(report.saved).toBe(0);
    const view = await listSaved(p);
    expect(view.stories.map((s) => s.title)).toEqual(['Story early 1']);
    await p.reload();
    await p.locator('[data-testid=saved-item]').first().waitFor();
    await p.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }).chrome.storage.local.remove('filler'));
    await p.close();
  });

  it('migrates v1 data to the current schema', async () => {
    const p = await extensionPage();
    await clearAll(p);
    await p.evaluate(async () => {
      const local = (globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }).chrome.storage.local;
      await local.set({ savedStories: { stories: [
        { title: 'Old one', text: 'An old saved story. It was whole.', url: 'https://example.org/old/1', savedAt: '2025-01-02T03:04:05Z', flags: [] },
        { title: 'Old two', text: 'Another old story, cut at the', url: 'https://example.org/old/2', savedAt: '2025-01-03T03:04:05Z', flags: ['cut_mid_sentence'] },
      ] } });
    });
    await p.reload();
    await p.locator('[data-testid=saved-item]').first().waitFor();
    expect(await p.locator('[data-testid=saved-title]').allTextContents()).toEqual(['Old two', 'Old one']);
    const keys = await p.evaluate(async () => Object.keys(await (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<object> } } } }).chrome.storage.local.get(null)));
    expect(keys).not.toContain('savedStories');
    expect(keys.filter((k) => k.startsWith('story:'))).toHaveLength(2);
    await p.close();
  });

  it('quarantines corrupt stored JSON and says so, without dropping it', async () => {
    const p = await extensionPage();
    await clearAll(p);
    await sendFromPage(p, 'saveStories', { stories: [story(1, 'good')] });
    await p.evaluate(async () => {
      const local = (globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }).chrome.storage.local;
      await local.set({ 'story:00000000deadbeef': '{"v":2,"data":{"title":' });
    });
    await p.reload();
    await p.locator('[data-testid=quarantined-note]').waitFor();
    expect(await p.locator('[data-testid=saved-item]').count()).toBe(1);
    const kept = await p.evaluate(async () => (await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('quarantine:story:00000000deadbeef')));
    expect(JSON.stringify(kept)).toContain('deadbeef');
    await p.close();
  });

  it('shows markup and script in page text as inert text', async () => {
    const page = await session.ctx.newPage();
    let dialogs = 0;
    session.ctx.on('dialog', () => dialogs++);
    await page.goto(server.url('/hostile'));
    const popup = await session.openPopupFor(server.url('/hostile'));
    const stories = await readStoryList(popup);
    expect(stories.length).toBeGreaterThan(0);
    await popup.locator(`${STORY_CARD} [data-testid=expand-story]`).first().click();
    const full = await popup.locator('[data-testid=story-full]').first().textContent();
    expect(full).toContain('<img src=x onerror=');
    expect(await popup.locator('img[src=x], script:not([src]), a[href^="javascript:"]').count()).toBe(0);
    expect(await popup.title()).not.toBe('pwned');
    expect(await page.title()).toBe('Hostile');
    expect(dialogs).toBe(0);
    await popup.close();
    await page.close();
  });

  it('refuses requests that do not come from the extension: a page cannot reach the worker', async () => {
    const page = await session.ctx.newPage();
    await page.goto(server.url('/seed'));
    const reach = await page.evaluate((id) => {
      const rt = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: (id: string, m: unknown) => Promise<unknown> } } }).chrome?.runtime;
      if (!rt?.sendMessage) return 'no runtime';
      return rt.sendMessage(id, { type: 'clearSaved', payload: {} }).then(() => 'answered', (e: Error) => `refused: ${e.message}`);
    }, session.extensionId).catch((e: Error) => `threw: ${e.message}`);
    expect(reach).not.toBe('answered');
    await page.close();
  });

  it('made no network request beyond the local test pages and its own files', () => {
    const outside = requests.filter((u) => !u.startsWith(server.origin) && !u.startsWith(`chrome-extension://${session.extensionId}/`) && !u.startsWith('data:') && !u.startsWith('chrome://'));
    expect(outside).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
  });
});
