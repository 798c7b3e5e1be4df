// What a page sets around its stories and is none of them, read from shape and markup, not from words of one
// language: a site's top bar above its first story (a masthead "banner" of links, a "last updated" stamp, a strip's
// label whose link went as chrome), and ads set like teasers (their title, then an ad label, then a pitch).
// The fixtures are invented pages (test/fixtures/pages): a Greek front, an English article page, an English front.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentHtml } from '../../../src/cli/page';

const page = (name: string) => segmentHtml(readFileSync(resolve(import.meta.dirname, '../../fixtures/pages', name), 'utf8'));

describe("a front's top bar, in a script with no word lists", () => {
  const { stories } = page('top-bar-front.html');

  it('lists only the cards: no story of the banner of links, the stamp or the skip link', () => {
    expect(stories.map((s) => s.title)).toEqual([
      'Το λιμάνι κλείνει για δύο ημέρες λόγω καταιγίδας',
      'Η δημοτική βιβλιοθήκη ανοίγει ως αργά το βράδυ',
      'Πέφτουν οι τιμές των σιτηρών για τρίτη εβδομάδα',
    ]);
    expect(stories.some((s) => s.flags.some((f) => f.name === 'cut_mid_sentence'))).toBe(false);
  });

  it('says how much of the top bar it left out: nothing is dropped in silence', () => {
    expect(page('top-bar-front.html').notes.join(' ')).toMatch(/\d+ characters of the page's top bar/);
  });
});

describe('an article page with a strip label above it and ads among its recommendations', () => {
  const result = page('ad-items-article.html');
  const { stories } = result;

  it("takes no kicker from a label outside the article, and keeps the label out of the article's text", () => {
    expect(stories[0].title).toBe('Harbour bridge will stay closed for another year, engineers say');
    expect(stories[0].kicker).toBeNull();
    expect(stories[0].clean_text).not.toContain('Baking');
  });

  it('lists no ad, says it was left out, and keeps the story the ad ran into', () => {
    expect(stories.map((s) => s.title)).toEqual([
      'Harbour bridge will stay closed for another year, engineers say',
      'Grain prices fall for a third week as the harvest improves',
      'The city library will stay open until ten at night',
    ]);
    expect(result.leftOut?.some((l) => l.reasons.includes('advertisement'))).toBe(true);
  });
});

describe('a front with an ad among its cards', () => {
  it('lists the news cards and not the one labelled as an ad under its headline', () => {
    expect(page('ad-card-front.html').stories.map((s) => s.title)).toEqual([
      'Northern ports close as winds reach a hundred kilometres an hour',
      'The city library will stay open until ten at night from April',
      'Grain prices fall for a third week as the southern harvest improves',
    ]);
  });
});

describe("an article with a video player's settings panel and error screen in it", () => {
  const sample = '<p class="sample">Aa</p>';
  const player = `<div class="vp-main"><div class="vp-error-screen"><div class="vp-error-title">Clip Not Playing</div><div class="vp-error-desc">Sorry, this clip cannot be shown where you are.</div><div class="vp-error-code">QX-12</div></div>
    <div class="vp-settings-container"><div class="vp-cc-box"><div>Subtitles</div><div>Language</div><div>Font</div>${sample}${sample}${sample}<div>Outline</div><div>Shadow</div><div>Subtitles will look like this</div><div>Back</div></div></div></div>`;
  const para = (n: number) => `<p>The harbour board met on Monday evening for the ${n}th time this year, and its members agreed that the old crane on the east quay would be taken down before the autumn storms begin. Engineers had warned for months that its base was rusting through.</p>`;
  const { stories } = segmentHtml(`<html><head><meta property="og:type" content="article"></head><body><main><article><h1>Old harbour crane will come down before the storms</h1>${player}${para(4)}${para(5)}${para(6)}</article></main></body></html>`);

  it("keeps the player's controls and error screen out of the story's text", () => {
    expect(stories[0].title).toBe('Old harbour crane will come down before the storms');
    expect(stories[0].clean_text).not.toMatch(/Subtitles|Language|Outline|Aa|Clip Not Playing|this clip|QX-12/);
    expect(stories[0].clean_text).toContain('rusting through');
  });
});

describe('boxes named for controls or a top bar that hold stories', () => {
  it('keeps a lead story set in a "hero-banner" box (only a box named "banner" alone is a top bar)', () => {
    const { stories } = page('hero-banner-front.html');
    expect(stories[0].title).toBe('Harbour town counts the cost of the storm');
    expect(stories).toHaveLength(4);
  });

  it('keeps the cards of a "buttons" box whose paragraphs are in a script written without spaces', () => {
    const { stories } = page('ja-buttons-box.html');
    expect(stories.length).toBeGreaterThan(0);
    expect(stories.map((s) => s.clean_text).join(' ')).toContain('港町で嵐の被害額を集計');
  });
});

describe('ad labels that name no ad item', () => {
  it("keeps an article whole whose headline stands over an ad slot, with its title", () => {
    const { stories } = page('ad-slot-article.html');
    expect(stories).toHaveLength(1);
    expect(stories[0].title).toBe('Harbour town counts the cost of the storm');
  });

  it('keeps a card with an ad slot between its paragraphs, and cleans the label off its text', () => {
    const { stories } = page('card-midbody-adslot.html');
    expect(stories).toHaveLength(4);
    expect(stories[0].clean_text).not.toContain('AdChoices');
  });
});

describe('cards in a script written without spaces', () => {
  it("keeps each card's summary: a line that ends on '。' is text, not a label of one unspaced word", () => {
    const { stories } = page('ja-cards-front.html');
    expect(stories).toHaveLength(3);
    expect(stories[0].clean_text).toContain('市議会は木曜日');
  });
});
