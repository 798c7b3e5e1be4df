// Where the deck after a kicker ends: the fitted candidate score (deck-end.ts, deck-model.json) on short texts of our own.
import { describe, expect, it } from 'vitest';
import { describeStories } from '@core/anatomy/describe';
import { deckCandidates } from '@core/anatomy/deck-end';
import { langData } from '@core/text/lang/anatomy/index';

const deckOf = (text: string) => describeStories({ text, spans: [{ start: 0, end: text.length }], lang: 'en' })[0];

describe('deck end', () => {
  it.each<[string, string, string | null]>([
    ['a Title Case deck runs to where a sentence begins', 'HARBOUR: Harbour Town Council Approves New Ferry Timetable For Winter The council voted on Tuesday to cut two sailings a day.', 'Harbour Town Council Approves New Ferry Timetable For Winter'],
    ['a sentence-case deck ends at the capital that opens the body', 'RISING RENTS: Tenants protest outside city hall The protest drew about 300 people on Monday.', 'Tenants protest outside city hall'],
    ['a deck that ends on an abbreviation reads the same when cleaned again', 'RISING RENTS: Tenants protest in the U.S. The protest drew 300 people.', null],
    ['a deck on its own line is the whole line', 'RISING RENTS: Tenants protest outside city hall\nThe protest drew about 300 people on Monday.', 'Tenants protest outside city hall'],
  ])('%s', (_, text, deck) => {
    const a = deckOf(text);
    if (deck !== null) expect(a.deck).toBe(deck);
    expect(deckOf(a.clean_text).deck).toBe(a.deck);
    expect(deckOf(a.clean_text).clean_text).toBe(a.clean_text);
  });

  it('describes candidates inside a run of capitals as such', () => {
    const c = deckCandidates('Fans of Mary Lane plan a rally Supporters gathered early', false, langData('en'), 'MARY');
    const inName = c.find((x) => x.words === 3)!;
    expect(inName.features).toContain('inside_caps');
    expect(c.find((x) => x.words === 7)!.features).toContain('cap');
    expect(c.find((x) => x.words === 7)!.features).not.toContain('inside_caps');
  });
});
