// Language handling that is not one language's word list: detection on short texts, and the shapes of text that
// differ by language (datelines, elisions, abbreviations). The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { detectLanguage, resolveLanguage } from '@core/text/langdetect';

describe('language detection on short texts', () => {
  it.each([
    'Дожди прошли в Москве и на юге страны, сообщили синоптики.',
    'Пожар на складе в Казани потушили за ночь.',
    'Суд в Москве арестовал бывшего главу района.',
  ])('a short Russian text of words Bulgarian shares is Russian: %s', (text) => {
    expect(detectLanguage(text)).toBe('ru');
    expect(resolveLanguage(text, 'ru')).toBe('ru');
  });

  it("keeps the page's language unless the text clearly says otherwise", () => {
    // Portuguese with as many Spanish stop words as Portuguese ones: the page's "pt" stands.
    expect(resolveLanguage('Reforma de previdência: o que muda a partir de maio', 'pt')).toBe('pt');
    // An English text on a page marked Ukrainian ("uk" is also the United Kingdom's code) is English.
    expect(resolveLanguage('The harbour reopened on Monday after the storm, and the ferries ran on time again.', 'uk')).toBe('en');
  });
});
