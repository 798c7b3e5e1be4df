// The page's one main article: found from its title and body, kept whole by the priors, while a
// "More stories" strip after it and listing pages still split.
import { describe, expect, it } from 'vitest';
import { blockPriors } from '../../../src/core/text/hints';
import { segment } from '../../../src/core/index';
import { pointAt } from '../../../src/content/highlight';
import { MAIN_ARTICLE_ID } from '../../../src/extract/article';
import { extractFrom, fixture, linkedomDoc } from './helpers';

const para = (i: number) => `<p>Paragraph ${i} of the story: the council met on Tuesday and voted on the harbour plan, which residents had opposed for years.</p>`;

describe('main article', () => {
  const { blocks } = extractFrom(linkedomDoc(fixture('main-article.html'))).extraction;
  const at = (start: string) => blocks.findIndex((b) => b.text.startsWith(start));

  it('marks kicker, headline, byline and both body chunks, across the subhead and the ad slot', () => {
    for (const s of ['Local politics', 'Council approves', 'By Ana Ruiz', 'PORT ELLIS', 'What happens next', 'LONDON', 'The mayor']) expect(blocks[at(s)].article, s).toBe(1);
  });

  it('leaves the "More from the coast" strip out', () => {
    for (const s of ['More from the coast', 'Lifeboat crew', 'Two sailors', 'Fish market']) expect(blocks[at(s)]?.article, s).toBeUndefined();
  });

  it('gives every gap inside the article a strong negative prior, and the strip positive ones', () => {
    const priors = blockPriors(blocks);
    for (let i = at('Council approves') + 1; i <= at('HARBOUR LIBRARY'); i++) expect(priors[i].startLogOdds, blocks[i].text).toBeLessThanOrEqual(-20);
    expect(priors[at('More from the coast')].startLogOdds).toBeGreaterThan(0);
    expect(priors[at('School wins')].startLogOdds).toBeGreaterThan(0);
  });

  it('comes back as one article story followed by the teasers, datelines inside it notwithstanding', () => {
    const stories = segment({ blocks, lang: 'en' }).stories;
    const main = stories.find((s) => s.text.includes('PORT ELLIS'));
    expect(main?.text).toContain('HARBOUR LIBRARY, 12 Quay Street');
    expect(stories.some((s) => s.text.includes('Two sailors') && !s.text.includes('PORT ELLIS'))).toBe(true);
  });

  it('splits an article paragraph at its <br>, so the article prior covers the line break too', () => {
    const r = extractFrom(linkedomDoc(fixture('main-article.html')));
    const i = r.extraction.blocks.findIndex((b) => b.text.startsWith('HARBOUR LIBRARY'));
    expect(r.extraction.blocks[i - 1].text).toBe('Residents can see the drawings at the town hall or at the');
    expect(r.extraction.blocks[i].article).toBe(1);
    expect(blockPriors(r.extraction.blocks)[i].startLogOdds).toBeLessThanOrEqual(-20);
    const at = pointAt(r.sources[i], 0);
    expect(at?.node.data.slice(at.offset).trim().startsWith('HARBOUR LIBRARY')).toBe(true);
  });

  it('leaves a listing page with an h1 over link headlines alone', () => {
    const card = (i: number) => `<article><h3><a href="/s${i}">Headline number ${i} of the day</a></h3><p>A short summary of story ${i}, which readers can open from the front page today.</p></article>`;
    const html = `<html><body><main><h1>World news</h1>${Array.from({ length: 6 }, (_, i) => card(i)).join('')}</main></body></html>`;
    expect(extractFrom(linkedomDoc(html)).extraction.blocks.some((b) => b.article === MAIN_ARTICLE_ID)).toBe(false);
  });

  it('leaves a front page with an h1 over short teasers under plain headings alone', () => {
    const card = (i: number) => `<div class="teaser"><h3>Headline number ${i}</h3><p>A short summary of story ${i}, which readers can open from the front page today.</p><p>By A. Writer</p></div>`;
    const html = `<html><body><main><h1>Politics</h1>${Array.from({ length: 6 }, (_, i) => card(i)).join('')}</main></body></html>`;
    expect(extractFrom(linkedomDoc(html)).extraction.blocks.some((b) => b.article === MAIN_ARTICLE_ID)).toBe(false);
  });

  it('leaves an untitled run-on column alone, even in an "article-text" container', () => {
    const html = `<html><body><main><div class="article-text">${Array.from({ length: 8 }, (_, i) => para(i)).join('')}</div></main></body></html>`;
    expect(extractFrom(linkedomDoc(html)).extraction.blocks.some((b) => b.article === MAIN_ARTICLE_ID)).toBe(false);
  });

  it('marks a title-less body when the metadata calls the page an article', () => {
    const html = `<html><head><meta property="og:type" content="article"></head><body><main><div class="text">${Array.from({ length: 8 }, (_, i) => para(i)).join('')}</div></main></body></html>`;
    expect(extractFrom(linkedomDoc(html)).extraction.blocks.every((b) => b.article === 1)).toBe(true);
  });

  it('splits off a strip of linked teasers that sits inside the article element, after the marked body', () => {
    const teaser = (i: number) => `<div class="suggested"><div class="item"><a href="/t${i}">Teaser headline ${i}: Fishermen protest quotas. Boats blocked the port of call ${i} on Friday morning as crews demanded a review. Read now</a></div></div>`;
    const html = `<html><body><main><article><header><h1>Council approves the harbour plan</h1></header><div class="body">${Array.from({ length: 12 }, (_, i) => para(i)).join("")}</div>${Array.from({ length: 4 }, (_, i) => teaser(i)).join('')}</article></main></body></html>`;
    const { blocks } = extractFrom(linkedomDoc(html)).extraction;
    expect(blocks.find((b) => b.text.startsWith('Paragraph 11'))?.article).toBe(MAIN_ARTICLE_ID);
    const stories = segment({ blocks, lang: 'en' }).stories;
    const main = stories.find((s) => s.text.includes('Paragraph 0'));
    expect(main?.text).toContain('Paragraph 11');
    expect(main?.text).not.toContain('Teaser headline');
    expect(stories.some((s) => s.text.includes('Teaser headline 0'))).toBe(true);
  });

  it('gives each teaser of a "More stories" strip inside the article element a story of its own', () => {
    const teasers = [
      ['Fishermen block the port over quotas', 'Trawler crews tied their boats across the harbour mouth on Friday, demanding that the ministry review the cod and haddock quotas it set in March after a survey of northern stocks.'],
      ['School orchestra wins national prize', 'Forty pupils from the valley academy played Dvorak and Elgar in the final at the concert hall, beating twelve other ensembles, and will tour three cities in the summer holidays.'],
      ['Storm closes the mountain railway', 'Snowdrifts and fallen pines blocked the line above the pass overnight, and engineers expect the rack trains to stay in the depot until the weekend while ploughs clear the tracks.'],
    ];
    const card = ([h, t]: string[], i: number) => `<div class="card"><h3><a href="/t${i}">${h}</a></h3><p>${t}</p></div>`;
    const html = `<html><body><main><article><header><h1>Council approves the harbour plan</h1></header><div class="body">${Array.from({ length: 12 }, (_, i) => para(i)).join('')}</div><section class="more"><h2>More stories</h2>${teasers.map(card).join('')}</section></article></main></body></html>`;
    const stories = segment({ blocks: extractFrom(linkedomDoc(html)).extraction.blocks, lang: 'en' }).stories;
    expect(stories.find((s) => s.text.includes('Paragraph 0'))?.text).not.toContain('More stories');
    for (const [h] of teasers) expect(stories.filter((s) => s.text.includes(h)).map((s) => s.text.includes('Paragraph 0') || teasers.some(([o]) => o !== h && s.text.includes(o)))).toEqual([false]);
  });
});
