// `npm start`: the main job on a bundled demo. Builds, opens Chromium with the extension on a local page
// made from the seed text, shows the popup's story list, prints it, and writes a screenshot.
// A visible window when a display exists; headless otherwise.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../test/e2e/support/chromium';
import { ROOT } from '../test/e2e/support/extension';
import { seedParagraphsPage } from '../test/e2e/support/pages';
import { serve } from '../test/e2e/support/server';
import { STORY_CARD, readStoryList } from '../test/e2e/support/popup';

const headless = !process.env.DISPLAY;
// Not docs/screenshots: that picture is tracked, and rewriting it left a fresh clone dirty after the first run.
// .e2e-tmp/ is ignored by git; `npx tsx scripts/screenshots.ts` is the one command that renews the tracked ones.
const shotDir = resolve(ROOT, '.e2e-tmp');

execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
const server = await serve({ '/': seedParagraphsPage() });
const session = await launchChromium({ headless });
try {
  const page = await session.ctx.newPage();
  await page.goto(server.url('/'));
  const popup = await session.openPopupFor(server.url('/'));
  await popup.locator(STORY_CARD).first().waitFor({ timeout: 30_000 });
  const stories = await readStoryList(popup);
  console.log(`\nStorysplit found ${stories.length} stories on the demo page (${server.url('/')}):\n`);
  stories.forEach((s, i) => console.log(`${String(i + 1).padStart(2)}. ${s.title}${s.labels.length ? `  [${s.labels.join(', ')}]` : ''}`));
  mkdirSync(shotDir, { recursive: true });
  const shot = resolve(shotDir, 'demo-popup.png');
  await popup.screenshot({ path: shot, fullPage: true });
  console.log(`\nscreenshot: ${shot}`);
  if (!headless) {
    console.log('The browser stays open: press Ctrl+C to quit.');
    await new Promise<void>((r) => process.once('SIGINT', () => r()));
  }
} finally {
  await session.close();
  await server.close();
}
