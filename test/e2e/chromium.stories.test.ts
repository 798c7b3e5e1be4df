// End to end in Chromium: the seed page's five stories, copy, save, reopen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, CHROMIUM, type ChromiumSession } from './support/chromium';
import { browserAvailable } from './support/extension';
import { seedBrPage, seedParagraphsPage } from './support/pages';
import { NOTICE, readStoryList, STORY_CARD } from './support/popup';
import { serve, type TestServer } from './support/server';

const FRAME_INNER = `<!doctype html><html lang="en"><body><p>Harbour officials in the port town said on Monday that the new ferry terminal would open in June, two years later than planned.</p>
<p>The delay added twelve million to the cost of the terminal, according to figures released by the harbour board.</p></body></html>`;
const FRAMES_PAGE = `<!doctype html><html lang="en"><head><title>Frames</title></head><body><main>
<iframe src="/frame-inner" style="width:600px;height:300px"></iframe>
<story-card></story-card>
<script>customElements.define('story-card', class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML =
  '<p>Inside a web component, the city library announced longer opening hours from next month, after a survey of its readers found that most of them wanted to visit in the evenings and at weekends, when the reading rooms are now closed.</p>'; } });</script>
</main></body></html>`;

describe.runIf(browserAvailable(CHROMIUM))('Chromium: the seed page', () => {
  let session: ChromiumSession;
  let server: TestServer;

  beforeAll(async () => {
    server = await serve({ '/seed-p': seedParagraphsPage(), '/seed-br': seedBrPage(), '/frames': FRAMES_PAGE, '/frame-inner': FRAME_INNER });
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  /** Extension origins are opaque to the permission API, so the clipboard is read from the test page. */
  async function readClipboard(page: import('playwright-core').Page): Promise<string> {
    await session.ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await page.bringToFront();
    return page.evaluate(() => navigator.clipboard.readText());
  }

  async function popupFor(path: string) {
    const page = await session.ctx.newPage();
    await page.goto(server.url(path));
    return { page, popup: await session.openPopupFor(server.url(path)) };
  }

  it('lists the five stories of the seed, one <p> per line', async () => {
    const { page, popup } = await popupFor('/seed-p');
    const stories = await readStoryList(popup);
    // Reported, not asserted: times belong in the bench (npm run bench gives the median of 10).
    const shownMs = await popup.evaluate(() => performance.getEntriesByName('storysplit:analysis-shown')[0]?.startTime ?? NaN);
    console.log(`popup open → stories listed: ${Math.round(shownMs)} ms (first open, cold worker)`);
    expect(stories).toHaveLength(5);
    expect(stories[0].title).toMatch(/Russian|Lavrov/);
    expect(stories[0].badges).toEqual([]);
    expect(stories[1].badges).toContain('cut_mid_sentence');
    // The reason comes from messages.json through browser.i18n.getMessage, its $1 filled with the words quoted.
    const tip = popup.locator(STORY_CARD).nth(1).locator('[data-flag="cut_mid_sentence"] [role="tooltip"]');
    expect(await tip.textContent()).toBe('ends on “or even” with no full stop');
    await popup.close();
    await page.close();
  });

  it('lists the same five stories when the seed is one <div> with <br>s', async () => {
    const { page, popup } = await popupFor('/seed-br');
    expect(await readStoryList(popup)).toHaveLength(5);
    await popup.close();
    await page.close();
  });

  it('copies a cleaned story to the clipboard', async () => {
    const { page, popup } = await popupFor('/seed-p');
    await readStoryList(popup);
    await popup.locator(STORY_CARD).first().locator('[data-testid=copy-story]').click();
    await expect.poll(() => popup.locator(NOTICE).textContent()).toMatch(/Copied/);
    const clip = await readClipboard(page);
    expect(clip).toMatch(/^The Russian minister of foreign affairs warned/);
    expect(clip).toContain('Lavrov');
    expect(clip).not.toContain('Photo: EPA');
    expect(clip).not.toContain('Bangkok');
    await popup.close();
    await page.close();
  });

  it('saves two stories, and finds them saved after reopening the popup', async () => {
    const { page, popup } = await popupFor('/seed-p');
    await readStoryList(popup);
    const cards = popup.locator(STORY_CARD);
    await cards.nth(0).locator('[data-testid=save-story]').click();
    await cards.nth(1).locator('[data-testid=save-story]').click();
    await expect.poll(() => cards.nth(1).locator('[data-testid=save-story]').isDisabled()).toBe(true);
    await popup.close();

    const again = await session.openPopupFor(server.url('/seed-p'), '&view=saved');
    await again.locator('[data-testid=saved-item]').first().waitFor();
    const titles = await again.locator('[data-testid=saved-title]').allTextContents();
    expect(titles).toHaveLength(2);
    await again.close();
    await page.close();
  });

  it('adds no page global, and shows a story in a closed overlay without touching the page DOM, then clears it', async () => {
    const page = await session.ctx.newPage();
    await page.goto(server.url('/seed-p'));
    const globalsBefore = await page.evaluate(() => Object.getOwnPropertyNames(window).sort());
    const popup = await session.openPopupFor(server.url('/seed-p'));
    await readStoryList(popup);
    // The content script lives in its isolated world: the page sees no new global after an analysis.
    expect(await page.evaluate(() => Object.getOwnPropertyNames(window).sort())).toEqual(globalsBefore);
    const before = await page.evaluate(() => document.body.innerHTML.length);
    await popup.locator(STORY_CARD).nth(2).locator('[data-testid=show-in-page]').click();
    // An overlay host after <body>, its shadow root closed; the page's highlight registry stays empty (issue 16).
    const hostTag = () => page.evaluate(() => document.documentElement.lastElementChild?.tagName.toLowerCase() ?? '');
    await expect.poll(hostTag).toMatch(/^h-[0-9a-f]{8}$/);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await page.evaluate(() => document.body.innerHTML.length)).toBe(before);
    await session.worker.evaluate(`chrome.tabs.sendMessage(${await session.tabIdOf(server.url('/seed-p'))}, { to: 'content', type: 'clearHighlight', payload: {} })`);
    await expect.poll(hostTag).toBe('body');
    await popup.close();
    await page.close();
  });

  it('reads a same-origin iframe and an open shadow root', async () => {
    const page = await session.ctx.newPage();
    await page.goto(server.url('/frames'));
    await page.frameLocator('iframe').locator('p').first().waitFor();
    const popup = await session.openPopupFor(server.url('/frames'));
    await readStoryList(popup);
    const text = (await popup.locator('[data-testid=story-card]').allTextContents()).join(' ');
    expect(text).toContain('ferry terminal');
    expect(text).toContain('city library');
    await popup.close();
    await page.close();
  });
});
