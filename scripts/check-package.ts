// Checks what `npm run package` wrote to release/, and fails (exit 1) on the first run that breaks a rule:
// - each store package: the files the manifest names are there; nothing else sneaks in: no source maps
//   (nor a sourceMappingURL pointing at one), no tests, no TypeScript sources, no command line, no evaluation
//   data from the shared folder beside the repo; the manifest is this browser's, with package.json's version;
// - the source archive: BUILD.md at the root, the lock file, no build output, no evaluation data;
// - every archive under its budget (scripts/lib/release.ts).
// Run: npx tsx scripts/check-package.ts (npm run package runs it last).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { listZip, readEntry, type ZipEntry } from './lib/zip';
import { BUDGET_BYTES, NOT_EXTENSION, STORES, inGitCheckout, packageFiles, packageVersion, type Store } from './lib/release';

/** Names of the evaluation sets kept beside the repo (held-out and dev data must never ship). */
const EVAL_DATA = /(^|\/)eval\/|heldout|(^|\/)(train|dev|devwide|pages-dev|choi)\.jsonl$/;
const TEST_FILE = /(^|\/)(test|tests|__tests__|e2e|fixtures)\/|\.(test|spec)\.[cm]?[jt]sx?$/;

export function checkStorePackage(store: Store, zip: Buffer, version: string): string[] {
  const problems: string[] = [];
  const entries = listZip(zip);
  const files = new Map(entries.filter((e) => !e.name.endsWith('/')).map((e) => [e.name, e] as [string, ZipEntry]));
  const text = (name: string) => readEntry(zip, files.get(name)!).toString('utf8');
  for (const name of files.keys()) {
    if (name.endsWith('.map')) problems.push(`${name}: a source map`);
    if (TEST_FILE.test(name)) problems.push(`${name}: a test file`);
    if (/\.(ts|tsx|mts)$/.test(name)) problems.push(`${name}: a TypeScript source`);
    if (NOT_EXTENSION(name)) problems.push(`${name}: the command line, not the extension`);
    if (EVAL_DATA.test(name) || /\.(jsonl|txt|bin)$/.test(name)) problems.push(`${name}: evaluation data`);
    if (name.split('/').some((part) => part.startsWith('.'))) problems.push(`${name}: a hidden file`);
    if (/\.(m?js|css|html)$/.test(name) && /sourceMappingURL=/.test(text(name))) problems.push(`${name}: points at a source map`);
  }
  if (!files.has('manifest.json')) return [...problems, 'no manifest.json'];
  const m = JSON.parse(text('manifest.json'));
  if (m.version !== version) problems.push(`manifest version ${m.version} is not package.json's ${version}`);
  const needed = [m.action?.default_popup, m.background?.service_worker, ...(m.background?.scripts ?? []), ...Object.values(m.icons ?? {}), 'content.js', `_locales/${m.default_locale}/messages.json`];
  for (const name of files.keys()) if (name.endsWith('.html') && name !== m.action?.default_popup) problems.push(`${name}: a page the manifest does not name`);
  for (const f of needed) if (typeof f === 'string' && !files.has(f)) problems.push(`manifest names ${f}, which is missing`);
  if (store === 'chrome') {
    if (m.background?.scripts) problems.push('chrome manifest: background.scripts (MV2 only in Chrome)');
    if (m.browser_specific_settings) problems.push('chrome manifest: browser_specific_settings (unknown to Chrome)');
  } else {
    if (m.background?.service_worker) problems.push('firefox manifest: background.service_worker (ignored by Firefox)');
    if (!m.browser_specific_settings?.gecko?.id) problems.push('firefox manifest: no add-on id');
  }
  return problems;
}

export function checkSourceArchive(zip: Buffer): string[] {
  const problems: string[] = [];
  const names = listZip(zip).map((e) => e.name);
  for (const f of ['BUILD.md', 'package.json', 'package-lock.json', 'manifest.json', 'vite.config.ts']) if (!names.includes(f)) problems.push(`${f} is missing at the root`);
  for (const n of names) {
    if (/^(dist|release|node_modules|\.e2e-tmp|coverage)\//.test(n)) problems.push(`${n}: build output or installed packages`);
    if (EVAL_DATA.test(n)) problems.push(`${n}: evaluation data`);
  }
  return problems;
}

function main(): void {
  const version = packageVersion();
  const files = packageFiles(version);
  const problems: string[] = [];
  const sizes: string[] = [];
  // Outside a git checkout (a build from the source archive itself) there is no source archive to check.
  const kinds = inGitCheckout() ? ([...STORES, 'source'] as const) : STORES;
  for (const kind of kinds) {
    const path = files[kind];
    if (!existsSync(path)) {
      problems.push(`${basename(path)} is missing: run npm run package`);
      continue;
    }
    const zip = readFileSync(path);
    const size = statSync(path).size;
    sizes.push(`${basename(path)} ${(size / 1024).toFixed(1)} KB of ${BUDGET_BYTES[kind] / 1000} KB`);
    if (size > BUDGET_BYTES[kind]) problems.push(`${basename(path)}: ${size} bytes, over the budget of ${BUDGET_BYTES[kind]}`);
    const found = kind === 'source' ? checkSourceArchive(zip) : checkStorePackage(kind, zip, version);
    problems.push(...found.map((p) => `${basename(path)}: ${p}`));
  }
  console.log(`check-package: ${sizes.join(', ')}`);
  if (problems.length) {
    console.error(`check-package: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log('check-package: ok (no source maps, tests, TypeScript, command line or evaluation data; manifests and versions right)');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
