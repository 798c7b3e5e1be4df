// Language handling that is not one language's word list: detection on short texts, and the shapes of text that
// differ by language (datelines, elisions, abbreviations). The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { detectLanguage, resolveLanguage } from '@core/text/langdetect';
import { DATELINE } from '@core/text/shapes';

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

describe('datelines as each language writes them', () => {
  it.each([
    ['МОСКВА, 18 мая — Правительство утвердило план.', 'МОСКВА, 18 мая'],
    ['ROMA, 15 MAG - Il governo ha approvato il piano.', 'ROMA, 15 MAG'],
    ['(ANSA) - TORINO, 3 GIU - Il consiglio ha votato.', '(ANSA) - TORINO, 3 GIU'],
    ['MADRID, 5 de marzo (EFE).- El Gobierno aprobó el plan.', 'MADRID, 5 de marzo (EFE)'],
    ['BUENOS AIRES.- El Gobierno aprobó el plan.', 'BUENOS AIRES.'],
    ['PARIS, 5 mars (AFP) - Le gouvernement a adopté le plan.', 'PARIS, 5 mars (AFP)'],
    ['BERLIN, 5. März (dpa) - Die Regierung hat den Plan gebilligt.', 'BERLIN, 5. März (dpa)'],
    ['LONDON, Jan 5 (Reuters) - The government approved the plan.', 'LONDON, Jan 5 (Reuters)'],
  ])('%s', (text, dateline) => {
    expect(DATELINE.exec(text)?.[1].trim()).toBe(dateline);
  });

  it.each(['The plan - as written - passed.', 'Ministerio: el plan - aprobado.', 'Mr. Smith - a story of a town.'])('no dateline: %s', (text) => {
    expect(DATELINE.test(text)).toBe(false);
  });
});
