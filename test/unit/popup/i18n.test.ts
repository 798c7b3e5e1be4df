import { afterEach, describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import de from '../../../public/_locales/de/messages.json';
import manifest from '../../../manifest.json';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { setMessageSource, substitute, t } from '../../../src/popup/i18n';
import { FLAG_PARTS, FLAG_WORDING, messageKey, type FlagCode } from '../../../src/core/anatomy/flag-wording';

afterEach(() => setMessageSource(null));

describe('i18n', () => {
  it('substitutes $1…$9 and $$ like the browser', () => {
    expect(substitute('$1 of $2 ($$)', ['3', '9'])).toBe('3 of 9 ($)');
    expect(t('searchCount', 1, 3)).toBe('1 of 3 shown');
  });

  it('reads through the browser API when present, and falls back to English when it answers nothing', () => {
    setMessageSource((key, subs) => (key === 'copy' ? 'Kopieren' : key === 'storiesMany' ? `${subs?.[0]} Artikel` : ''));
    expect(t('copy')).toBe('Kopieren');
    expect(t('storiesMany', 4)).toBe('4 Artikel');
    expect(t('undo')).toBe('Undo');
  });

  it('de has every en key with the same $-placeholders, and both define the manifest keys', () => {
    const enKeys = Object.keys(en).sort();
    // Flag reasons are worded in English by core's one table (flag-wording.ts); de also keys them by the same codes.
    const flagKeys = [...Object.keys(FLAG_WORDING).map((c) => messageKey(c as FlagCode)), ...Object.keys(FLAG_PARTS)];
    expect(Object.keys(de).sort()).toEqual([...enKeys, ...flagKeys].sort());
    const dollars = (s: string) => (s.match(/\$[1-9]/g) ?? []).sort().join();
    for (const k of enKeys) expect(dollars((de as Record<string, { message: string }>)[k].message), k).toBe(dollars((en as Record<string, { message: string }>)[k].message));
    const used = JSON.stringify(manifest).match(/__MSG_(\w+)__/g)!.map((m) => m.slice(6, -2));
    expect(used.sort()).toEqual(['actionTitle', 'commandOpen', 'extDescription', 'extName']);
    for (const k of [...used, 'menuSplitSelection']) expect(enKeys).toContain(k);
  });

  it('keys are valid message names (letters, digits, underscore)', () => {
    for (const k of Object.keys(en)) expect(k).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it('popup components contain no hard-coded user-facing English', () => {
    const dir = join(import.meta.dirname, '../../../src/popup/components');
    for (const f of readdirSync(dir)) {
      const src = readFileSync(join(dir, f), 'utf8').replace(/^\s*\/\/.*$/gm, '');
      // Text between JSX tags that is not an expression: >Words<
      const literal = src.match(/>\s*[A-Za-z][A-Za-z ,.'!?]{2,}\s*</g);
      expect(literal, f).toBeNull();
      expect(src, f).not.toMatch(/dangerouslySetInnerHTML|innerHTML/);
    }
  });
});
