// Store screenshots: 1280×800 PNG (the Chrome Web Store's size; addons.mozilla.org takes the same).
// Each shows the demo page in a plain browser frame, with the popup open under the toolbar button,
// as a user sees it. Run: npm run screenshots (it builds first). Writes docs/store/screenshot-*.png,
// and the Chrome Web Store's small promo tile (440×280) as docs/store/promo-440x280.png.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../test/e2e/support/chromium';
import { ROOT, testExtensionDir } from '../test/e2e/support/extension';
import { seedParagraphsPage } from '../test/e2e/support/pages';
import { STORIES_READY, STORY_CARD } from '../test/e2e/support/popup';
import { serve } from '../test/e2e/support/server';

const WIDTH = 1280;
const HEIGHT = 800;
/** The browser frame drawn above the page: tab strip and toolbar, about Chrome's own height. */
const FRAME = 76;
const POPUP = { width: 400, height: 600 };
/** A host name for the demo page, mapped to the local server, so the shots read "demo.news", not an IP. */
const HOST = 'demo.news';
const PATH = '/more-news';
/** The popup shows a notice for 4 s (NoticeRegion's VISIBLE_MS); wait it out so the shots are clean. */
const NOTICE_FADE_MS = 4500;

const out = resolve(ROOT, 'docs/store');
mkdirSync(out, { recursive: true });
const iconData = `data:image/png;base64,${readFileSync(resolve(ROOT, 'public/icons/icon-32.png')).toString('base64')}`;

