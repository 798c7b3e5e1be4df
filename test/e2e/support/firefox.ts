// Firefox ESR with the extension installed, through puppeteer-core over WebDriver BiDi
// (no geckodriver is available here, and Playwright can't drive a stock Firefox).
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT, testExtensionDir } from './extension';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** A fixed internal UUID, so the test knows the moz-extension:// origin in advance. */
const UUID = '6f1f8d52-8a1b-4c2e-9d3f-5a7b9c0e1d23';

export interface FirefoxSession {
  browser: Browser;
  base: string;
  openPopupFor(pageUrl: string): Promise<Page>;
  close(): Promise<void>;
}

/** page.goto on moz-extension:// never resolves under BiDi: start it, then poll the location. */
export async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  void page.goto(url).catch(() => undefined);
  const until = Date.now() + 15_000;
  while (Date.now() < until) {
    const href = await page.evaluate(() => location.href).catch(() => '');
    if (href === url && (await page.evaluate(() => document.readyState).catch(() => '')) === 'complete') return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out opening ${url}`);
}

/** `extension`: a folder or a .zip/.xpi to install as it is (default: a copy of dist/ with the test host permission). */
export async function launchFirefox(opts: { extension?: string } = {}): Promise<FirefoxSession> {
  const ext = opts.extension ?? testExtensionDir('firefox');
  const id = JSON.parse(readFileSync(resolve(ROOT, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id as string;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [id]: UUID }) },
  });
  await browser.installExtension(ext);
  const base = `moz-extension://${UUID}/`;
  return {
    browser,
    base,
    async openPopupFor(pageUrl) {
      const popup = await browser.newPage();
      await gotoExtensionPage(popup, `${base}popup.html?probe=1`);
      const tabId = await popup.evaluate(async (u: string) => {
        const ext = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).browser;
        const tabs = await ext.tabs.query({});
        return tabs.find((t) => t.url === u)?.id ?? -1;
      }, pageUrl);
      if (tabId < 0) throw new Error(`no tab shows ${pageUrl}`);
      await gotoExtensionPage(popup, `${base}popup.html?tabId=${tabId}`);
      return popup;
    },
    close: () => browser.close(),
  };
}
