// An outline under one h1 (plain subheadings over short sections, lists, "Learn more" links) is one document,
// while cards with a byline or date each, and a news story's "Related" strip, still split.
import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/core/index';
import { MAIN_ARTICLE_ID } from '../../../src/extract/article';
import { extractFrom, fixture, linkedomDoc } from './helpers';

const marked = (html: string) => extractFrom(linkedomDoc(html)).extraction.blocks.filter((b) => b.article === MAIN_ARTICLE_ID).map((b) => b.text);

describe('outline pages', () => {
  const { blocks } = extractFrom(linkedomDoc(fixture('outline.html'))).extraction;

  it('marks the title, the short intro and the tour sections after it as one article', () => {
    for (const s of ['Welcome to the Harbour', 'Get to know', 'Chart viewer', 'Hourly heights', 'Trip log', 'Keep a record']) {
      expect(blocks.find((b) => b.text.startsWith(s))?.article, s).toBe(1);
    }
  });

  it('comes back as one story', () => {
    const stories = segment({ blocks, lang: 'en' }).stories;
    expect(stories.filter((s) => s.text.includes('Keep a record') || s.text.includes('Get to know'))).toHaveLength(1);
  });

  it('keeps an "About" page of plain sections whole however short they are', () => {
    const sec = (h: string, n: number) => `<h2>${h}</h2><p>This section says ${n} things about the site, who writes it and how it is hosted on a small server today.</p>`;
    const html = `<html><body><main><div class="page"><h1>About this site</h1><p>The site is written by one person who likes boats.</p>${['Apps', 'Hosting', 'Standards', 'Contact', 'Thanks'].map(sec).join('')}</div></main></body></html>`;
    expect(marked(html)).toContain('Thanks');
  });

  it('leaves cards with a byline each alone, plain headings notwithstanding', () => {
    const card = (i: number) => `<div class="teaser"><h3>Headline number ${i}</h3><p>A longer summary of story ${i}, which readers can open from the front page today, with a few more words of context.</p><p>By Writer ${String.fromCharCode(65 + i)}. Jones</p></div>`;
    const html = `<html><body><main><h1>Politics</h1>${Array.from({ length: 8 }, (_, i) => card(i)).join('')}</main></body></html>`;
    expect(marked(html)).toEqual([]);
  });

  it('leaves a short news story\'s related strip out of it', () => {
    const item = (i: number) => `<div class="related-item"><h4>Related headline ${i}</h4><p>A summary of related story ${i}, which readers may want to open after this one.</p></div>`;
    const story = `<article><h1>Council line up harbour plan</h1><p>By Ana Ruiz</p><p>The council is closing in on a plan for the harbour, officials said on Tuesday after a long meeting that ran into the night.</p><p>The mayor said the vote would come next month.</p></article>`;
    const html = `<html><body><main>${story}<section class="related">${[1, 2, 3].map(item).join('')}</section></main></body></html>`;
    expect(marked(html).some((t) => t.startsWith('Related headline'))).toBe(false);
  });
});

describe('a list article in a table', () => {
  it('keeps a table of linked titles and plots whole: rows of data, not teasers', () => {
    const { blocks } = extractFrom(linkedomDoc(fixture('table-list.html'))).extraction;
    for (const s of ['List of harbour films', 'This is a list', 'The Tide Turns', 'A harbour master', 'Harbour Lights', 'A lighthouse keeper']) {
      expect(blocks.find((b) => b.text.startsWith(s))?.article, s).toBe(1);
    }
    expect(segment({ blocks, lang: 'en' }).stories.filter((s) => s.text.includes('harbour'))).toHaveLength(1);
  });
});