/** The built extension, with host access to the demo host only (activeTab needs a real click). */
function extensionForDemo(): string {
  const dir = testExtensionDir('store-screenshots');
  const manifestPath = resolve(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = [`http://${HOST}/*`];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return dir;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function frameHtml(pagePng: Buffer, popupPng: Buffer, address: string, title: string, dark: boolean): string {
  const png = (b: Buffer) => `data:image/png;base64,${b.toString('base64')}`;
  const [bar, tab, field, ink] = dark ? ['#202124', '#35363a', '#282828', '#e8eaed'] : ['#dee1e6', '#ffffff', '#f1f3f4', '#202124'];
  return `<!doctype html><html><head><style>
  *{box-sizing:border-box} body{margin:0;width:${WIDTH}px;height:${HEIGHT}px;overflow:hidden;position:relative;font:13px/1 system-ui,sans-serif;color:${ink};background:${bar}}
  .tabs{height:36px;display:flex;align-items:flex-end;padding-left:72px;position:relative}
  .dots{position:absolute;left:14px;top:13px;display:flex;gap:8px}.dots i{width:12px;height:12px;border-radius:50%;display:block;background:#ff5f57}.dots i+i{background:#febc2e}.dots i+i+i{background:#28c840}
  .tab{background:${tab};height:30px;width:240px;border-radius:8px 8px 0 0;padding:9px 14px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
  .toolbar{height:40px;background:${tab};display:flex;align-items:center;gap:10px;padding:0 12px;border-bottom:1px solid ${dark ? '#3c4043' : '#d2d5da'}}
  .nav{width:24px;text-align:center;font-size:16px;opacity:.6}
  .address{flex:1;height:28px;border-radius:14px;background:${field};padding:8px 14px}
  .address b{font-weight:400;opacity:.6}
  .ext{width:32px;height:32px;border-radius:50%;display:grid;place-items:center;background:${dark ? '#4a4d51' : '#e3e6ea'}}
  .ext img{width:18px;height:18px}
  .page{position:absolute;top:${FRAME}px;left:0}
  .popup{position:absolute;top:${FRAME - 4}px;right:14px;border-radius:8px;box-shadow:0 10px 36px rgba(0,0,0,.35),0 0 0 1px rgba(0,0,0,.12)}
  </style></head><body>
  <div class="tabs"><div class="dots"><i></i><i></i><i></i></div><div class="tab">${escapeHtml(title)}</div></div>
  <div class="toolbar"><span class="nav">←</span><span class="nav">→</span><span class="nav">↻</span>
  <div class="address">${escapeHtml(address.replace(/^https?:\/\//, '').replace(/\/.*/, ''))}<b>${escapeHtml(address.replace(/^https?:\/\/[^/]+/, ''))}</b></div>
  <span class="ext"><img src="${iconData}" alt=""></span></div>
  <img class="page" src="${png(pagePng)}" alt="">
  <img class="popup" src="${png(popupPng)}" alt="">
  </body></html>`;
}

/** The small promo tile: the icon, the name and what it does, in the icon's blue. */
function promoHtml(): string {
  const svg = readFileSync(resolve(ROOT, 'public/icons/icon.svg'), 'utf8');
  return `<!doctype html><html><head><style>
  body{margin:0;width:440px;height:280px;overflow:hidden;display:flex;align-items:center;gap:22px;padding:0 30px;box-sizing:border-box;
    background:linear-gradient(135deg,#1d4ed8,#2563eb 60%,#3b82f6);color:#fff;font-family:system-ui,sans-serif}
  .icon{width:112px;height:112px;flex:none;border-radius:22px;box-shadow:0 8px 24px rgba(0,0,0,.25)} .icon svg{width:100%;height:100%}
  h1{margin:0 0 10px;font-size:36px;letter-spacing:-.5px} p{margin:0;font-size:17px;line-height:1.35;opacity:.95}
  </style></head><body><div class="icon">${svg}</div><div><h1>Storysplit</h1><p>Run-together news, split into clean stories you can copy and save.</p></div></body></html>`;
}

const server = await serve({ [PATH]: seedParagraphsPage() });
const port = new URL(server.origin).port;
const pageUrl = `http://${HOST}:${port}${PATH}`;
const session = await launchChromium({ extensionDir: extensionForDemo(), args: [`--host-resolver-rules=MAP ${HOST} 127.0.0.1`] });
try {
  const page = await session.ctx.newPage();
  await page.setViewportSize({ width: WIDTH, height: HEIGHT - FRAME });
  await page.goto(pageUrl);
  // The demo column sits left of the popup, as a news column would on a wide page.
  await page.addStyleTag({ content: 'body{margin:2rem 0 2rem 7rem !important}' });
  const composer = await session.ctx.newPage();
  await composer.setViewportSize({ width: WIDTH, height: HEIGHT });

  async function shoot(name: string, popup: Page, dark: boolean): Promise<void> {
    await popup.waitForTimeout(NOTICE_FADE_MS);
    const popupPng = await popup.screenshot();
    const pagePng = await page.screenshot();
    await composer.setContent(frameHtml(pagePng, popupPng, pageUrl.replace(`:${port}`, ''), await page.title(), dark));
    await composer.screenshot({ path: resolve(out, `screenshot-${name}.png`) });
    console.log(`docs/store/screenshot-${name}.png`);
  }

  // 1. The stories of the page, one shown in the page (the highlight), light.
  const popup = await session.openPopupFor(pageUrl);
  await popup.setViewportSize(POPUP);
  await popup.locator(STORIES_READY).waitFor({ timeout: 30_000 });
  await popup.locator(`${STORY_CARD} [data-testid=show-in-page]`).nth(1).click();
  await popup.evaluate(() => window.scrollTo(0, 0));
  await shoot('1-stories', popup, false);

  // 2. The saved library, after saving two stories.
  await popup.locator(`${STORY_CARD} [data-testid=save-story]`).nth(0).click();
  await popup.locator(`${STORY_CARD} [data-testid=save-story]`).nth(3).click();
  await popup.locator('[data-testid=tab-saved]').click();
  await popup.locator('[data-testid=saved-item]').first().waitFor();
  await shoot('2-saved', popup, false);
  await popup.close();

  // 3. Dark mode, on a fresh load of the page in dark colours, a story opened to its full clean text.
  await page.goto(pageUrl);
  await page.addStyleTag({ content: 'body{margin:2rem 0 2rem 7rem !important} html,body{background:#1f2023 !important;color:#d7d9dc !important} a{color:#8ab4f8 !important}' });
  const dark = await session.openPopupFor(pageUrl);
  await dark.emulateMedia({ colorScheme: 'dark' });
  await dark.setViewportSize(POPUP);
  await dark.locator(STORIES_READY).waitFor({ timeout: 30_000 });
  await dark.locator(`${STORY_CARD} [data-testid=expand-story]`).nth(1).click();
  await dark.locator('[data-testid=story-full]').first().waitFor();
  // The document scrolls under a sticky header: bring the opened card just below it.
  await dark.locator(STORY_CARD).nth(1).evaluate((card) => {
    const header = document.querySelector('.header')?.getBoundingClientRect().height ?? 0;
    window.scrollTo(0, card.getBoundingClientRect().top + window.scrollY - header - 8);
  });
  await shoot('3-dark', dark, true);

  await composer.setViewportSize({ width: 440, height: 280 });
  await composer.setContent(promoHtml());
  await composer.screenshot({ path: resolve(out, 'promo-440x280.png') });
  console.log('docs/store/promo-440x280.png');
} finally {
  await session.close();
  await server.close();
}
