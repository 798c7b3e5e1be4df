// End to end in Firefox ESR (puppeteer-core over WebDriver BiDi): the same page, the same stories.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { browserAvailable } from './support/extension';
import { FIREFOX, launchFirefox, type FirefoxSession } from './support/firefox';
import { seedParagraphsPage } from './support/pages';
import { STORIES_READY, STORY_CARD } from './support/popup';
import { serve, type TestServer } from './support/server';

async function titles(popup: Page): Promise<string[]> {
  await popup.waitForSelector(STORIES_READY, { timeout: 30_000 });
  return popup.$$eval(`${STORY_CARD} [data-testid=story-title]`, (els) => els.map((e) => e.textContent?.trim() ?? ''));
}

describe.runIf(browserAvailable(FIREFOX))('Firefox: the seed page', () => {
  let session: FirefoxSession;
  let server: TestServer;

  beforeAll(async () => {
    server = await serve({ '/seed-p': seedParagraphsPage() });
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('lists the five stories, copies one and saves one', async () => {
    const page = await session.browser.newPage();
    await page.goto(server.url('/seed-p'));
    const popup = await session.openPopupFor(server.url('/seed-p'));
    const listed = await titles(popup);
    expect(listed).toHaveLength(5);

    // Copy: the popup confirms, and the clipboard holds the cleaned first story.
    await popup.click(`${STORY_CARD}:first-child [data-testid=copy-story]`);
    await popup.waitForFunction(() => /Copied|Kopiert/.test(document.querySelector('[data-testid=notice]')?.textContent ?? ''));
    const clip = await popup.evaluate(() => navigator.clipboard.readText().catch(() => null));
    if (clip !== null) expect(clip).toMatch(/^The Russian minister/);

    // Save, then the Saved tab lists it.
    await popup.click(`${STORY_CARD}:first-child [data-testid=save-story]`);
    await popup.click('[data-testid=tab-saved]');
    await popup.waitForSelector('[data-testid=saved-item]');
    expect(await popup.$$eval('[data-testid=saved-item]', (els) => els.length)).toBe(1);
  });
});
