// Issue 16 end to end in Chromium: a page can't switch the extension off by clobbering `browser`, can't see which
// story is shown, and one stored record with a bad date doesn't blank the Saved tab.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, launchChromium, type ChromiumSession } from './support/chromium';
import { browserAvailable } from './support/extension';
import { seedParagraphsPage } from './support/pages';
import { readStoryList, STORY_CARD } from './support/popup';
import { serve, type TestServer } from './support/server';

/**
 * The seed page with DOM named access set against us: `window.browser` and `window.chrome` are this form (in the
 * isolated world too), `.runtime` its input; the page reads form.runtime once, so the form's past names map keeps it.
 */
function clobberingPage(): string {
  return seedParagraphsPage().replace('<body>', '<body><form id="browser" name="chrome"><input name="runtime" id="onMessage"><input name="id" value="x"></form><script>document.forms.chrome.runtime;</script>');
}

describe.runIf(browserAvailable(CHROMIUM))('Chromium: hostile pages and bad records', () => {
  let session: ChromiumSession;
  let server: TestServer;

  beforeAll(async () => {
    server = await serve({ '/clobber': clobberingPage(), '/seed': seedParagraphsPage(), '/iframe-chrome': seedParagraphsPage().replace('<body>', '<body><iframe name="chrome" src="about:blank"></iframe><form id="browser"></form>') });
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('lists the stories of a page whose form clobbers window.browser (was "Could not establish connection")', async () => {
    const page = await session.ctx.newPage();
    await page.goto(server.url('/clobber'));
    expect(await page.evaluate(() => (window as unknown as { browser: unknown }).browser instanceof HTMLFormElement)).toBe(true);
    const popup = await session.openPopupFor(server.url('/clobber'));
    const stories = await readStoryList(popup);
    const panel = await popup.locator('[data-testid=panel-stories]').textContent();
    expect(panel).not.toMatch(/establish connection/i);
    expect(stories).toHaveLength(5);
    await popup.close();
    await page.close();
  });

  it('lists and shows the stories of a page whose <iframe name="chrome"> leaves no runtime at all (the worker asks through executeScript)', async () => {
    const page = await session.ctx.newPage();
    await page.goto(server.url('/iframe-chrome'));
    const popup = await session.openPopupFor(server.url('/iframe-chrome'));
    expect(await readStoryList(popup)).toHaveLength(5);
    await popup.locator(STORY_CARD).nth(1).locator('[data-testid=show-in-page]').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lastElementChild?.tagName.toLowerCase() ?? '')).toMatch(/^h-[0-9a-f]{8}$/);
    await popup.close();
    await page.close();
  });

  it('shows a story where the page can neither read which one nor see our name', async () => {
    const page = await session.ctx.newPage();
    await page.goto(server.url('/seed'));
    const popup = await session.openPopupFor(server.url('/seed'));
    await readStoryList(popup);
    const before = await page.evaluate(() => document.body.innerHTML);
    await popup.locator(STORY_CARD).nth(2).locator('[data-testid=show-in-page]').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lastElementChild?.tagName.toLowerCase() ?? '')).toMatch(/^h-[0-9a-f]{8}$/);
    const seen = await page.evaluate(() => {
      const host = document.documentElement.lastElementChild as HTMLElement;
      return { registry: CSS.highlights.size, shadow: host.shadowRoot, html: document.documentElement.outerHTML.includes('storysplit') };
    });
    expect(seen).toEqual({ registry: 0, shadow: null, html: false });
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
    await session.worker.evaluate(`chrome.tabs.sendMessage(${await session.tabIdOf(server.url('/seed'))}, { to: 'content', type: 'clearHighlight', payload: {} })`);
    await expect.poll(() => page.evaluate(() => document.documentElement.lastElementChild?.tagName.toLowerCase())).toBe('body');
    await popup.close();
    await page.close();
  });

  it('keeps the Saved tab usable with a record whose date is out of range (was: no items, no Clear, no Export)', async () => {
    const good = { title: 'Bridge vote', clean_text: 'The council voted on the bridge.', flags: [], kicker: null, deck: null, url: 'https://news.example/a', site: 'news.example', pageTitle: 'News' };
    await session.worker.evaluate(`chrome.storage.local.set({
      'story:aaaaaaaaaaaaaaaa': { v: 2, data: ${JSON.stringify({ ...good, id: 'aaaaaaaaaaaaaaaa', savedAt: 1e17 })} },
      'story:bbbbbbbbbbbbbbbb': { v: 2, data: ${JSON.stringify({ ...good, title: 'Harbour ferry', clean_text: 'The ferry terminal opens in June.', id: 'bbbbbbbbbbbbbbbb', savedAt: Date.now() })} },
    })`);
    const page = await session.ctx.newPage();
    await page.goto(server.url('/seed'));
    const popup = await session.openPopupFor(server.url('/seed'), '&view=saved');
    const items = popup.locator('[data-testid=saved-item]');
    await items.first().waitFor({ timeout: 15_000 });
    expect(await items.count()).toBe(2);
    expect(await popup.locator('[data-testid=saved-title]').allTextContents()).toEqual(expect.arrayContaining(['Bridge vote', 'Harbour ferry']));
    await popup.close();
    await page.close();
  });
});
