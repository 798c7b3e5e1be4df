// A copy of the built dist for tests, with the one permission a test can't get by a click:
// host access to 127.0.0.1 (activeTab needs a real user gesture). The shipped manifest is unchanged.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const DIST = resolve(ROOT, 'dist');
export const TEST_HOSTS = ['http://127.0.0.1/*'];

/** A copy of `from` (dist/ unless told) under .e2e-tmp/<name>, with the test host permission added. */
export function testExtensionDir(name: string, from = DIST): string {
  if (!existsSync(resolve(from, 'manifest.json'))) throw new Error(`${from} has no manifest.json: run \`npm run build\` before the E2E tests.`);
  const dir = resolve(ROOT, '.e2e-tmp', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(from, dir, { recursive: true });
  const manifestPath = resolve(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = TEST_HOSTS;
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return dir;
}

/** E2E tests fail, never skip, when a browser is missing under CI. Locally they skip with a note. */
export function browserAvailable(path: string): boolean {
  if (existsSync(path)) return true;
  if (process.env.CI === 'true') throw new Error(`${path} is missing: .ci/run installs it (apt-get install chromium firefox-esr).`);
  console.warn(`skipping: ${path} is not installed`);
  return false;
}
