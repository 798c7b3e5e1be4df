// The release's own rules: one version (package.json's) in every manifest, a manifest per store from the
// one source, a changelog entry for the version, and the package check catching what must not ship.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { manifestFor, type SourceManifest } from '../../../scripts/lib/manifest';
import { listZip, readEntry } from '../../../scripts/lib/zip';
import { checkStorePackage } from '../../../scripts/check-package';

const ROOT = resolve(import.meta.dirname, '../../..');
const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
const source: SourceManifest = JSON.parse(readFileSync(resolve(ROOT, 'manifest.json'), 'utf8'));

describe('one version number', () => {
  it('package.json holds a store version (1 to 4 numbers) and manifest.json none of its own', () => {
    expect(pkg.version).toMatch(/^\d+(\.\d+){0,3}$/);
    expect(source).not.toHaveProperty('version');
  });

  it('package-lock.json agrees with package.json', () => {
    const lock = JSON.parse(readFileSync(resolve(ROOT, 'package-lock.json'), 'utf8'));
    expect([lock.version, lock.packages[''].version]).toEqual([pkg.version, pkg.version]);
  });

  it.runIf(existsSync(resolve(ROOT, 'dist/manifest.json')))('the built dist/manifest.json carries package.json\'s version', () => {
    expect(JSON.parse(readFileSync(resolve(ROOT, 'dist/manifest.json'), 'utf8')).version).toBe(pkg.version);
  });

  it('CHANGELOG.md opens with this version', () => {
    const changelog = readFileSync(resolve(ROOT, 'CHANGELOG.md'), 'utf8');
    expect(changelog.match(/^## \[?(\d[\w.]*)/m)?.[1]).toBe(pkg.version);
  });
});

describe('a manifest per target, from the one source', () => {
  const dist = manifestFor(source, '1.2.3', 'dist');
  const chrome = manifestFor(source, '1.2.3', 'chrome');
  const firefox = manifestFor(source, '1.2.3', 'firefox');

  it('every target gets the version, the same permissions and the same popup', () => {
    for (const m of [dist, chrome, firefox]) {
      expect(m.version).toBe('1.2.3');
      expect(m.permissions).toEqual(source.permissions);
      expect(m.optional_host_permissions).toEqual(source.optional_host_permissions);
      expect(m.action).toEqual(source.action);
    }
  });

  it('dist keeps both background keys and the add-on id, so it loads unpacked in both browsers', () => {
    expect(dist.background).toEqual(source.background);
    expect(dist.browser_specific_settings).toEqual(source.browser_specific_settings);
  });

  it('chrome: a service worker only, no Firefox settings', () => {
    expect(chrome.background).toEqual({ service_worker: 'background.js', type: 'module' });
    expect(chrome).not.toHaveProperty('browser_specific_settings');
  });

  it('firefox: background scripts only, with the add-on id', () => {
    expect(firefox.background).toEqual({ scripts: ['background.js'], type: 'module' });
    expect(firefox.browser_specific_settings).toEqual(source.browser_specific_settings);
  });

  it('refuses a version the stores refuse, and a second version in manifest.json', () => {
    expect(() => manifestFor(source, '1.0.0-beta.1', 'chrome')).toThrow(/store version/);
    expect(() => manifestFor({ ...source, version: '0.1.0' }, '1.2.3', 'chrome')).toThrow(/version of its own/);
  });
});

describe('store texts', () => {
  /** The first ```text block under a `## heading`. */
  const block = (md: string, heading: string) => md.split(/^## /m).find((s) => s.startsWith(heading))?.match(/```text\n([\s\S]*?)\n```/)?.[1];
  it.each([
    ['en', 'Short description', 'Long description'],
    ['de', 'Kurzbeschreibung', 'Ausführliche Beschreibung'],
  ])('%s: the short description is the manifest\'s (at most 132 characters), the long one fits the stores', (lang, short, long) => {
    const md = readFileSync(resolve(ROOT, `docs/store/${lang}.md`), 'utf8');
    const messages = JSON.parse(readFileSync(resolve(ROOT, `public/_locales/${lang}/messages.json`), 'utf8'));
    expect(block(md, short)).toBe(messages.extDescription.message);
    expect(messages.extDescription.message.length).toBeLessThanOrEqual(132);
    expect(block(md, long)?.length).toBeGreaterThan(500);
    expect(block(md, long)!.length).toBeLessThanOrEqual(16_000);
  });
});

describe('store screenshots', () => {
  const dir = resolve(ROOT, 'docs/store');
  const shots = readdirSync(dir).filter((f) => /^screenshot-.*\.png$/.test(f));
  it('there are one to five (the Chrome Web Store takes at most five)', () => {
    expect(shots.length).toBeGreaterThanOrEqual(1);
    expect(shots.length).toBeLessThanOrEqual(5);
  });
  const size = (name: string) => {
    const head = readFileSync(resolve(dir, name)).subarray(0, 24);
    expect(head.subarray(1, 4).toString()).toBe('PNG');
    return [head.readUInt32BE(16), head.readUInt32BE(20)];
  };
  it.each(shots)('%s is a 1280×800 PNG', (name) => {
    expect(size(name)).toEqual([1280, 800]);
  });
  it('the small promo tile is a 440×280 PNG', () => {
    expect(size('promo-440x280.png')).toEqual([440, 280]);
  });
});

/** A zip of deflated entries, enough to feed the checker. */
function makeZip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const raw = Buffer.from(content);
    const data = deflateRawSync(raw);
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(raw), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(raw), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    centrals.push(central, n);
    offset += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

describe('the package check', () => {
  const good = (store: 'chrome' | 'firefox', extra: Record<string, string> = {}, manifest = manifestFor(source, '1.2.3', store)) =>
    makeZip({
      'manifest.json': JSON.stringify(manifest),
      'background.js': 'export {}',
      'content.js': '(()=>{})()',
      'popup.html': '<!doctype html>',
      '_locales/en/messages.json': '{}',
      ...Object.fromEntries(Object.values(source.icons as Record<string, string>).map((p) => [p, 'png'])),
      ...extra,
    });

  it('reads back what it zipped', () => {
    const zip = good('chrome');
    const e = listZip(zip).find((x) => x.name === 'content.js')!;
    expect(readEntry(zip, e).toString()).toBe('(()=>{})()');
  });

  it('passes a clean package for each store', () => {
    expect(checkStorePackage('chrome', good('chrome'), '1.2.3')).toEqual([]);
    expect(checkStorePackage('firefox', good('firefox'), '1.2.3')).toEqual([]);
  });

  it.each([
    ['a source map', { 'assets/popup.js.map': '{}' }, /source map/],
    ['a sourceMappingURL comment', { 'assets/popup.js': 'x\n//# sourceMappingURL=popup.js.map' }, /points at a source map/],
    ['a test file', { 'test/unit/a.test.ts': '' }, /a test file/],
    ['the command line', { 'storysplit.mjs': '' }, /command line/],
    ['evaluation data', { 'eval/dev.jsonl': '' }, /evaluation data/],
    ['a stray page', { 'demo.html': '' }, /does not name/],
  ])('catches %s', (_what, extra, problem) => {
    expect(checkStorePackage('chrome', good('chrome', extra), '1.2.3').join('\n')).toMatch(problem);
  });

  it('catches a wrong version, a missing file and the other browser\'s manifest', () => {
    expect(checkStorePackage('chrome', good('chrome'), '9.9.9').join('\n')).toMatch(/not package.json's 9.9.9/);
    expect(checkStorePackage('chrome', good('firefox'), '1.2.3').join('\n')).toMatch(/background.scripts/);
    expect(checkStorePackage('firefox', good('chrome'), '1.2.3').join('\n')).toMatch(/service_worker/);
    const m = manifestFor(source, '1.2.3', 'chrome');
    expect(checkStorePackage('chrome', good('chrome', {}, { ...m, action: { default_popup: 'missing.html' } }), '1.2.3').join('\n')).toMatch(/missing.html, which is missing/);
  });
});
