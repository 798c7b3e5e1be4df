// End to end in Chromium: three listing pages of cards (written for the tests). One story per card, titled by
// its headline, linked to its page (new tab, no opener), and a headline list compact and collapsed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, CHROMIUM, type ChromiumSession } from './support/chromium';
import { browserAvailable } from './support/extension';
import { CARD_PAGES, cardPage } from './support/pages';
import { readStoryList } from './support/popup';
import { serve, type TestServer } from './support/server';

describe.runIf(browserAvailable(CHROMIUM))('Chromium: listing pages of cards', () => {
  let session: ChromiumSession;
  let server: TestServer;

  beforeAll(async () => {
    server = await serve(Object.fromEntries(Object.keys(CARD_PAGES).map((n) => [`/${n}`, cardPage(n as keyof typeof CARD_PAGES)])));
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  for (const [name, want] of Object.entries(CARD_PAGES)) {
    it(`${name}: one story per card, each linked to its page`, async () => {
      const page = await session.ctx.newPage();
      await page.goto(server.url(`/${name}`));
      const popup = await session.openPopupFor(server.url(`/${name}`));
      const stories = await readStoryList(popup);
      expect(stories).toHaveLength(want.cards);
      expect(stories[0].title).toBe(want.first);
      // Only the one teaser the page cut mid-sentence carries the flag (article-cards' last card).
      expect(stories.filter((s) => s.badges.includes('cut_mid_sentence'))).toHaveLength(name === 'article-cards' ? 1 : 0);
      const links = await popup.locator('[data-testid=story-link]').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), target: a.getAttribute('target'), rel: a.getAttribute('rel') })));
      expect(links).toHaveLength(want.cards);
      for (const l of links) {
        expect(l.href).toMatch(/^https?:\/\//);
        expect(l.target).toBe('_blank');
        expect(l.rel).toContain('noopener');
      }
      const lists = popup.locator('[data-testid=headline-list]');
      expect(await lists.count()).toBe(want.list ? 1 : 0);
      if (want.list) {
        expect(await lists.locator('details').getAttribute('open')).toBeNull();
        expect(await lists.locator('[data-testid=headline-item] a').count()).toBe(4);
      }
      await popup.close();
      await page.close();
    });
  }
});
