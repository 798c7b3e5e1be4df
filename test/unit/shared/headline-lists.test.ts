// Headline lists: which headline-only cards are lines of a list of stories.
import { describe, expect, it } from 'vitest';
import { isListLine } from '../../../src/shared/headline-lists';

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
