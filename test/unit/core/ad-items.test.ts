// Ads set like teasers on a page: a linked title, an ad label right under it, a pitch. Read on pages only, in the
// page's language; an article's own headline over an ad slot, or a pasted text, is never one.
import { describe, expect, it } from 'vitest';
import { adItems, isAdLabel } from '../../../src/core/anatomy/ad-items';
import { langData } from '../../../src/core/text/lang/anatomy/index';
import { segment } from '../../../src/core/index';
import type { Block } from '../../../src/core/types';

const en = langData('en');

/** Lines as the page's blocks, with the text the engine reads and where each block starts in it. */
function page(lines: { text: string; headingLevel?: number; isLink?: boolean }[]) {
  const blocks: Block[] = lines.map((l) => ({ ...l }));
  const starts: number[] = [];
  const text = lines.map((l) => l.text).join('\n');
  blocks.reduce((at, b) => (starts.push(at), at + b.text.length + 1), 0);
  return { text, blocks, starts, whole: [{ start: 0, end: text.length }] };
}
const read = (p: ReturnType<typeof page>) => {
  const r = adItems(p.text, p.whole, en, p.blocks, p.starts);
  return r.spans.map((s, k) => ({ text: p.text.slice(s.start, s.end).trim(), ad: r.ad[k] }));
};

describe('ad items on a page', () => {
  it('reads an ad label in the languages given, an icon glyph beside it or not', () => {
    expect(isAdLabel('AdChoices\uE05A', en)).toBe(true);
    expect(isAdLabel('Anzeige', langData('de'))).toBe(true);
    expect(isAdLabel('Anzeige', en)).toBe(false);
  });

  it('reads a teaser-sized item under a linked title and an ad label as an ad', () => {
    const p = page([{ text: 'Cheap flights all winter', headingLevel: 3, isLink: true }, { text: 'AdChoices' }, { text: 'Book now and save.' }]);
    expect(read(p)).toEqual([{ text: p.text, ad: true }]);
  });

  it("leaves an article's own headline over an ad slot (a heading that is no link, or the page's h1)", () => {
    const body = { text: 'Fishermen spent Tuesday hauling damaged boats from the water.' };
    expect(read(page([{ text: 'Harbour town counts the cost', headingLevel: 2 }, { text: 'AdChoices' }, body]))[0].ad).toBe(false);
    expect(read(page([{ text: 'Harbour town counts the cost', headingLevel: 1, isLink: true }, { text: 'Story continues below advertisement' }, body]))[0].ad).toBe(false);
  });

  it('leaves a label further down (a slot between paragraphs) and a long article under its title', () => {
    const long = { text: 'The bridge will close for repairs. '.repeat(30) };
    expect(read(page([{ text: 'Harbour bridge to close', isLink: true }, { text: 'The bridge will close.' }, { text: 'Advertisement' }, { text: 'Ferries will run.' }]))[0].ad).toBe(false);
    expect(read(page([{ text: 'Harbour bridge to close', isLink: true }, { text: 'AdChoices' }, long, { text: 'Ferries', headingLevel: 2 }, { text: 'Ferries will run.' }]))).toHaveLength(1);
  });

  it('cuts an ad item from the story the engine ran it into, at the next heading of the page', () => {
    const p = page([{ text: 'Cheap flights all winter', headingLevel: 3, isLink: true }, { text: 'AdChoices' }, { text: 'Book now and save.' }, { text: 'Library opens late', headingLevel: 3 }, { text: 'From April it opens late.' }]);
    expect(read(p)).toEqual([
      { text: 'Cheap flights all winter\nAdChoices\nBook now and save.', ad: true },
      { text: 'Library opens late\nFrom April it opens late.', ad: false },
    ]);
  });

  it('keeps a pasted short story whose second line is an ad slot', () => {
    const text = 'Harbour bridge to close for a week\nAdvertisement\nThe harbour bridge will close for repairs from Monday, the council said. Ferries will run every ten minutes instead.';
    const r = segment(text, { lang: 'en' });
    expect(r.stories).toHaveLength(1);
    expect(r.stories[0].clean_text).toContain('Ferries will run');
  });
});
