// Temporary: popup screenshots on shared listing pages (not committed).
import { readFileSync } from 'node:fs';
import { launchChromium } from '../test/e2e/support/chromium';
import { seedParagraphsPage } from '../test/e2e/support/pages';
import { STORIES_READY } from '../test/e2e/support/popup';
import { serve } from '../test/e2e/support/server';
const L = '/work/shared/pages/listing/';
const pages: Record<string, string> = {
  '/heise': readFileSync(L + 'defgsus-frontpage-archive/heise.de/newsticker.html', 'utf8'),
  '/bild': readFileSync(L + 'defgsus-frontpage-archive/bild.de/index.html', 'utf8'),
  '/webde': readFileSync(L + 'defgsus-frontpage-archive/web.de/politik.html', 'utf8'),
  '/nyt': readFileSync(L + 'crawl-to-the-future/nytimes-2000/20001110001700-nytimes.com-pages-world-index.html', 'latin1'),
  '/wired': readFileSync(L + 'newspaper-tests/wired_main_site.html', 'utf8'),
  '/demo': seedParagraphsPage(),
};
const server = await serve(pages);
const session = await launchChromium();
try {
  for (const p of (process.argv[2] ?? Object.keys(pages).join(',')).split(',')) {
    const page = await session.ctx.newPage();
    await page.goto(server.url(p), { waitUntil: 'domcontentloaded' }).catch(() => {});
    const popup = await session.openPopupFor(server.url(p));
    await popup.setViewportSize({ width: 400, height: 1400 });
    await popup.locator(STORIES_READY).waitFor({ timeout: 60000 });
    if (process.argv[3]) await popup.locator('[data-testid=headline-list] summary').first().click().catch(() => {});
    await popup.screenshot({ path: `/tmp/wt15/shots${p}.png` });
    await popup.close();
    await page.close();
  }
} finally {
  await session.close();
  await server.close();
}
