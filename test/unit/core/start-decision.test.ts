// The start model weighs a start sign by the story's place in its document (weights fitted by scripts/fit-start-model.ts).
import { describe, expect, it } from 'vitest';
import { describeStories } from '@core/anatomy/describe';
import { decideStart, signFamily, startFeatures } from '@core/anatomy/start-decision';
import { startCut } from '@core/anatomy/truncation';

const sign = (code: string) => ({ code, params: [], text: 'why' });

describe('start decision', () => {
  it('names features by sign family and place', () => {
    expect(signFamily(sign('start_small_letter_body'))).toBe('small_letter');
    expect(startFeatures(sign('start_small_letter_body'), { first: true })).toEqual(['first', 'sign:small_letter', 'body', 'first&sign:small_letter', 'first&body']);
    expect(startFeatures(null, { first: false })).toEqual([]);
  });

  it.each([
    ['a small letter on the first story', 'start_small_letter', true, true],
    ['a continuing word on the first story', 'start_continuer', true, true],
    ['a small letter on a later story', 'start_small_letter', false, false],
    ['a short first sentence on the first story (mostly a headline)', 'start_fragment', true, false],
  ])('%s', (_, code, first, flagged) => {
    expect(!!decideStart(sign(code), { first })).toBe(flagged);
  });

  it.each([
    ['Okafor at the Lisbon Open on Friday. The 19-year-old will face the top seed.', 'en', 'start_verbless'],
    ['Le ministre a parlé de «exigences excessives»de la part du gouvernement. Les discussions reprendront lundi.', 'fr', 'start_glued_quote'],
    ["Fans say 'the best band'said the promoter. The tour opens in May.", 'en', 'start_glued_quote'],
  ])('the weak signs still show, for the model to weigh: %s', (text, lang, code) => {
    expect(startCut(text, lang)?.code).toBe(code);
  });

  it.each([
    ['a contraction', 'The coach says \'it is time\' and they’re ready. The match starts at eight.'],
    ['a time of day', 'Fans arrive \'early\' at nine o\'clock sharp. The gates open at ten.'],
    ['an Italian elision', 'Il ministro: \'una scelta\' dell’esecutivo. La decisione arriva oggi.'],
    ['a heading on its own line', 'Winter timetable for ferries.\nThe council voted on Tuesday to cut two sailings.'],
    ['a numbered section', '1. Introduction to the timetable. The council voted on Tuesday.'],
    ['a source named by its web address', 'harbourtimes.com - The council voted on Tuesday to cut two sailings.'],
    ['a byline under the headline', 'by Jane Roe | March 3\nThe council voted on Tuesday to cut two sailings.'],
  ])('no start sign: %s', (_, text) => expect(startCut(text, 'en')).toBeNull());

  it.each([
    ['the line under a finished first line goes on in small letters', "Mayor explains ferry cuts. 'We had no choice.'\nto be read at the council on Monday, the letter says more.", 'start_small_letter_body'],
    ['a day and a comma, then small letters', '6, the council voted to cut two sailings a day. The change starts in May.', 'start_fragment'],
  ])('the first story is flagged: %s', (_, text, code) => {
    const [a] = describeStories({ text, spans: [{ start: 0, end: text.length }], lang: 'en' });
    expect(a.flags.find((f) => f.name === 'starts_mid_sentence')?.code).toBe(code);
  });

  it('a year and a comma opens a sentence', () => expect(startCut('2018, an election year, starts with new rules. Voters are unsure.', 'en')).toBeNull());

  it('a cut that only looks like a byline is still a cut', () => {
    expect(startCut('by Parliament on Tuesday, the plan was passed. It takes effect in May.', 'en')?.code).toBe('start_continuer');
  });

  it('a sign with too little support on first stories keeps the rule', () => {
    expect(decideStart(sign('start_ellipsis'), { first: true })).not.toBeNull();
    expect(decideStart(sign('start_ellipsis'), { first: false })).toBeNull();
  });

  it('no sign, no flag', () => expect(decideStart(null, { first: true })).toBeNull());

  it('flags the document\'s first story only', () => {
    const text = 'the minister said on Monday that the plan would go ahead.\n\nand then the council voted against the plan on Friday.';
    const cut = text.indexOf('and then');
    const an = describeStories({ text, spans: [{ start: 0, end: cut - 2 }, { start: cut, end: text.length }], lang: 'en' });
    expect(an.map((a) => a.truncated_start)).toEqual([true, false]);
  });
});
