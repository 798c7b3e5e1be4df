// Stripped text: a feed's description whose letters of one script were taken out (text/stripped.ts).
import { describe, expect, it } from 'vitest';
import { strippedAround } from '../../../src/core/text/stripped';

describe('strippedAround', () => {
  it('reads punctuation and numbers left of a description as stripped, with a few names of another script in it', () => {
    const text = 'Bitcoin , $50 000 . , Tesla .\n: Reuters\nBinance «» 5 %, $48 000 .';
    expect(strippedAround(text, text.indexOf('\n'), text.indexOf('\n') + 1)).toBe(true);
  });

  it('reads prose, and a line of figures and names, as not stripped', () => {
    const prose = 'Движение по мосту запустили в субботу.\nПервые автобусы пройдут по нему в понедельник.';
    expect(strippedAround(prose, prose.indexOf('\n'), prose.indexOf('\n') + 1)).toBe(false);
    const figures = 'Dow Jones 34 000, Nasdaq 13 500, FTSE 7 000.\nOil rose to $65 a barrel on Monday.';
    expect(strippedAround(figures, figures.indexOf('\n'), figures.indexOf('\n') + 1)).toBe(false);
  });
});
