// The Chrome store package, as a user or the store gets it: unzipped from release/ (not dist/) and loaded.
// It must load with no manifest error (Chrome flags `background.scripts` in MV3, which dist/ keeps for
// Firefox), carry package.json's version, and do the main job. Needs `npm run package` first (npm test runs it).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageFiles, packageVersion } from '../../scripts/lib/release';
import { launchChromium, CHROMIUM } from './support/chromium';
import { browserAvailable, testExtensionDir } from './support/extension';
import { unpackedPackage } from './support/package';
import { readStoryList } from './support/popup';

interface ExtensionInfo {
  name: string;
  version: string;
  state: string;
  installWarnings: string[];
  manifestErrors: { manifestKey?: string; message: string }[];
  runtimeErrors: { message: string }[];
}

describe.runIf(browserAvailable(CHROMIUM))('Chromium: the Chrome store package', () => {
  const zip = packageFiles().chrome;
  const pkg = unpackedPackage(zip);

  it('loads from the unzipped zip, as it is, with no manifest error or warning', async () => {
    const session = await launchChromium({ extensionDir: pkg.dir });
    try {
      const page = await session.ctx.newPage();
      await page.goto('chrome://extensions');
      // Developer mode shows manifest errors; a reload makes Chrome collect them for this extension.
      const info = await page.evaluate(async (id: string) => {
        const dev = (globalThis as unknown as { chrome: { developerPrivate: {
          updateProfileConfiguration(c: object): Promise<void>;
          reload(id: string, o: object): Promise<void>;
          getExtensionsInfo(): Promise<({ id: string } & Record<string, unknown>)[]>;
        } } }).chrome.developerPrivate;
        await dev.updateProfileConfiguration({ inDeveloperMode: true });
        await dev.reload(id, { failQuietly: true });
        // The reload resolves before the extension is back: it reads DISABLED for a moment under load.
        for (let waited = 0; ; waited += 100) {
          const info = (await dev.getExtensionsInfo()).find((e) => e.id === id);
          if (info?.state !== 'DISABLED' || waited >= 10_000) return info;
          await new Promise((r) => setTimeout(r, 100));
        }
      }, session.extensionId) as unknown as ExtensionInfo;
      expect(info.name).toBe('Storysplit');
      expect(info.version).toBe(packageVersion());
      expect(info.state).toBe('ENABLED');
      expect(info.installWarnings).toEqual([]);
      expect(info.manifestErrors.map((e) => e.message)).toEqual([]);
      expect(info.runtimeErrors.map((e) => e.message)).toEqual([]);
      // The packaged manifest asks for what the source manifest asks for, nothing more.
      const packaged = JSON.parse(readFileSync(resolve(pkg.dir, 'manifest.json'), 'utf8'));
      expect(packaged.permissions).toEqual(['activeTab', 'scripting', 'storage', 'contextMenus']);
      expect(packaged.host_permissions).toBeUndefined();
    } finally {
      await session.close();
    }
  });

  it('the packaged code lists the five stories of the seed page', async () => {
    // The one test-only change: host access to 127.0.0.1, since activeTab needs a real click.
    const session = await launchChromium({ extensionDir: testExtensionDir('chromium-package', pkg.dir) });
    try {
      const page = await session.ctx.newPage();
      await page.goto(pkg.server.url('/news'));
      const popup = await session.openPopupFor(pkg.server.url('/news'));
      const stories = await readStoryList(popup);
      expect(stories).toHaveLength(5);
      expect(stories[1].badges).toContain('cut_mid_sentence');
    } finally {
      await session.close();
    }
  });
});
