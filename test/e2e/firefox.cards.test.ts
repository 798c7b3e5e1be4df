// End to end in Firefox ESR: the same three listing pages of cards, the same stories and links.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from './support/extension';
import { FIREFOX, launchFirefox, type FirefoxSession } from './support/firefox';
import { CARD_PAGES, cardPage } from './support/pages';
import { STORIES_READY, STORY_CARD } from './support/popup';
import { serve, type TestServer } from './support/server';

describe.runIf(browserAvailable(FIREFOX))('Firefox: listing pages of cards', () => {
  let session: FirefoxSession;
  let server: TestServer;

  beforeAll(async () => {
    server = await serve(Object.fromEntries(Object.keys(CARD_PAGES).map((n) => [`/${n}`, cardPage(n as keyof typeof CARD_PAGES)])));
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  for (const [name, want] of Object.entries(CARD_PAGES)) {
    it(`${name}: one story per card, each linked to its page`, async () => {
      const page = await session.browser.newPage();
      await page.goto(server.url(`/${name}`));
      const popup = await session.openPopupFor(server.url(`/${name}`));
      await popup.waitForSelector(STORIES_READY, { timeout: 30_000 });
      const titles = await popup.$$eval(`${STORY_CARD} [data-testid=story-title]`, (els) => els.map((e) => e.textContent?.trim() ?? ''));
      expect(titles).toHaveLength(want.cards);
      expect(titles[0]).toBe(want.first);
      const links = await popup.$$eval('[data-testid=story-link]', (as) => as.map((a) => [a.getAttribute('href') ?? '', a.getAttribute('target'), a.getAttribute('rel') ?? '']));
      expect(links).toHaveLength(want.cards);
      for (const [href, target, rel] of links) {
        expect(href).toMatch(/^https?:\/\//);
        expect(target).toBe('_blank');
        expect(rel).toContain('noopener');
      }
      expect(await popup.$$eval('[data-testid=headline-list]', (els) => els.length)).toBe(want.list ? 1 : 0);
      await popup.close();
      await page.close();
    });
  }
});
