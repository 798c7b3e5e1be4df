// README screenshots: both popup tabs, light and dark, on the demo page. Run: npx tsx scripts/screenshots.ts
// (after `npm run build`). Writes docs/screenshots/{stories,saved}-{light,dark}.png.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../test/e2e/support/chromium';
import { ROOT } from '../test/e2e/support/extension';
import { seedParagraphsPage } from '../test/e2e/support/pages';
import { STORIES_READY, STORY_CARD } from '../test/e2e/support/popup';
import { serve } from '../test/e2e/support/server';

/** The popup shows a notice for 4 s (NoticeRegion's VISIBLE_MS); wait it out so screenshots are clean. */
const NOTICE_FADE_MS = 4500;
const out = resolve(ROOT, 'docs/screenshots');
mkdirSync(out, { recursive: true });
const server = await serve({ '/news': seedParagraphsPage() });
const session = await launchChromium();
try {
  const page = await session.ctx.newPage();
  await page.goto(server.url('/news'));
  for (const scheme of ['light', 'dark'] as const) {
    const popup = await session.openPopupFor(server.url('/news'));
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.locator(STORIES_READY).waitFor();
    if (scheme === 'light') {
      await popup.locator(`${STORY_CARD} [data-testid=save-story]`).nth(0).click();
      await popup.locator(`${STORY_CARD} [data-testid=save-story]`).nth(3).click();
    }
    await popup.evaluate(() => document.querySelectorAll('*').forEach((e) => e.scrollTop > 0 && (e.scrollTop = 0)));
    await popup.evaluate(() => window.scrollTo(0, 0));
    await popup.waitForTimeout(NOTICE_FADE_MS); // let the "Saved" notice fade
    await popup.screenshot({ path: resolve(out, `stories-${scheme}.png`) });
    await popup.locator('[data-testid=tab-saved]').click();
    await popup.locator('[data-testid=saved-item]').first().waitFor();
    await popup.screenshot({ path: resolve(out, `saved-${scheme}.png`) });
    await popup.close();
  }
  console.log(`screenshots written to ${out}`);
} finally {
  await session.close();
  await server.close();
}
