// Looks at saved pages as a user would: serves each HTML file on 127.0.0.1, opens it in Chromium with the built
// extension, and screenshots the popup (first screen and the whole list). For judging page work by eye.
// usage: npm run build && npx tsx scripts/popup-shots.ts [--out DIR] [--height PX] FILE.html ...
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { launchChromium } from '../test/e2e/support/chromium';
import { STORIES_READY } from '../test/e2e/support/popup';
import { serve } from '../test/e2e/support/server';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : fallback; };
const out = resolve(opt('--out', '/tmp/popup-shots'));
/** The full list is cut at this height: enough to judge a long front, small enough to view. */
const fullHeight = Number(opt('--height', '2400'));
const files = args;
if (!files.length) {
  console.error('usage: npx tsx scripts/popup-shots.ts [--out DIR] [--height PX] FILE.html ...');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const pages = Object.fromEntries(files.map((f, i) => [`/p${i}`, readFileSync(f, 'utf8')]));
const server = await serve(pages);
const session = await launchChromium();
try {
  for (const [i, file] of files.entries()) {
    const url = server.url(`/p${i}`);
    const page = await session.ctx.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const popup = await session.openPopupFor(url);
    // The folder too: fronts of several sites are all called index.html.
    const name = `${basename(dirname(resolve(file)))}-${basename(file).replace(/\.html?$/, '')}`;
    try {
      await popup.locator(`${STORIES_READY}, [role=alert], [data-testid=empty]`).first().waitFor({ timeout: 20000 });
    } catch {
      console.warn(`${name}: no list, alert or empty state within 20 s`);
    }
    await popup.screenshot({ path: resolve(out, `${name}.png`) });
    const height = await popup.evaluate(() => document.documentElement.scrollHeight);
    await popup.setViewportSize({ width: 400, height: Math.min(fullHeight, height) });
    await popup.screenshot({ path: resolve(out, `${name}-full.png`) });
    console.log(`${name}: ${resolve(out, `${name}.png`)} (list ${height} px)`);
    await popup.close();
    await page.close();
  }
} finally {
  await session.close();
  await server.close();
}
