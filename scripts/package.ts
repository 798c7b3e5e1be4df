// `npm run package`: from the clean build that runs first, the two store packages and the source archive.
//   release/storysplit-<version>-chrome.zip   for the Chrome Web Store (and "Load unpacked" once unzipped)
//   release/storysplit-<version>-firefox.zip  for addons.mozilla.org (and Firefox's temporary install)
//   release/storysplit-<version>-source.zip   the tracked source files, with BUILD.md at the root, for AMO's review
// Each package gets its own manifest from the one source manifest (scripts/lib/manifest.ts).
// scripts/check-package.ts then checks what is inside and what it weighs.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { manifestFor } from './lib/manifest';
import { DIST, NOT_EXTENSION, RELEASE_DIR, ROOT, STORES, inGitCheckout, packageFiles, packageVersion } from './lib/release';

const version = packageVersion();
const files = packageFiles(version);
if (!existsSync(resolve(DIST, 'manifest.json'))) throw new Error('dist/ is missing: `npm run package` builds it first (npm run build).');

rmSync(RELEASE_DIR, { recursive: true, force: true });
mkdirSync(RELEASE_DIR, { recursive: true });
const source = JSON.parse(readFileSync(resolve(ROOT, 'manifest.json'), 'utf8'));
const webExt = resolve(ROOT, 'node_modules/.bin/web-ext');
const kb = (path: string) => `${(statSync(path).size / 1024).toFixed(1)} KB`;

for (const store of STORES) {
  const stage = resolve(RELEASE_DIR, '.stage', store);
  cpSync(DIST, stage, {
    recursive: true,
    filter: (src) => {
      const rel = relative(DIST, src).split('\\').join('/');
      return !NOT_EXTENSION(rel) && !rel.endsWith('.map');
    },
  });
  writeFileSync(resolve(stage, 'manifest.json'), JSON.stringify(manifestFor(source, version, store), null, 2) + '\n');
  const r = spawnSync(webExt, ['build', '--source-dir', stage, '--artifacts-dir', RELEASE_DIR, '--filename', basename(files[store]), '--overwrite-dest', '--no-config-discovery'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`web-ext build for ${store} failed:\n${r.stdout}\n${r.stderr}`);
  console.log(`${store}: ${relative(ROOT, files[store])} (${kb(files[store])})`);
}
rmSync(resolve(RELEASE_DIR, '.stage'), { recursive: true, force: true });

// The source archive: tracked files only, as they are in the working tree (`git stash create` makes a commit
// of the tracked changes without touching the tree or the stash; it prints nothing when there are none).
const git = (...args: string[]) => execFileSync('git', ['-C', ROOT, ...args], { encoding: 'utf8' }).trim();
if (!inGitCheckout()) {
  console.warn('source: skipped, this is not a git checkout (the source archive is made from the tracked files)');
} else {
  const tree = git('stash', 'create') || 'HEAD';
  git('archive', '--format=zip', '-o', files.source, tree);
  const untracked = git('ls-files', '--others', '--exclude-standard');
  if (tree !== 'HEAD') console.warn('source: the archive includes uncommitted changes to tracked files');
  if (untracked) console.warn(`source: untracked files are not in the archive:\n  ${untracked.split('\n').join('\n  ')}`);
  console.log(`source: ${relative(ROOT, files.source)} (${kb(files.source)})`);
}
