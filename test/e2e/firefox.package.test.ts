// The Firefox store package, installed the way "Load Temporary Add-on…" does it: the zip file itself.
// Its manifest (background scripts only) must run in Firefox, with package.json's version; and the
// unzipped package, with the test host permission added, must list the seed page's stories.
// Needs `npm run package` first (npm test runs it).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipTo } from '../../scripts/lib/zip';
import { packageFiles, packageVersion } from '../../scripts/lib/release';
import { browserAvailable, testExtensionDir } from './support/extension';
import { FIREFOX, gotoExtensionPage, launchFirefox } from './support/firefox';
import { seedParagraphsPage } from './support/pages';
import { STORIES_READY, STORY_CARD } from './support/popup';
import { serve, type TestServer } from './support/server';

describe.runIf(browserAvailable(FIREFOX))('Firefox: the Firefox store package', () => {
  const zip = packageFiles().firefox;
  let unpacked: string;
  let server: TestServer;

  beforeAll(async () => {
    if (!existsSync(zip)) throw new Error(`${zip} is missing: run \`npm run package\` before the E2E tests.`);
    unpacked = mkdtempSync(join(tmpdir(), 'storysplit-package-'));
    unzipTo(zip, unpacked);
    server = await serve({ '/news': seedParagraphsPage() });
  });
  afterAll(async () => {
    await server?.close();
    if (unpacked) rmSync(unpacked, { recursive: true, force: true });
  });

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
    const session = await launchFirefox({ extension: testExtensionDir('firefox-package', unpacked) });
    try {
      const page = await session.browser.newPage();
      await page.goto(server.url('/news'));
      const popup = await session.openPopupFor(server.url('/news'));
      await popup.waitForSelector(STORIES_READY, { timeout: 30_000 });
      expect(await popup.$$eval(STORY_CARD, (cards) => cards.length)).toBe(5);
    } finally {
      await session.close();
    }
  });
});
