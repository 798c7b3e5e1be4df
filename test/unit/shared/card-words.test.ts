// Small print of cards: a byline that carries its time gives the time a field of its own.
import { describe, expect, it } from 'vitest';
import { bylineAndTime, isLanguageNames } from '../../../src/shared/card-words';

describe('bylineAndTime', () => {
  it.each([
    ['By THE ASSOCIATED PRESS, 7:25 A.M. ET', 'By THE ASSOCIATED PRESS', '7:25 A.M. ET'],
    ['Von Eva-Maria Magel · 08:10 Uhr', 'Von Eva-Maria Magel', '08:10 Uhr'],
    ['By Ana Ruiz', 'By Ana Ruiz', undefined],
    ['By Jane Roe and 3 others', 'By Jane Roe and 3 others', undefined],
    ['By the 20:20 Team', 'By the 20:20 Team', undefined], // a name, not a time zone
  ])('%s', (line, byline, time) => {
    expect(bylineAndTime(line)).toEqual(time ? { byline, time } : { byline });
  });

  it('passes no byline through', () => {
    expect(bylineAndTime(null)).toEqual({ byline: null });
    expect(bylineAndTime(undefined)).toEqual({ byline: null });
  });
});

describe('language menus', () => {
  it.each(['Vietnamese Tiếng Việt', 'Arabic عربي', 'Español', '中文', 'Chinese (Simplified)'])('%j is a language menu link', (t) => expect(isLanguageNames(t)).toBe(true));
  it.each(['Spanish election results', 'English football', 'Russia', 'Mundo'])('%j is not', (t) => expect(isLanguageNames(t)).toBe(false));
});
