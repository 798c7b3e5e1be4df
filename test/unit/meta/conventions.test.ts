// Meta-tests: the repo's own rules, checked on every run.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

function filesUnder(dir: string, ext = /\.(ts|tsx)$/): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p, ext));
    else if (ext.test(name)) out.push(p);
  }
  return out;
}

const rel = (p: string) => relative(ROOT, p);

describe('src/core is pure', () => {
  const BROWSER_API = /webextension-polyfill|from ['"][./]*shared\/|\bchrome\.\w|\bbrowser\.(runtime|tabs|storage|scripting|i18n)|\bdocument\.|\bwindow\.|\blocalStorage\b|\bnavigator\./;
  for (const file of filesUnder(resolve(ROOT, 'src/core'))) {
    it(`${rel(file)} uses no browser API`, () => {
      const code = readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
      expect(code).not.toMatch(BROWSER_API);
    });
  }
});

describe('the polyfill has one door', () => {
  it('only src/shared/browser.ts imports webextension-polyfill', () => {
    const importers = filesUnder(resolve(ROOT, 'src'))
      .filter((f) => /from ['"]webextension-polyfill['"]/.test(readFileSync(f, 'utf8')))
      .map(rel);
    expect(importers).toEqual(['src/shared/browser.ts']);
  });
});

describe('page text never becomes markup', () => {
  it('no innerHTML assignment or dangerouslySetInnerHTML in src', () => {
    const offenders = filesUnder(resolve(ROOT, 'src')).filter((f) => /dangerouslySetInnerHTML|\.(inner|outer)HTML\s*=|insertAdjacentHTML/.test(readFileSync(f, 'utf8')));
    expect(offenders.map(rel)).toEqual([]);
  });
});

describe('privacy', () => {
  it('no network API in src', () => {
    const offenders = filesUnder(resolve(ROOT, 'src')).filter((f) => /\bfetch\(|XMLHttpRequest|new WebSocket|sendBeacon|EventSource\(/.test(readFileSync(f, 'utf8')));
    expect(offenders.map(rel)).toEqual([]);
  });
  it('the manifest asks for no host permission up front', () => {
    const manifest = JSON.parse(readFileSync(resolve(ROOT, 'manifest.json'), 'utf8'));
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.permissions.sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
  });
});

describe('tests stand alone', () => {
  // The shared evaluation folder sits beside the repo on dev machines only; a fresh clone has none.
  const SHARED_DIR = new RegExp(['\\.\\.', 'shared'].join('/'));
  it('no test or source file reads the shared evaluation folder beside the repo', () => {
    const files = [...filesUnder(resolve(ROOT, 'src')), ...filesUnder(resolve(ROOT, 'test'))].filter((f) => !f.endsWith('conventions.test.ts'));
    const offenders = files.filter((f) => SHARED_DIR.test(readFileSync(f, 'utf8')) || readFileSync(f, 'utf8').includes('/work/' + 'shared'));
    expect(offenders.map(rel)).toEqual([]);
  });
});

describe('core rooms import one way', () => {
  // text ← boundaries ← anatomy: boundaries and anatomy read text; anatomy may read boundary results;
  // boundaries never read anatomy, and text reads neither. types.ts is the shared vocabulary of all three.
  const ALLOWED: Record<string, string[]> = { text: ['text'], boundaries: ['text', 'boundaries'], anatomy: ['text', 'boundaries', 'anatomy'] };
  const CORE = resolve(ROOT, 'src/core');
  for (const room of Object.keys(ALLOWED)) {
    for (const file of filesUnder(resolve(CORE, room))) {
      it(`${rel(file)} imports only ${ALLOWED[room].join(', ')}`, () => {
        const specs = [...readFileSync(file, 'utf8').matchAll(/from\s+['"](\.[^'"]+)['"]/g)].map((m) => m[1]);
        const rooms = specs.map((s) => relative(CORE, resolve(dirname(file), s)).split('/')).map((parts) => (parts.length > 1 ? parts[0] : 'core-top:' + parts[0]));
        const bad = rooms.filter((r) => !ALLOWED[room].includes(r) && r !== 'core-top:types');
        expect(bad).toEqual([]);
      });
    }
  }
});
