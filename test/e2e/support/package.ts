// A store package as the store ships it: its zip unzipped into a temporary folder, and the seed page served, for
// the tests of one describe block (the Chromium and the Firefox package tests share this setup).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { unzipTo } from '../../../scripts/lib/zip';
import { seedParagraphsPage } from './pages';
import { serve, type TestServer } from './server';

export interface UnpackedPackage {
  /** The unzipped package's folder. */
  dir: string;
  /** Serves the seed page at /news. */
  server: TestServer;
}

/** Registers the setup and clean-up hooks; the fields are filled before the block's first test runs. */
export function unpackedPackage(zip: string): UnpackedPackage {
  const pkg = {} as UnpackedPackage;
  beforeAll(async () => {
    if (!existsSync(zip)) throw new Error(`${zip} is missing: run \`npm run package\` before the E2E tests.`);
    pkg.dir = mkdtempSync(join(tmpdir(), 'storysplit-package-'));
    unzipTo(zip, pkg.dir);
    pkg.server = await serve({ '/news': seedParagraphsPage() });
  });
  afterAll(async () => {
    await pkg.server?.close();
    if (pkg.dir) rmSync(pkg.dir, { recursive: true, force: true });
  });
  return pkg;
}
