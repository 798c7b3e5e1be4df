// The Firefox store package, installed the way "Load Temporary Add-on…" does it: the zip file itself.
// Its manifest (background scripts only) must run in Firefox, with package.json's version; and the
// unzipped package, with the test host permission added, must list the seed page's stories.
// Needs `npm run package` first (npm test runs it).
import { describe, expect, it } from 'vitest';
import { packageFiles, packageVersion } from '../../scripts/lib/release';
import { browserAvailable, testExtensionDir } from './support/extension';
import { FIREFOX, gotoExtensionPage, launchFirefox } from './support/firefox';
import { unpackedPackage } from './support/package';
import { STORIES_READY, STORY_CARD } from './support/popup';

describe.runIf(browserAvailable(FIREFOX))('Firefox: the Firefox store package', () => {
  const zip = packageFiles().firefox;
  const pkg = unpackedPackage(zip);

  it('installs from the zip file as it is; the popup opens and the background answers', async () => {
    const session = await launchFirefox({ extension: zip });
    try {
      const popup = await session.browser.newPage();
      await gotoExtensionPage(popup, `${session.base}popup.html?probe=1`);
      const manifest = await popup.evaluate(() => {
        type Background = { scripts?: string[]; service_worker?: string };
        const m = (globalThis as unknown as { browser: { runtime: { getManifest(): { version: string; background: Background } } } }).browser.runtime.getManifest();
        return { version: m.version, scripts: m.background.scripts, worker: m.background.service_worker ?? null };
      });
      expect(manifest).toEqual({ version: packageVersion(), scripts: [`${session.base}background.js`], worker: null });
      // The Saved tab lists the library through the background script: an empty library proves it answered.
      await popup.click('[data-testid=tab-saved]');
      await popup.waitForSelector('[data-testid=saved-empty]', { timeout: 30_000 });
    } finally {
      await session.close();
    }
  });

  it('the packaged code lists the five stories of the seed page', async () => {
    const session = await launchFirefox({ extension: testExtensionDir('firefox-package', pkg.dir) });
    try {
      const page = await session.browser.newPage();
      await page.goto(pkg.server.url('/news'));
      const popup = await session.openPopupFor(pkg.server.url('/news'));
      await popup.waitForSelector(STORIES_READY, { timeout: 30_000 });
      expect(await popup.$$eval(STORY_CARD, (cards) => cards.length)).toBe(5);
    } finally {
      await session.close();
    }
  });
});
