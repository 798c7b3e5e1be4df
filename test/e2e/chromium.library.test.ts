// End to end in Chromium: the saved library (search, delete with undo, export), the restricted-page
// state, and the context-menu path on a selection.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, inWorker, launchChromium, type ChromiumSession } from './support/chromium';
import { browserAvailable } from './support/extension';
import { seedParagraphsPage } from './support/pages';
import { readStoryList, STORY_CARD } from './support/popup';
import { serve, type TestServer } from './support/server';

describe.runIf(browserAvailable(CHROMIUM))('Chromium: library, restricted pages, context menu', () => {
  let session: ChromiumSession;
  let server: TestServer;

  beforeAll(async () => {
    server = await serve({ '/seed': seedParagraphsPage() });
    session = await launchChromium();
    const page = await session.ctx.newPage();
    await page.goto(server.url('/seed'));
    const popup = await session.openPopupFor(server.url('/seed'));
    await readStoryList(popup);
    await popup.locator('[data-testid=save-all]').click();
    await popup.locator(`${STORY_CARD} [data-testid=save-story][disabled]`).nth(4).waitFor();
    await popup.close();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  const openSaved = () => session.openPopupFor(server.url('/seed'), '&view=saved');

  it('searches saved stories by words', async () => {
    const popup = await openSaved();
    await popup.locator('[data-testid=saved-item]').first().waitFor();
    expect(await popup.locator('[data-testid=saved-item]').count()).toBe(5);
    await popup.locator('[data-testid=saved-search]').fill('Myanmar');
    await expect.poll(() => popup.locator('[data-testid=saved-item]').count()).toBe(1);
    expect(await popup.locator('[data-testid=saved-title]').first().textContent()).toMatch(/Myanmar|RESTRUCTURE/);
    await popup.close();
  });

  it('deletes a story and brings it back with undo', async () => {
    const popup = await openSaved();
    const items = popup.locator('[data-testid=saved-item]');
    await items.first().waitFor();
    await items.first().locator('[data-testid=delete-saved]').click();
    await expect.poll(() => items.count()).toBe(4);
    await popup.locator('[data-testid=undo-delete]').click();
    await expect.poll(() => items.count()).toBe(5);
    await popup.close();
    const again = await openSaved();
    await again.locator('[data-testid=saved-item]').first().waitFor();
    expect(await again.locator('[data-testid=saved-item]').count()).toBe(5);
    await again.close();
  });

  it('exports the library as JSON and as Markdown, with url, title, flags and date', async () => {
    const popup = await openSaved();
    await popup.locator('[data-testid=saved-item]').first().waitFor();
    const [json] = await Promise.all([popup.waitForEvent('download'), popup.locator('[data-testid=export-json]').click()]);
    const data = JSON.parse(readFileSync((await json.path())!, 'utf8'));
    expect(data.format).toBe('storysplit-library');
    expect(data.stories).toHaveLength(5);
    for (const s of data.stories) {
      expect(s.url).toBe(server.url('/seed'));
      expect(s.title).toBeTruthy();
      expect(Array.isArray(s.flags)).toBe(true);
      expect(Number.isNaN(Date.parse(s.savedAt))).toBe(false);
    }
    expect(data.stories.some((s: { flags: { name: string }[] }) => s.flags.some((f) => f.name === 'cut_mid_sentence'))).toBe(true);
    const [md] = await Promise.all([popup.waitForEvent('download'), popup.locator('[data-testid=export-markdown]').click()]);
    const markdown = readFileSync((await md.path())!, 'utf8');
    expect(markdown).toContain(server.url('/seed'));
    expect(markdown.match(/^#{1,3} /gm)?.length).toBeGreaterThanOrEqual(5);
    await popup.close();
  });

  it('explains a restricted page and offers the selection instead', async () => {
    const tab = await inWorker<{ id: number }>(session, `chrome.tabs.create({ url: 'chrome://version', active: false })`);
    const popup = await session.ctx.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tab.id}`);
    await popup.locator('[data-testid=state-restricted]').waitFor();
    expect(await popup.locator('[data-testid=state-restricted]').textContent()).toMatch(/select/i);
    await popup.close();
  });

  it('splits a selection from the context menu into its stories', async () => {
    const url = server.url('/seed?selection-test');
    const page = await session.ctx.newPage();
    await page.goto(url);
    // Select the paragraphs of stories 2 to 5 (the teasers).
    await page.evaluate(() => {
      const ps = [...document.querySelectorAll('p')];
      const first = ps.findIndex((p) => /^In the sweltering streets/.test(p.textContent ?? ''));
      const range = document.createRange();
      range.setStartBefore(ps[first]);
      range.setEndAfter(ps[ps.length - 1]);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const tabId = await session.tabIdOf(url);
    const opened = session.ctx.waitForEvent('page');
    await inWorker(session, `storysplitMenuClick({ menuItemId: 'storysplit-split-selection', selectionText: 'x', editable: false, pageUrl: '' }, { id: ${tabId}, url: '${url}', title: 'Seed' })`);
    const win = await opened;
    expect(win.url()).toContain('popup.html?selection=');
    const stories = await readStoryList(win);
    expect(stories).toHaveLength(4);
    await win.close();
    await page.close();
  });
});
