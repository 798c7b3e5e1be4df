import { describe, expect, it } from 'vitest';
import { isAdItem, splitAdItems } from '../../../src/core/anatomy/ad-items';
import { allLangData } from '../../../src/core/text/lang/anatomy/index';

const d = allLangData();

describe('ad items: a title, an ad label right under it, a pitch', () => {
  it('reads a teaser-sized item so labelled as an ad, an icon glyph beside the label or not', () => {
    expect(isAdItem('Cheap flights all winter\n\nAdChoices\uE05A\n\nBook now and save.\n\nSunny Travel Sponsored', d)).toBe(true);
    expect(isAdItem('Günstig fliegen im Winter\nAnzeige\nJetzt buchen und sparen.', d)).toBe(true);
  });

  it('leaves a story with a label further down (a slot between paragraphs) or a long article under its title', () => {
    expect(isAdItem('Harbour bridge to close\nThe bridge will close.\nAdvertisement\nFerries will run.', d)).toBe(false);
    expect(isAdItem(`Harbour bridge to close\nAdvertisement\n${'The bridge will close for repairs. '.repeat(30)}`, d)).toBe(false);
  });

  it('cuts an ad item from the story the engine ran it into, at the next heading of the page', () => {
    const text = 'Cheap flights all winter\nAdChoices\nBook now and save.\nLibrary opens late\nFrom April it opens late.';
    const blocks = text.split('\n').map((t, i) => ({ text: t, ...(i === 0 || i === 3 ? { headingLevel: 3 } : {}) }));
    const starts: number[] = [];
    blocks.reduce((at, bl) => (starts.push(at), at + bl.text.length + 1), 0);
    const { spans, from } = splitAdItems(text, [{ start: 0, end: text.length }], d, blocks, starts);
    expect(spans.map((s) => text.slice(s.start, s.end).trim())).toEqual(['Cheap flights all winter\nAdChoices\nBook now and save.', 'Library opens late\nFrom April it opens late.']);
    expect(from).toEqual([0, 0]);
  });
});

describe('ad items are read on pages only', () => {
  it('keeps a pasted short story whose second line is an ad slot', async () => {
    const { segment } = await import('../../../src/core/index');
    const text = 'Harbour bridge to close for a week\nAdvertisement\nThe harbour bridge will close for repairs from Monday, the council said. Ferries will run every ten minutes instead.';
    const r = segment(text, { lang: 'en' });
    expect(r.stories).toHaveLength(1);
    expect(r.stories[0].clean_text).toContain('Ferries will run');
  });
});
