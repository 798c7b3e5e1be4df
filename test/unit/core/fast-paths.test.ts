// Fast paths written for speed must answer exactly as the plain forms they replace (issue 14: same output, less time).
import { describe, expect, it } from 'vitest';
import { firstWord } from '../../../src/core/boundaries/features';
import { bareWord } from '../../../src/core/text/words';
import { CREDIT_LABEL, mayHoldCreditLabel } from '../../../src/core/anatomy/credits';
import { spaceGlue } from '../../../src/core/anatomy/flat-headline';
import { decodeLayout, decodeScored, type Scored } from '../../../src/core/boundaries/decode';
import { allLangData } from '../../../src/core/text/lang/anatomy/index';
import { isSpaceCode } from '../../../src/core/text/chars';
import { findCandidates } from '../../../src/core/boundaries/candidates';
import { singleSpaced } from '../../../src/core/text/spaces';
import { countWords } from '../../../src/core/text/words';

const SAMPLES = [
  '', ' ', '“But then', '— she said', '...and', '"\'(x', '«Ça va»', "O'Neill's", 'l’Elysée', 'rock’n’roll',
  '9.5 percent', '١٢٣ apples', '𝐀𝐁 math', '\ud835 lone', 'x\udc00y', 'é\u0301t\u0301é', 'İstanbul', 'ΣΟΦΙΑ', 'Ⅻ chapter',
  '中文 text', '  “ “ “ Word', '---', "''a", 'a’', 'Mr.', '“Mr.”', '(AP)', '[+1880 chars]',
];

describe('firstWord by character class', () => {
  const ref = (s: string) => {
    const m = /^[^\p{L}\p{N}]{0,3}([\p{L}\p{N}]+(?:['’][\p{L}]+)?)/u.exec(s);
    return m ? m[1].toLowerCase().replace('’', "'") : '';
  };
  it.each(SAMPLES)('%j reads as the regex does', (s) => expect(firstWord(s)).toBe(ref(s)));
});

describe('bareWord', () => {
  const ref = (w: string) => w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  it.each([...SAMPLES, 'Word', 'word.', 'K', 'A1', '1a', 'ẞig', 'Straße'])('%j strips as the regex does', (w) => expect(bareWord(w)).toBe(ref(w)));
});

describe('mayHoldCreditLabel', () => {
  const d = allLangData();
  it.each([
    'The minister spoke. Photo: Jane Doe Analysts said', 'headlinePhoto: Getty Images', 'FOTO: dpa', 'no label here at all',
    'XPhoto: not after a capital', 'Image source, Reuters', 'Photos by Ann Lee',
  ])('is true wherever the label regex matches: %j', (s) => {
    const label = CREDIT_LABEL(d).test(s);
    if (label) expect(mayHoldCreditLabel(s, d)).toBe(true);
    if (!mayHoldCreditLabel(s, d)) expect(label).toBe(false);
  });
});

describe('spaceGlue', () => {
  it.each(['no glue here at all', 'Types of Catering ServicesWhen you plan', 'It ended?Then', 'in 2024More', 'McDonald and iPhone'])(
    '%j spaces the same glue points as the regex alone',
    (line) => {
      const points: number[] = [];
      const spaced = line.replace(/(?<=\p{Ll}{3}|[\p{N}?!)”»])(?=\p{Lu})/gu, (_m, at: number) => { points.push(at + points.length + 1); return ' '; });
      expect(spaceGlue(line)).toEqual({ spaced, points });
    },
  );
});

describe('decodeScored with a shared layout', () => {
  it('decodes as with its own layout, for the plain reading and for a regular length', () => {
    const scored: Scored[] = Array.from({ length: 60 }, (_, k) => ({ word: 7 * k + (k % 3), score: ((k * 37) % 11) - 6 }));
    const spaceWords = scored.map((c) => c.word + 1);
    const layout = decodeLayout(scored, spaceWords);
    const reg = { length: 30, tolerance: 1, bonus: 2.5, spaceWords, spaceWordsTotal: 500, endsCut: scored.map((_, k) => k % 4 === 0), textEndsCut: true };
    expect(decodeScored(scored, 480, undefined, 40, layout)).toEqual(decodeScored(scored, 480));
    expect(decodeScored(scored, 480, reg, 40, layout)).toEqual(decodeScored(scored, 480, reg));
  });
});

describe('singleSpaced', () => {
  it.each([...SAMPLES, 'a  b', 'a\tb', 'a \u00a0b', ' a b ', 'a\nb', 'a b c', '\u2003', 'x\u200by'])('%j squashes as the global replace does', (s) =>
    expect(singleSpaced(s)).toBe(s.replace(/\s+/g, ' ')));
});

describe('countWords', () => {
  // Runs of printable ASCII are passed in one loop, up to the text's end (no read past it).
  const ref = (s: string) => s.split(/\s+/).filter(Boolean).length;
  it.each(['', 'a', 'a b', 'word', 'two words', 'ends on a word', ' lead and trail ', 'x\ty\nz'])('%j counts as splitting does', (s) =>
    expect(countWords(s)).toBe(ref(s)));
});

describe('isSpaceCode', () => {
  it('answers as /\\s/ for every code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });
});

describe('line breaks of findCandidates by char code', () => {
  const ref = (text: string) =>
    [...text.matchAll(/(?<![^\S\n])[^\S\n]*\n\s*/g)]
      .map((m) => ({ kind: m[0].split('\n').length > 2 ? 'blank' : 'line', prevEnd: m.index, start: m.index + m[0].length }))
      .filter((c) => c.prevEnd > 0 && c.start < text.length);
  const lineBreaks = (text: string) => findCandidates(text).filter((c) => c.kind === 'line' || c.kind === 'blank');
  it.each([
    'One line.\nTwo line.', 'Ends here. \t \nNext one', 'Gap.\n\n\nAfter', '\n  Leading break\nx', 'A \u00a0\r\n\u2003 \nB',
    'trailing\n  ', 'no break at all   ', 'a\n\nb\n \nc  \n\td', ' \n', 'x\u2028\ny',
  ])('%j', (text) => expect(lineBreaks(text)).toEqual(ref(text)));
});
