// Headline lists: which headline-only cards are lines of a list of stories.
import { describe, expect, it } from 'vitest';
import { isListLine } from '../../../src/shared/headline-lists';
import { readCardLines } from '../../../src/shared/card-lines';

describe('isListLine', () => {
  it.each([
    ['Woods Leads in Thailand', true],
    ['Kournikova Proves No Match for Composure of Hingis', true],
    ['Alle Beiträge', false], // a menu's entry
    ['Sat Jan 01 00:00:00 UTC 2005', false], // an archive's calendar says nothing
    ['9:19 p.m. ET 10 Nov', false],
    ['윤 대통령 국회서 시정 연설', true], // short words, in any script
    ['Le PS et la CGT en tête', true],
    ['Bus og tog får nye ruter i år', true],
  ])('%s', (headline, listed) => {
    expect(isListLine({ headline, headline_only: true })).toBe(listed);
  });

  it('a card with a byline or text is no line of a list', () => {
    expect(isListLine({ headline: 'Woods Leads in Thailand', headline_only: true, byline: 'By A. Writer' })).toBe(false);
    expect(isListLine({ headline: 'Woods Leads in Thailand' })).toBe(false);
  });
});

describe('a line of a list that only says when', () => {
  // A card that is one link holding its heading and its time may give its time as a card of its own, which a list
  // then took in as a headline ("vor 1 Tag"): it is the time of the line above it.
  const lines = [
    ['Harbour toll rises for lorries from May', null],
    ['vor 1 Tag', 'vor 1 Tag'],
    ['Council votes to keep the night trams', null],
    ['2 hours ago by Ann Lee', '2 hours ago'],
    ['Ferry crews accept the new pay offer', null],
    ['Today in the harbour: tall ships arrive', null],
  ] as const;
  const teasers = lines.map(([headline], i) => ({ id: i + 1, headline, url: `/p/${i}`, headline_only: true, section: 'Politics' }));
  const blocks = lines.map(([text], i) => ({ text, isLink: true, article: i + 1, startsStory: true }));
  const list = readCardLines(blocks, teasers).teasers?.find((t) => t.items);

  it('is the time of the headline above it, not a headline', () => {
    expect(list?.items?.map((x) => [x.headline, x.time ?? null])).toEqual([
      ['Harbour toll rises for lorries from May', 'vor 1 Tag'],
      ['Council votes to keep the night trams', '2 hours ago'],
      ['Ferry crews accept the new pay offer', null],
      ['Today in the harbour: tall ships arrive', null], // a headline that starts with a day says more than when
    ]);
  });
});

describe('the rest of a row of links after a bar, beside a page\'s time stamp ("| What is this?")', () => {
  const teasers = [1, 2, 3].map((id) => ({ id, headline: `Harbour story number ${id} of the day`, url: `/p/${id}` }));
  const blocks = [
    { text: 'Updated 3 March 2031, 14:05 GMT' },
    { text: '| What is this?', linkDensity: 0.85 },
    ...teasers.flatMap((t) => [{ text: t.headline, isLink: true, headingLevel: 2, article: t.id, startsStory: true }, { text: 'The council said the work would start in spring.', article: t.id }]),
    { text: 'Bus and tram | timetables', linkDensity: 0.5 },
  ];
  it('is no text of the page, where a line with a bar inside it stays', () => {
    const texts = readCardLines(blocks, teasers).blocks.map((b) => b.text);
    expect(texts).not.toContain('| What is this?');
    expect(texts).not.toContain('Updated 3 March 2031, 14:05 GMT');
    expect(texts).toContain('Bus and tram | timetables');
  });
});
