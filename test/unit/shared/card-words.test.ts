// Small print of cards: a byline that carries its time gives the time a field of its own.
import { describe, expect, it } from 'vitest';
import { addressesReader, bylineAndTime, isLanguageNames, TIME_LABEL } from '../../../src/shared/card-words';

describe('bylineAndTime', () => {
  it.each([
    ['By THE ASSOCIATED PRESS, 7:25 A.M. ET', 'By THE ASSOCIATED PRESS', '7:25 A.M. ET'],
    ['Von Eva-Maria Magel · 08:10 Uhr', 'Von Eva-Maria Magel', '08:10 Uhr'],
    ['By Ana Ruiz', 'By Ana Ruiz', undefined],
    ['By Jane Roe and 3 others', 'By Jane Roe and 3 others', undefined],
    ['By the 20:20 Team', 'By the 20:20 Team', undefined], // a name, not a time zone
    ['Reuters13 mins ago', 'Reuters', '13 mins ago'], // the provider and the time in two tags, no space between
    ['dpa vor 5 Minuten', 'dpa', 'vor 5 Minuten'],
    ['By Sam Lee, 3 hours ago', 'By Sam Lee', '3 hours ago'],
    ['France 2413 mins ago', 'France 2413 mins ago', undefined], // a provider's own digits are no time
  ])('%s', (line, byline, time) => {
    expect(bylineAndTime(line)).toEqual(time ? { byline, time } : { byline });
  });

  it('reads a long byline in linear time', () => {
    const t0 = Date.now();
    expect(bylineAndTime(`A${'1'.repeat(200_000)}`).time).toBeUndefined();
    expect(bylineAndTime(`A${' '.repeat(200_000)}1:00`).time).toBe('1:00');
    expect(Date.now() - t0).toBeLessThan(500);
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

describe('time stamp labels', () => {
  it.each(['Last updated at', '21 October 2010 Last updated at 19:04 ET', 'Updated', 'Aktualisiert am 28.02.', 'Published on', 'Last updated at 00:25 ET'])('%j is a time label', (t) => expect(TIME_LABEL.test(t)).toBe(true));
  it.each(['Updated rules for drivers take effect', 'Published authors gather in Leeds'])('%j is a headline', (t) => expect(TIME_LABEL.test(t)).toBe(false));
});

describe('the time label pattern', () => {
  it('is linear on a run of spaces', () => {
    const t0 = performance.now();
    TIME_LABEL.test(`updated${' '.repeat(40_000)}x`);
    expect(performance.now() - t0).toBeLessThan(500);
  });
  it.each(['Indonesia', 'Melayu'])('%j alone is a country or people, not a language menu link', (t) => expect(isLanguageNames(t)).toBe(false));
  it('"Bahasa Indonesia" is a language', () => expect(isLanguageNames('Bahasa Indonesia')).toBe(true));
});

describe('addressesReader', () => {
  it('finds the reader addressed in several languages, and German\'s formal "Sie" only inside a sentence', () => {
    expect(['Choose your town first', 'Abonnez-vous à la lettre', 'Geben Sie uns Bescheid', 'Wählen Sie Ihre Region', 'Подпишитесь, чтобы вы знали'].map(addressesReader)).toEqual([true, true, true, true, true]);
    expect(['Sie kamen am Morgen an', 'Die Ministerin sagte, sie komme', 'Youth team wins the cup', 'Mayor: "You will see the park"', '„Sie werden staunen“, sagt der Trainer'].map(addressesReader)).toEqual([false, false, false, false, false]);
  });

  it('reads a capital "You", "Vos" as a name where no sentence starts, and only the first three sentences as the address', () => {
    expect(['Marianne Vos wins the sprint in Roubaix', 'Netflix renews You for a final season', 'A lorry hit a car on the A1 on Monday night. Two people were hurt. The road was shut for four hours. If you saw the crash, call 101.'].map(addressesReader)).toEqual([false, false, false]);
    expect(['You can now save articles. Find them under Reading list.', 'Something missing? Tell us what you want to read.', 'Votre avis compte'].map(addressesReader)).toEqual([true, true, true]);
    // A title in Title Case capitalises every word; an opening mark may stand before the address.
    expect(['Choose Your Region', 'Ce Que Vous Devez Savoir', 'Выберите Ваш Город', '¿Usted tiene una historia?', '— Your region, your news.'].map(addressesReader)).toEqual([true, true, true, true, true]);
  });
});
