// What a release is made of: where the packages go, their names, and what they may weigh.
// Shared by scripts/package.ts, scripts/check-package.ts and the E2E test that loads the Chrome zip.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = resolve(ROOT, 'dist');
/** Git-ignored: `npm run package` empties and refills it. */
export const RELEASE_DIR = resolve(ROOT, 'release');

export type Store = 'chrome' | 'firefox';
export const STORES: readonly Store[] = ['chrome', 'firefox'];

export function packageVersion(): string {
  return JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')).version;
}

export function packageFiles(version = packageVersion()) {
  return {
    chrome: resolve(RELEASE_DIR, `storysplit-${version}-chrome.zip`),
    firefox: resolve(RELEASE_DIR, `storysplit-${version}-firefox.zip`),
    /** The source code AMO asks for when the add-on's code is bundled or minified. */
    source: resolve(RELEASE_DIR, `storysplit-${version}-source.zip`),
  };
}

/**
 * Size budgets, zipped. The 0.2.0 store packages weigh about 77 KB; the budget leaves room to grow
 * but stops an accident (a bundled data file, an inlined source map) well before any store limit.
 * The source archive is the tracked files, about 1.4 MB zipped (most of it the PNG screenshots).
 */
export const BUDGET_BYTES = { chrome: 200_000, firefox: 200_000, source: 4_000_000 } as const;

/** Build outputs in dist/ that are not the extension: the `storysplit` command line, for Node. */
export const NOT_EXTENSION = (rel: string) => rel === 'storysplit.mjs' || rel === 'cli' || rel.startsWith('cli/');

/** The source archive is made from git's tracked files, so only in a git checkout (not in the archive itself). */
export function inGitCheckout(): boolean {
  try {
    return execFileSync('git', ['-C', ROOT, 'rev-parse', '--is-inside-work-tree'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() === 'true';
  } catch {
    return false;
  }
}
