import { describe, expect, it } from 'vitest';
import { extractFrom, fixture, happyDoc, linkedomDoc, texts } from './helpers';

describe('extraction on an article page (linkedom, as in the CLI)', () => {
  const r = extractFrom(linkedomDoc(fixture('article.html')));
  const all = texts(r).join('\n');

  it('keeps the article text in order', () => {
    expect(texts(r)[0]).toBe('Harbour bridge reopens after two years of repairs');
    expect(all).toMatch(/The old harbour bridge reopened[\s\S]*Commuters had faced/);
  });

  it('skips nav, cookie banner, share bar, related links, comment count, "Most read" and footer', () => {
    for (const junk of ['Sport', 'cookies', 'Share this', 'Bridge closed over', 'comments', 'Markets slide', 'Most read', 'All rights reserved', 'Skip to content', 'Related']) expect(all).not.toContain(junk);
  });

  it('skips script, noscript and hidden elements of every kind', () => {
    expect(all).not.toMatch(/never text|Enable JavaScript|hidden by the page|hidden attribute|assistive|hidden inline/);
  });

  it('gives headings their level, flags captions, keeps lang', () => {
    const blocks = r.extraction.blocks;
    expect(blocks.find((b) => b.text === 'A long wait')?.headingLevel).toBe(2);
    expect(blocks.find((b) => b.text.startsWith('The bridge at dawn'))?.isCaption).toBe(true);
    expect(blocks.find((b) => b.text.startsWith('Le pont'))?.lang).toBe('fr');
    expect(blocks[0].lang).toBe('en');
    expect(blocks[0].region).toBe('article');
  });

  it('treats <br> inside a paragraph as a line break', () => {
    expect(texts(r)).toContain('The council said the final bill came in under budget.\nA ceremony is planned for the spring.');
  });

  it('reports page info and a prose score', () => {
    expect(r.extraction.page.title).toBe('Harbour bridge reopens');
    expect(r.extraction.page.lang).toBe('en');
    expect(r.extraction.proseScore).toBeGreaterThan(0.2);
    expect(r.extraction.fromSelection).toBe(false);
  });
});

describe('extraction on a listing page', () => {
  const r = extractFrom(linkedomDoc(fixture('listing.html')));
  it('gives each card its own container path and marks teaser headlines as links', () => {
    const heads = r.extraction.blocks.filter((b) => b.headingLevel === 3);
    expect(heads.map((b) => b.text)).toEqual(['Library opens late on Fridays', 'Ferry fares to rise in May', 'New park gets its first trees']);
    expect(heads.every((b) => b.isLink)).toBe(true);
    expect(new Set(heads.map((b) => b.path)).size).toBe(3);
    expect(texts(r).join(' ')).not.toContain('About us');
  });
});

describe('a <div> of <br>-separated lines (the seed as one div)', () => {
  for (const [name, load] of [['linkedom', linkedomDoc], ['happy-dom', happyDoc]] as const) {
    it(`comes out as one block per line (${name})`, () => {
      const r = extractFrom(load(fixture('seed-div.html')));
      expect(texts(r)).toEqual([
        'First line of the first story, ending well.',
        'Second paragraph of the first story, also ending well.',
        'A teaser that is cut off in the middle of',
        'Another teaser about a different matter that stops',
      ]);
    });
  }
});

describe('the same code on happy-dom', () => {
  it('extracts the article fixture like linkedom does', () => {
    const a = texts(extractFrom(linkedomDoc(fixture('article.html'))));
    const b = texts(extractFrom(happyDoc(fixture('article.html'))));
    expect(b).toEqual(a);
  });
});
