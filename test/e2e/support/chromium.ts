// Chromium with the extension loaded, through playwright-core and Debian's /usr/bin/chromium.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testExtensionDir } from './extension';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The slice of the worker's `chrome` global the tests use (no @types/chrome in this project). */
interface ChromeGlobal {
  chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
}

export interface ChromiumSession {
  ctx: BrowserContext;
  /** The worker of the moment: a test that stops it sets the restarted one here. */
  worker: Worker;
  extensionId: string;
  /** Opens the popup as a tab for the tab showing `pageUrl` (a test can't click the toolbar). */
  openPopupFor(pageUrl: string, query?: string): Promise<Page>;
  tabIdOf(pageUrl: string): Promise<number>;
  /** The running worker, after a stop and restart. */
  currentWorker(): Promise<Worker>;
  close(): Promise<void>;
}

/**
 * `extensionDir`: an unpacked extension to load as it is (default: a copy of dist/ with the test host permission).
 * `args`: more command-line switches (the store screenshots map a demo host name to 127.0.0.1).
 */
export async function launchChromium(opts: { headless?: boolean; extensionDir?: string; args?: string[] } = {}): Promise<ChromiumSession> {
  const ext = opts.extensionDir ?? testExtensionDir('chromium');
  const profile = mkdtempSync(join(tmpdir(), 'storysplit-chromium-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
      '--disable-quic',
      ...(opts.args ?? []),
    ],
  });
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  async function tabIdOf(pageUrl: string): Promise<number> {
    const tabs = await session.worker.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.tabs.query({}));
    const tab = tabs.find((t) => t.url === pageUrl);
    if (!tab?.id) throw new Error(`no tab shows ${pageUrl}`);
    return tab.id;
  }

  const session: ChromiumSession = {
    ctx,
    worker,
    extensionId,
    tabIdOf,
    async openPopupFor(pageUrl, query = '') {
      const tabId = await tabIdOf(pageUrl);
      const popup = await ctx.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}${query}`);
      return popup;
    },
    async currentWorker() {
      for (let i = 0; i < 100; i++) {
        const w = ctx.serviceWorkers().at(-1);
        // A stopped worker's handle never answers: race each probe against a short timer.
        const alive = w ? await Promise.race([w.evaluate(() => 1).catch(() => 0), new Promise<number>((r) => setTimeout(() => r(0), 300))]) : 0;
        if (w && alive) return w;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error('the worker did not come back');
    },
    async close() {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return session;
}

/** Runs a function in the worker with the extension's `chrome` global (typed loosely on purpose). */
export function inWorker<T>(session: ChromiumSession, fn: string): Promise<T> {
  return session.worker.evaluate(fn) as Promise<T>;
}
